package com.jialicare.interfaces.web;

import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.OperatingLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One line of a subsidy as the pages show it, whether computed now (a preview) or frozen in an
 * application: a bed (construction) or a resident-month (operating); the other kind's fields are null.
 */
public record LineRow(
        int lineNo,
        Long bedId,
        String bedCode,
        LocalDate commissionedOn,
        Long residentId,
        String residentName,
        Long stayId,
        YearMonth month,
        Integer presentDays,
        Integer level,
        boolean eligible,
        BigDecimal amount,
        String reasonCode,
        int policyVersion)
        implements Serializable {

    public boolean bed() {
        return bedId != null;
    }

    public static LineRow of(FrozenLine l, Map<Long, String> residentNames) {
        return new LineRow(
                l.getLineNo(),
                l.getBedId(),
                l.getBedCode(),
                l.getCommissionedOn(),
                l.getResidentId(),
                l.getResidentId() == null ? null : residentNames.get(l.getResidentId()),
                l.getStayId(),
                l.getMonth() == null ? null : YearMonth.from(l.getMonth()),
                l.getPresentDays(),
                l.getCareLevel(),
                l.isEligible(),
                l.getAmount(),
                l.getReasonCode(),
                l.getPolicyVersion());
    }

    public static LineRow of(int lineNo, ConstructionLine l) {
        return new LineRow(
                lineNo,
                l.bedId(),
                l.bedCode(),
                l.commissionedOn(),
                null,
                null,
                null,
                null,
                null,
                null,
                l.eligible(),
                l.amount(),
                l.reasonCode(),
                l.policyVersion());
    }

    public static LineRow of(int lineNo, OperatingLine l, Map<Long, String> residentNames) {
        return new LineRow(
                lineNo,
                null,
                null,
                null,
                l.residentId(),
                residentNames.get(l.residentId()),
                l.stayId(),
                l.month(),
                l.presentDays(),
                l.level().level(),
                l.eligible(),
                l.amount(),
                l.reasonCode(),
                l.policyVersion());
    }
}
