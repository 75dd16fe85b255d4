package com.jialicare.domain.model.adjustment;

import java.time.Instant;

/**
 * The change or correction behind a difference (API.md: {@code cause: {kind, auditEventId}}): the audit
 * event's action (e.g. {@code STAY_CORRECTED}, {@code RESIDENT_CHANGED}), its id, who and when. {@code null}
 * where no recorded change since the freezing explains it (e.g. facts changed by hand in the database).
 */
public record Cause(String kind, Long auditEventId, String actor, Instant at) {

    /** A recovery within the hold period (§8.6): {@code kind} is what ended it (BED_RETIRED, HOME_CLOSED, ...). */
    public static Cause holdPeriod(String trigger, Long auditEventId, String actor, Instant at) {
        return new Cause(trigger, auditEventId, actor, at);
    }
}
