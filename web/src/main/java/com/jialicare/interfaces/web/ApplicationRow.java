package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Summary;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.ReviewAction;
import com.jialicare.domain.model.shared.Role;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** An application in a list: which home, what for, where it stands, since when it waits. */
public record ApplicationRow(
        long id,
        long careHomeId,
        String homeName,
        String countyCode,
        ApplicationKind kind,
        LocalDate asOf,
        YearMonth from,
        YearMonth to,
        ApplicationState state,
        int revision,
        BigDecimal total,
        LocalDate noticeLastDay,
        Set<ReviewAction> homeActions,
        LocalDate submittedOn,
        Long daysWaiting)
        implements Serializable {

    /** Whether the home's administrator may withdraw it (Application.actionsFor), for the home's list. */
    public boolean withdrawable() {
        return homeActions.contains(ReviewAction.WITHDRAW);
    }

    /** Whether the home's administrator may amend it (Application.actionsFor), for the home's list. */
    public boolean amendable() {
        return homeActions.contains(ReviewAction.AMEND);
    }

    /** {@code today}, the city's date, counts the days it has waited (Application.daysWaiting). */
    public static ApplicationRow of(Summary s, LocalDate today) {
        Application a = s.application();
        return new ApplicationRow(
                a.getId(),
                a.getCareHomeId(),
                s.homeName(),
                s.countyCode(),
                a.getKind(),
                a.getAsOf(),
                a.getFrom(),
                a.getTo(),
                a.getState(),
                a.getRevision(),
                a.getTotal(),
                a.getNoticeLastDay(),
                // the home's actions depend on the state alone (not on the user or the day)
                EnumSet.copyOf(with(a.actionsFor(Role.HOME_ADMIN, -1, LocalDate.MIN, false))),
                a.submittedOn(),
                a.daysWaiting(today));
    }

    private static Set<ReviewAction> with(Set<ReviewAction> actions) {
        return actions.isEmpty() ? EnumSet.noneOf(ReviewAction.class) : actions;
    }
}
