package com.jialicare.application.carehome;

/**
 * Fired by every change to what a bed board shows (a bed added or retired; an admission, transfer or
 * discharge; an absence; a reassessment, for each home the resident stayed in): {@link BedTimelines} drops the home's timeline once the transaction has committed.
 *
 * @param careHomeId the home, or {@code null} for all homes (e.g. after the demo data is loaded)
 */
public record BedsChanged(Long careHomeId) {

    public static BedsChanged all() {
        return new BedsChanged(null);
    }
}
