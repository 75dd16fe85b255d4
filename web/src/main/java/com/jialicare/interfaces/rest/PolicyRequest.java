package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyAmendment;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reads the body of {@code POST /api/policies} (as JSON-B gives an untyped object: numbers as
 * {@link BigDecimal}, arrays as lists, objects as maps) into a {@link PolicyAmendment}. A parameter left
 * out or {@code null} carries over from the version before. An unknown name is refused rather than
 * ignored: versions are never changed once added, so a misspelt parameter must not silently carry over.
 */
final class PolicyRequest {

    static final List<String> PARAMETERS = List.of(
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
            "constructionClawback");

    private PolicyRequest() {}

    /**
     * The body as the published OpenAPI document describes it (the resource reads it as a map, to refuse unknown
     * names and loose types with their own codes). Its components are {@link #PARAMETERS}, in that order
     * (PolicyRequestTest); the amounts are yuan with at most 2 decimals, as JSON numbers.
     */
    @Schema(
            name = "PolicyAmendment",
            description = "A new policy version: effectiveFrom, and the parameters that "
                    + "change; those left out carry over from the version before. Unknown names are refused (400).")
    record Body(
            @Schema(required = true, example = "2025-01-01") String effectiveFrom,
            @Schema(example = "12000.00") BigDecimal constructionRatePerBed,

            @Schema(description = "Yuan a month per capability level 0-4", example = "{\"0\": 100.00, \"3\": 250.00}")
            Map<String, BigDecimal> operatingMonthlyRates,

            @Schema(example = "[\"PRIVATE\"]") List<String> constructionOwnerships,
            @Schema(example = "[\"PRIVATE\", \"PUBLIC\"]") List<String> operatingOwnerships,
            Integer minOperatingMonths,
            Integer minLeaseYears,
            String bedPolicyStartDate,
            String localHukouPrefix,
            Integer minAge,
            Integer minStayMonths,
            Integer minDaysPresent,
            Integer noticeDays,

            @Schema(description = "Construction hold period (RULES §8.6): months from the payment day", example = "60")
            Integer constructionHoldMonths,

            @Schema(
                    description = "What is recovered of a bed that leaves the hold early (RULES §8.6)",
                    enumeration = {"FULL", "PRORATA"},
                    example = "PRORATA")
            String constructionClawback) {}

    static PolicyAmendment parse(Map<String, Object> body) {
        if (body == null) {
            throw BusinessException.invalid("BODY_REQUIRED", null, "A JSON body is required");
        }
        for (String name : body.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw invalid(name, "Unknown policy parameter " + name + "; the parameters are " + PARAMETERS);
            }
        }
        LocalDate effectiveFrom = date(body, "effectiveFrom");
        if (effectiveFrom == null) {
            throw invalid(
                    "effectiveFrom", "effectiveFrom (YYYY-MM-DD) is required: the day the new version takes effect");
        }
        return new PolicyAmendment(
                effectiveFrom,
                money(body.get("constructionRatePerBed"), "constructionRatePerBed"),
                rates(body),
                ownerships(body, "constructionOwnerships"),
                ownerships(body, "operatingOwnerships"),
                integer(body, "minOperatingMonths"),
                integer(body, "minLeaseYears"),
                date(body, "bedPolicyStartDate"),
                text(body, "localHukouPrefix"),
                integer(body, "minAge"),
                integer(body, "minStayMonths"),
                integer(body, "minDaysPresent"),
                integer(body, "noticeDays"),
                integer(body, "constructionHoldMonths"),
                clawback(body));
    }

    private static ClawbackMode clawback(Map<String, Object> body) {
        Object value = body.get("constructionClawback");
        if (value == null) {
            return null;
        }
        for (ClawbackMode mode : ClawbackMode.values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        throw invalid(
                "constructionClawback",
                "constructionClawback must be one of " + List.of(ClawbackMode.values()) + ", was " + value);
    }

    private static Map<CapabilityLevel, BigDecimal> rates(Map<String, Object> body) {
        Object value = body.get("operatingMonthlyRates");
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> given)) {
            throw invalid(
                    "operatingMonthlyRates",
                    "operatingMonthlyRates must be an object such as {\"0\": 100, \"4\": 300}");
        }
        Map<CapabilityLevel, BigDecimal> rates = new EnumMap<>(CapabilityLevel.class);
        for (Map.Entry<?, ?> e : given.entrySet()) {
            CapabilityLevel level = level(String.valueOf(e.getKey()));
            if (e.getValue() == null) {
                throw invalid("operatingMonthlyRates", "The rate of level " + level.level() + " is null");
            }
            rates.put(level, money(e.getValue(), "operatingMonthlyRates"));
        }
        return rates;
    }

    private static CapabilityLevel level(String key) {
        for (CapabilityLevel l : CapabilityLevel.values()) {
            if (String.valueOf(l.level()).equals(key)) {
                return l;
            }
        }
        throw invalid(
                "operatingMonthlyRates", "Rates are keyed by capability level \"0\" to \"4\", not \"" + key + "\"");
    }

    private static Set<Ownership> ownerships(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Collection<?> names)) {
            throw invalid(field, field + " must be a list such as [\"PRIVATE\"]");
        }
        Set<Ownership> set = EnumSet.noneOf(Ownership.class);
        for (Object name : names) {
            try {
                set.add(Ownership.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw invalid(field, "Unknown ownership " + name + "; one of " + List.of(Ownership.values()));
            }
        }
        return set;
    }

    private static BigDecimal money(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number n)) {
            throw invalid(field, field + " must be a number of yuan, such as 11000.00");
        }
        BigDecimal amount = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        // checked on precision and scale alone, before any arithmetic: 1e1000000000 must not be expanded
        if (amount.precision() - amount.scale() > MONEY_INTEGER_DIGITS || amount.scale() > MAX_SCALE) {
            throw invalid(
                    field,
                    field + " must be an amount in yuan of at most " + MONEY_INTEGER_DIGITS
                            + " digits and 2 decimals, such as 11000.00");
        }
        return amount;
    }

    private static final int MONEY_INTEGER_DIGITS = 12;
    private static final int MAX_SCALE = 40;

    private static Integer integer(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof Number n) {
                BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
                if (d.precision() - d.scale() <= 10 && d.scale() <= MAX_SCALE) {
                    return d.setScale(0, java.math.RoundingMode.UNNECESSARY).intValueExact();
                }
            }
        } catch (ArithmeticException e) {
            // a fraction, or beyond int: the same answer as any other non-integer below
        }
        throw invalid(field, field + " must be a whole number");
    }

    private static LocalDate date(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse((String) value);
        } catch (ClassCastException | DateTimeParseException e) {
            throw invalid(field, field + " must be a date YYYY-MM-DD, was " + value);
        }
    }

    private static String text(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw invalid(field, field + " must be a string, such as \"5111\"");
        }
        return s;
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.invalid(PolicyVersion.INVALID, field, message);
    }
}
