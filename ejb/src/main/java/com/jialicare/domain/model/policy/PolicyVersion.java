package com.jialicare.domain.model.policy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of the city's subsidy policy: every parameter RULES.md marks <i>(policy)</i>, in
 * force from {@link #effectiveFrom()} until the next version's date. Validated once here; amounts are
 * normalised to two decimals (fen) and the collections are unmodifiable copies.
 *
 * @param version                number shown on every computed line
 * @param effectiveFrom          first day this version is in force
 * @param constructionRatePerBed construction subsidy per bed, yuan
 * @param operatingMonthlyRates  operating subsidy per resident-month, yuan, for each of the 5 levels
 * @param constructionOwnerships ownerships eligible for the construction subsidy
 * @param operatingOwnerships    ownerships eligible for the operating subsidy
 * @param minOperatingMonths     construction: months the home must have been filed before the as-of date
 * @param minLeaseYears          construction: years a lease must still run after the as-of date
 * @param bedPolicyStartDate     construction: beds commissioned before this day are not subsidised
 * @param localHukouPrefix       operating: a hukou code starting with this is local (Leshan: 5111)
 * @param minAge                 operating: age reached on the month's last day
 * @param minStayMonths          operating: months from admission to the stay's anniversary
 * @param minDaysPresent         operating: days present in the month
 * @param noticeDays             days of public notice (公示) before city approval
 * @param constructionHoldMonths construction: months from the payment day a paid bed must stay in service
 *                               (§8.6); 0 means no hold
 * @param constructionClawback   construction: what is recovered of a bed that leaves the hold early (§8.6)
 */
public record PolicyVersion(
        int version,
        LocalDate effectiveFrom,
        BigDecimal constructionRatePerBed,
        Map<CapabilityLevel, BigDecimal> operatingMonthlyRates,
        Set<Ownership> constructionOwnerships,
        Set<Ownership> operatingOwnerships,
        int minOperatingMonths,
        int minLeaseYears,
        LocalDate bedPolicyStartDate,
        String localHukouPrefix,
        int minAge,
        int minStayMonths,
        int minDaysPresent,
        int noticeDays,
        int constructionHoldMonths,
        ClawbackMode constructionClawback)
        implements java.io.Serializable {

    /** The hold period's default (docs/RULES.md §8.6): 60 months from the payment day. */
    public static final int DEFAULT_HOLD_MONTHS = 60;

    /** The clawback's default (§8.6). */
    public static final ClawbackMode DEFAULT_CLAWBACK = ClawbackMode.PRORATA;

    /** Code of every validation failure of a policy version; the field names the parameter at fault. */
    public static final String INVALID = "POLICY_INVALID";

    /** A hukou is a 6-digit division code, so a prefix is 1 to 6 digits. */
    private static final Pattern HUKOU_PREFIX = Pattern.compile("\\d{1,6}");

    public PolicyVersion {
        if (version < 1) {
            throw invalid("version", "Policy version must be 1 or more, was " + version, version);
        }
        required(effectiveFrom, "effectiveFrom");
        constructionRatePerBed = money(constructionRatePerBed, "constructionRatePerBed");
        operatingMonthlyRates = rates(operatingMonthlyRates);
        constructionOwnerships = ownerships(constructionOwnerships, "constructionOwnerships");
        operatingOwnerships = ownerships(operatingOwnerships, "operatingOwnerships");
        // Upper bounds keep the date arithmetic (plusMonths, plusYears) far from overflow and catch typos.
        within(minOperatingMonths, 0, 1200, "minOperatingMonths");
        within(minLeaseYears, 0, 100, "minLeaseYears");
        required(bedPolicyStartDate, "bedPolicyStartDate");
        if (localHukouPrefix == null || !HUKOU_PREFIX.matcher(localHukouPrefix).matches()) {
            throw invalid(
                    "localHukouPrefix",
                    "Local hukou prefix must be 1 to 6 digits, was " + localHukouPrefix,
                    localHukouPrefix);
        }
        within(minAge, 0, 150, "minAge");
        within(minStayMonths, 0, 1200, "minStayMonths");
        within(minDaysPresent, 0, 31, "minDaysPresent");
        within(noticeDays, 0, 366, "noticeDays");
        within(constructionHoldMonths, 0, 1200, "constructionHoldMonths");
        required(constructionClawback, "constructionClawback");
    }

    /** A version with the hold period's defaults (60 months, {@code PRORATA}). */
    public PolicyVersion(
            int version,
            LocalDate effectiveFrom,
            BigDecimal constructionRatePerBed,
            Map<CapabilityLevel, BigDecimal> operatingMonthlyRates,
            Set<Ownership> constructionOwnerships,
            Set<Ownership> operatingOwnerships,
            int minOperatingMonths,
            int minLeaseYears,
            LocalDate bedPolicyStartDate,
            String localHukouPrefix,
            int minAge,
            int minStayMonths,
            int minDaysPresent,
            int noticeDays) {
        this(
                version,
                effectiveFrom,
                constructionRatePerBed,
                operatingMonthlyRates,
                constructionOwnerships,
                operatingOwnerships,
                minOperatingMonths,
                minLeaseYears,
                bedPolicyStartDate,
                localHukouPrefix,
                minAge,
                minStayMonths,
                minDaysPresent,
                noticeDays,
                DEFAULT_HOLD_MONTHS,
                DEFAULT_CLAWBACK);
    }

    /** The defaults of RULES.md, as version 1 in force from 2021-01-01. */
    public static PolicyVersion defaults() {
        Map<CapabilityLevel, BigDecimal> rates = new EnumMap<>(CapabilityLevel.class);
        rates.put(CapabilityLevel.INTACT, new BigDecimal("100.00"));
        rates.put(CapabilityLevel.MILD, new BigDecimal("150.00"));
        rates.put(CapabilityLevel.MODERATE, new BigDecimal("200.00"));
        rates.put(CapabilityLevel.SEVERE, new BigDecimal("250.00"));
        rates.put(CapabilityLevel.TOTAL, new BigDecimal("300.00"));
        LocalDate start = LocalDate.of(2021, 1, 1);
        return new PolicyVersion(
                1,
                start,
                new BigDecimal("11000.00"),
                rates,
                EnumSet.of(Ownership.PRIVATE),
                EnumSet.complementOf(EnumSet.of(Ownership.PUBLIC)),
                12,
                5,
                start,
                "5111",
                60,
                6,
                15,
                7,
                DEFAULT_HOLD_MONTHS,
                DEFAULT_CLAWBACK);
    }

    /** The operating subsidy per month for that capability level, scale 2. */
    public BigDecimal monthlyRate(CapabilityLevel level) {
        return operatingMonthlyRates.get(Objects.requireNonNull(level, "level"));
    }

    /** Whether a hukou code is local under this version. */
    public boolean isLocalHukou(String hukouCode) {
        return hukouCode != null && hukouCode.startsWith(localHukouPrefix);
    }

    private static Map<CapabilityLevel, BigDecimal> rates(Map<CapabilityLevel, BigDecimal> given) {
        required(given, "operatingMonthlyRates");
        Map<CapabilityLevel, BigDecimal> copy = new EnumMap<>(CapabilityLevel.class);
        for (CapabilityLevel level : CapabilityLevel.values()) {
            BigDecimal rate = given.get(level);
            if (rate == null) {
                throw invalid(
                        "operatingMonthlyRates",
                        "Operating monthly rate missing for capability level " + level.level(),
                        level.level());
            }
            copy.put(level, money(rate, "operatingMonthlyRates"));
        }
        if (given.size() != copy.size()) { // e.g. a null key besides the five levels
            throw invalid("operatingMonthlyRates", "Operating monthly rates must have exactly the levels 0 to 4");
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Set<Ownership> ownerships(Collection<Ownership> given, String field) {
        required(given, field);
        // An empty set is allowed: it suspends that subsidy from this version on.
        Set<Ownership> copy = EnumSet.noneOf(Ownership.class);
        for (Ownership o : given) {
            if (o == null) {
                throw invalid(field, field + " must not contain null");
            }
            copy.add(o);
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Non-negative and exact to the fen; normalised to scale 2. A value such as {@code 100.000} is
     * accepted (it is 100.00); {@code 100.005} is not.
     */
    /** The largest rate the policy table accepts. */
    public static final BigDecimal MAX_RATE = new BigDecimal("1000000.00");

    private static BigDecimal money(BigDecimal amount, String field) {
        required(amount, field);
        if (amount.precision() - amount.scale() > 12 || amount.scale() > 40) {
            // judged on precision and scale alone: 1e1000000000 written out, or rounded, runs out of memory
            throw invalid(
                    field,
                    field + " must be an amount of 0 to " + MAX_RATE.toPlainString() + " yuan with at most 2 decimals");
        }
        if (amount.signum() < 0) {
            throw invalid(field, field + " must not be negative, was " + amount.toPlainString(), amount);
        }
        if (amount.compareTo(MAX_RATE) > 0) {
            // a rate per bed or per month beyond a million yuan is a typing error, and would not fit the column
            throw invalid(
                    field,
                    field + " must not exceed " + MAX_RATE.toPlainString() + " yuan, was " + amount.toPlainString(),
                    amount);
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw invalid(
                    field, field + " must be in yuan with at most 2 decimals, was " + amount.toPlainString(), amount);
        }
    }

    private static void within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw invalid(field, field + " must be " + min + " to " + max + ", was " + value, value);
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw invalid(field, field + " is required");
        }
    }

    private static BusinessException invalid(String field, String message, Object... args) {
        return BusinessException.invalid(INVALID, field, message, args);
    }
}
