package com.jialicare.domain.model.application;

import java.time.LocalDate;

/**
 * Where an application stands as its readers should read it on a day: the workflow state, except that a public
 * notice whose last day has passed is no longer "under notice" but waits for the city's approval (issue #16 item
 * 6). The one place that computes the displayed state; every page, list and document words it from here.
 */
public enum DisplayedState {
    DRAFT,
    SUBMITTED,
    COUNTY_APPROVED,
    /** Under public notice: today is on or before its last day. */
    NOTICE_RUNNING,
    /** The notice's last day has passed: the city may approve (or return) it now. */
    NOTICE_ENDED,
    CITY_APPROVED,
    PAID,
    RETURNED,
    WITHDRAWN;

    /**
     * The displayed state of an application in {@code state} whose notice's last day is {@code noticeLastDay}
     * (null when no notice was started), on {@code today}.
     */
    public static DisplayedState of(ApplicationState state, LocalDate noticeLastDay, LocalDate today) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case DRAFT -> DRAFT;
            case SUBMITTED -> SUBMITTED;
            case COUNTY_APPROVED -> COUNTY_APPROVED;
            case PUBLIC_NOTICE -> noticeLastDay != null && today.isAfter(noticeLastDay) ? NOTICE_ENDED : NOTICE_RUNNING;
            case CITY_APPROVED -> CITY_APPROVED;
            case PAID -> PAID;
            case RETURNED -> RETURNED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** Whether the reader is shown the notice's last day beside the state ("under notice until …"). */
    public boolean showsNoticeEnd() {
        return this == NOTICE_RUNNING;
    }
}
