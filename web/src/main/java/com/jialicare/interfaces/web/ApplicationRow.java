package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Summary;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** An application in a list: which home, what for, where it stands. */
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
        LocalDate noticeLastDay)
        implements Serializable {

    public static ApplicationRow of(Summary s) {
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
                a.getNoticeLastDay());
    }
}
