package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionRecord;
import com.jialicare.domain.model.shared.Ownership;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A policy version as {@code GET /api/policies} shows it: its number (which also identifies it,
 * {@code /api/policies/{version}}), the day it takes effect, every parameter under the name
 * {@code POST /api/policies} accepts, and who added it when. Money has two decimals; rates are keyed by
 * capability level {@code "0"} to {@code "4"}.
 */
@JsonbPropertyOrder({
    "version",
    "effectiveFrom",
    "constructionRatePerBed",
    "operatingMonthlyRates",
    "constructionOwnerships",
    "operatingOwnerships",
    "minOperatingMonths",
    "minLeaseYears",
    "bedPolicyStartDate",
    "localHukouPrefix",
    "minAge",
    "minStayMonths",
    "minDaysPresent",
    "noticeDays",
    "constructionHoldMonths",
    "constructionClawback",
    "createdAt",
    "createdBy"
})
public record PolicyView(
        int version,
        LocalDate effectiveFrom,
        BigDecimal constructionRatePerBed,
        Map<String, BigDecimal> operatingMonthlyRates,
        List<String> constructionOwnerships,
        List<String> operatingOwnerships,
        int minOperatingMonths,
        int minLeaseYears,
        LocalDate bedPolicyStartDate,
        String localHukouPrefix,
        int minAge,
        int minStayMonths,
        int minDaysPresent,
        int noticeDays,
        int constructionHoldMonths,
        @Schema(enumeration = {"FULL", "PRORATA"}) String constructionClawback,
        Instant createdAt,
        String createdBy) {

    static PolicyView of(PolicyVersionRecord record) {
        PolicyVersion v = record.toPolicyVersion();
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        v.operatingMonthlyRates().forEach((level, rate) -> rates.put(String.valueOf(level.level()), rate));
        return new PolicyView(
                v.version(),
                v.effectiveFrom(),
                v.constructionRatePerBed(),
                rates,
                names(v.constructionOwnerships()),
                names(v.operatingOwnerships()),
                v.minOperatingMonths(),
                v.minLeaseYears(),
                v.bedPolicyStartDate(),
                v.localHukouPrefix(),
                v.minAge(),
                v.minStayMonths(),
                v.minDaysPresent(),
                v.noticeDays(),
                v.constructionHoldMonths(),
                v.constructionClawback().name(),
                record.getCreatedAt(),
                record.getCreatedBy());
    }

    private static List<String> names(Set<Ownership> ownerships) {
        return ownerships.stream().sorted().map(Ownership::name).toList();
    }
}
