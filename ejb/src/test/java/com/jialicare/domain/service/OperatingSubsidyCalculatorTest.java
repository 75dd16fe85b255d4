package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.Assessment;
import com.jialicare.domain.model.subsidy.DateRange;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.ResidentMonth;
import com.jialicare.domain.model.subsidy.StayFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatingSubsidyCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final HomeFacts HOME = home(Ownership.PRIVATE, LocalDate.of(2020, 1, 1));
    private static final PolicyTable DEFAULTS = PolicyTable.defaults();

    private final OperatingSubsidyCalculator calculator = new OperatingSubsidyCalculator();

    // ---- fixtures -------------------------------------------------------------------------------------

    private static HomeFacts home(Ownership ownership, LocalDate filedOn) {
        return new HomeFacts(1, ownership, filedOn, 50, Premises.OWNED, null);
    }

    /** Born 1950-05-10, Leshan hukou, not state-supported, MODERATE (200.00 a month) since 2020. */
    private static ResidentFacts resident(long id) {
        return new ResidentFacts(
                id,
                LocalDate.of(1950, 5, 10),
                "511102",
                false,
                List.of(new Assessment(CapabilityLevel.MODERATE, LocalDate.of(2020, 1, 1))));
    }

    private static ResidentFacts resident(
            long id, LocalDate birthDate, String hukou, boolean stateSupported, List<Assessment> assessments) {
        return new ResidentFacts(id, birthDate, hukou, stateSupported, assessments);
    }

    private static StayFacts stay(long stayId, long residentId, String admitted, String discharged, String absences) {
        return new StayFacts(
                stayId,
                residentId,
                LocalDate.parse(admitted),
                discharged == null ? null : LocalDate.parse(discharged),
                ranges(absences));
    }

    /** "2024-01-25/2024-02-10 2024-04-01/2024-04-05" → absences; blank → none. */
    private static List<DateRange> ranges(String text) {
        List<DateRange> out = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String r : text.trim().split("\\s+")) {
                String[] p = r.split("/");
                out.add(new DateRange(LocalDate.parse(p[0]), LocalDate.parse(p[1])));
            }
        }
        return out;
    }

    /** "MILD@2023-01-01 SEVERE@2024-03-31" → assessments. */
    private static List<Assessment> assessments(String text) {
        List<Assessment> out = new ArrayList<>();
        for (String a : text.trim().split("\\s+")) {
            String[] p = a.split("@");
            out.add(new Assessment(CapabilityLevel.valueOf(p[0]), LocalDate.parse(p[1])));
        }
        return out;
    }

    private static Map<Long, ResidentFacts> byId(ResidentFacts... residents) {
        Map<Long, ResidentFacts> m = new HashMap<>();
        for (ResidentFacts r : residents) {
            m.put(r.residentId(), r);
        }
        return m;
    }

    private OperatingResult calculate(
            HomeFacts home,
            List<StayFacts> stays,
            PolicyTable policies,
            String from,
            String to,
            Set<ResidentMonth> claimed,
            ResidentFacts... residents) {
        return calculator.calculate(
                home, byId(residents), stays, policies, YearMonth.parse(from), YearMonth.parse(to), TODAY, claimed);
    }

    /** One stay of resident 7 with the default home, policy and no claims. */
    private OperatingResult calculate(StayFacts stay, ResidentFacts resident, String from, String to) {
        return calculate(HOME, List.of(stay), DEFAULTS, from, to, Set.of(), resident);
    }

    /** Each line as "month:amount" when eligible, "month:REASON" otherwise. */
    private static List<String> summary(OperatingResult result) {
        List<String> out = new ArrayList<>();
        for (OperatingLine l : result.lines()) {
            out.add(l.month() + ":" + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()));
        }
        return out;
    }

    private static List<String> split(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank()
                ? List.of()
                : Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }

    // ---- §4.3 six months' stay ------------------------------------------------------------------------

    @ParameterizedTest(name = "admitted {0}, discharged {1}, {2}..{3} → eligible {4}..{5}")
    @CsvSource({
        // the worked examples of RULES.md §4.3
        "2024-01-01, ,           2024-01, 2024-12, 2024-06, 2024-12",
        "2024-01-15, ,           2024-01, 2024-12, 2024-07, 2024-12",
        "2024-01-01, 2024-06-20, 2024-01, 2024-12, ,        ",
        // admission on the 2nd, and on the 1st of a later month
        "2024-01-02, ,           2024-01, 2024-12, 2024-07, 2024-12",
        "2024-02-01, ,           2024-01, 2024-12, 2024-07, 2024-12",
        // discharged exactly on the anniversary (reached), and the day before (not reached)
        "2024-01-01, 2024-07-01, 2024-01, 2024-12, 2024-06, 2024-06",
        "2024-01-01, 2024-06-30, 2024-01, 2024-12, ,        ",
        "2024-01-15, 2024-07-14, 2024-01, 2024-12, ,        ",
        // discharged after the anniversary: the last month still counts with 19 days present
        "2024-01-15, 2024-09-20, 2024-01, 2024-12, 2024-07, 2024-09",
        // month ends: Jan 31 + 6 months = Jul 31; Aug 31 + 6 months = Feb 29 (leap) / Feb 28
        "2024-01-31, ,           2024-01, 2024-12, 2024-07, 2024-12",
        "2023-08-31, ,           2023-08, 2024-06, 2024-02, 2024-06",
        "2022-08-31, ,           2022-08, 2023-06, 2023-02, 2023-06",
        "2024-08-31, ,           2024-08, 2025-05, 2025-02, 2025-05"
    })
    @DisplayName(
            "§4.3 a month counts once admittedOn.plusMonths(6) is reached (not discharged before it) and on or before the 1st of the next month")
    void sixMonthRule(
            LocalDate admitted,
            LocalDate discharged,
            YearMonth from,
            YearMonth to,
            YearMonth firstEligible,
            YearMonth lastEligible) {
        StayFacts stay = new StayFacts(1, 7, admitted, discharged);

        OperatingResult result = calculate(stay, resident(7), from.toString(), to.toString());

        YearMonth firstLine = YearMonth.from(admitted).isAfter(from) ? YearMonth.from(admitted) : from;
        YearMonth lastLine = discharged == null ? to : YearMonth.from(discharged.minusDays(1));
        assertThat(result.lines())
                .extracting(OperatingLine::month)
                .containsExactlyElementsOf(months(firstLine, lastLine));
        for (OperatingLine line : result.lines()) {
            boolean eligible = firstEligible != null
                    && !line.month().isBefore(firstEligible)
                    && !line.month().isAfter(lastEligible);
            assertThat(line.reason())
                    .as(line.month().toString())
                    .isEqualTo(eligible ? null : ExclusionReason.STAY_UNDER_SIX_MONTHS);
            assertThat(line.amount()).isEqualTo(eligible ? new BigDecimal("200.00") : new BigDecimal("0.00"));
        }
        long expectedMonths =
                firstEligible == null ? 0 : months(firstEligible, lastEligible).size();
        assertThat(result.eligibleMonths()).isEqualTo(expectedMonths);
        assertThat(result.total()).isEqualTo(new BigDecimal("200.00").multiply(BigDecimal.valueOf(expectedMonths)));
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    // ---- §4.4 presence --------------------------------------------------------------------------------

    @ParameterizedTest(name = "admitted {0}, discharged {1}, absent {2}: {3} → {4} days, {5}")
    @CsvSource({
        "2022-01-01, ,           ,                                             2024-01, 31, ",
        "2022-01-01, ,           ,                                             2024-02, 29, ",
        "2022-01-01, ,           ,                                             2023-02, 28, ",
        // discharge day is the first day away: 15 days present counts, 14 does not
        "2022-01-01, 2024-03-16, ,                                             2024-03, 15, ",
        "2022-01-01, 2024-03-15, ,                                             2024-03, 14, TOO_FEW_DAYS_PRESENT",
        // an absence's until day is a day back: one day absent
        "2022-01-01, ,           2024-01-10/2024-01-11,                        2024-01, 30, ",
        "2022-01-01, ,           2024-01-01/2024-01-17,                        2024-01, 15, ",
        "2022-01-01, ,           2024-01-01/2024-01-18,                        2024-01, 14, TOO_FEW_DAYS_PRESENT",
        // an absence across a month boundary counts in each month for its own days
        "2022-01-01, ,           2024-01-25/2024-02-10,                        2024-01, 24, ",
        "2022-01-01, ,           2024-01-25/2024-02-10,                        2024-02, 20, ",
        "2022-01-01, ,           2024-05-25/2024-07-05,                        2024-06, 0,  TOO_FEW_DAYS_PRESENT",
        // overlapping, nested, duplicated and adjacent absences are not double counted
        "2022-01-01, ,           2024-04-05/2024-04-15 2024-04-10/2024-04-20,  2024-04, 15, ",
        "2022-01-01, ,           2024-04-05/2024-04-20 2024-04-08/2024-04-10 2024-04-05/2024-04-20, 2024-04, 15, ",
        "2022-01-01, ,           2024-04-05/2024-04-17 2024-04-01/2024-04-05,  2024-04, 14, TOO_FEW_DAYS_PRESENT",
        // absences are clipped to the stay: after the discharge, before the admission
        "2022-01-01, 2024-05-20, 2024-05-10/2024-06-10,                        2024-05, 9,  TOO_FEW_DAYS_PRESENT",
        "2023-09-10, ,           2023-09-01/2023-09-15,                        2023-09, 16, STAY_UNDER_SIX_MONTHS",
        // admission on the 1st vs the 15th of the month (presence only; the six-month rule excludes it first)
        "2024-03-01, ,           ,                                             2024-03, 31, STAY_UNDER_SIX_MONTHS",
        "2024-03-15, ,           ,                                             2024-03, 17, STAY_UNDER_SIX_MONTHS"
    })
    @DisplayName("§4.4 present days = days of the month inside the stay minus days inside absences; at least 15")
    void presence(
            LocalDate admitted,
            LocalDate discharged,
            String absences,
            YearMonth month,
            int presentDays,
            ExclusionReason reason) {
        StayFacts stay = new StayFacts(1, 7, admitted, discharged, ranges(absences));

        OperatingResult result = calculate(stay, resident(7), month.toString(), month.toString());

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.presentDays()).isEqualTo(presentDays);
            assertThat(l.reason()).isEqualTo(reason);
            assertThat(l.amount()).isEqualTo(reason == null ? new BigDecimal("200.00") : new BigDecimal("0.00"));
        });
    }

    // ---- lines: which resident-months, in which order --------------------------------------------------

    @Test
    @DisplayName(
            "One line per month the stay covers: admitted on the 31st gives a 1-day line; discharged on the 1st gives none")
    void linesPerCoveredMonth() {
        StayFacts coveringTwoMonths = stay(1, 7, "2024-03-31", "2024-05-01", null);
        StayFacts sameDay = stay(2, 7, "2024-06-10", "2024-06-10", null);
        StayFacts before = stay(3, 7, "2022-01-01", "2024-01-01", null);

        OperatingResult result = calculate(
                HOME,
                List.of(coveringTwoMonths, sameDay, before),
                DEFAULTS,
                "2024-01",
                "2024-12",
                Set.of(),
                resident(7));

        assertThat(result.lines())
                .extracting(OperatingLine::stayId, OperatingLine::month, OperatingLine::presentDays)
                .containsExactly(tuple(1L, YearMonth.of(2024, 3), 1), tuple(1L, YearMonth.of(2024, 4), 30));
    }

    @Test
    @DisplayName(
            "Discharged and re-admitted the same day: two stays, each with its own line that month; the new stay starts its own six months")
    void sameDayDischargeAndAdmission() {
        StayFacts first = stay(11, 7, "2023-01-01", "2024-03-10", null);
        StayFacts second = stay(12, 7, "2024-03-10", null, null);

        OperatingResult result =
                calculate(HOME, List.of(second, first), DEFAULTS, "2024-02", "2024-10", Set.of(), resident(7));

        assertThat(result.lines())
                .extracting(l -> l.month() + "/" + l.stayId() + "/" + l.presentDays() + ":"
                        + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()))
                .containsExactly(
                        "2024-02/11/29:200.00",
                        "2024-03/11/9:TOO_FEW_DAYS_PRESENT",
                        "2024-03/12/22:STAY_UNDER_SIX_MONTHS",
                        "2024-04/12/30:STAY_UNDER_SIX_MONTHS",
                        "2024-05/12/31:STAY_UNDER_SIX_MONTHS",
                        "2024-06/12/30:STAY_UNDER_SIX_MONTHS",
                        "2024-07/12/31:STAY_UNDER_SIX_MONTHS",
                        "2024-08/12/31:STAY_UNDER_SIX_MONTHS",
                        "2024-09/12/30:200.00",
                        "2024-10/12/31:200.00");
        assertThat(result.total()).isEqualTo(new BigDecimal("600.00"));
        assertThat(result.eligibleMonths()).isEqualTo(3);
    }

    @Test
    @DisplayName("Lines are ordered by month, then resident, then stay, whatever order the stays come in")
    void ordering() {
        List<StayFacts> stays = List.of(
                stay(20, 3, "2024-02-01", null, null),
                stay(10, 2, "2023-01-01", "2024-01-20", null),
                stay(30, 1, "2023-01-01", null, null),
                stay(5, 2, "2024-01-20", null, null));

        OperatingResult result =
                calculate(HOME, stays, DEFAULTS, "2024-01", "2024-02", Set.of(), resident(1), resident(2), resident(3));

        assertThat(result.lines())
                .extracting(OperatingLine::month, OperatingLine::residentId, OperatingLine::stayId)
                .containsExactly(
                        tuple(YearMonth.of(2024, 1), 1L, 30L),
                        tuple(YearMonth.of(2024, 1), 2L, 5L),
                        tuple(YearMonth.of(2024, 1), 2L, 10L),
                        tuple(YearMonth.of(2024, 2), 1L, 30L),
                        tuple(YearMonth.of(2024, 2), 2L, 5L),
                        tuple(YearMonth.of(2024, 2), 3L, 20L));
    }

    // ---- §4.5 level -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}, discharged {1} → {2} {3}")
    @CsvSource({
        "MILD@2023-01-01 SEVERE@2024-03-31,                     , SEVERE,   250.00",
        "MILD@2023-01-01 SEVERE@2024-04-01,                     , MILD,     150.00",
        "INTACT@2023-01-01,                                     , INTACT,   100.00",
        "MODERATE@2023-01-01 TOTAL@2024-03-01 INTACT@2024-03-15, , INTACT,   100.00",
        // given out of order
        "TOTAL@2024-03-02 MILD@2023-01-01,                      , TOTAL,    300.00",
        // discharged 2024-03-20: the last day in the stay is the 19th
        "MILD@2023-01-01 SEVERE@2024-03-25,            2024-03-20, MILD,     150.00",
        "MILD@2023-01-01 SEVERE@2024-03-20,            2024-03-20, MILD,     150.00",
        "MILD@2023-01-01 SEVERE@2024-03-19,            2024-03-20, SEVERE,   250.00",
        // first assessment dated after the month: the earliest one is used
        "TOTAL@2024-04-05 MILD@2024-05-01,                      , TOTAL,    300.00"
    })
    @DisplayName(
            "§4.5 the rate is that of the level on the last day in the stay that month (reassessment on the 31st counts, after discharge not)")
    void level(String assessments, LocalDate discharged, CapabilityLevel level, String amount) {
        ResidentFacts resident = resident(7, LocalDate.of(1950, 5, 10), "511102", false, assessments(assessments));
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2023, 1, 1), discharged);

        OperatingResult result = calculate(stay, resident, "2024-03", "2024-03");

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.level()).isEqualTo(level);
            assertThat(l.eligible()).isTrue();
            assertThat(l.amount()).isEqualTo(new BigDecimal(amount));
        });
    }

    @Test
    @DisplayName("A resident never assessed cannot be computed: 400 NO_ASSESSMENT")
    void noAssessment() {
        ResidentFacts resident = resident(7, LocalDate.of(1950, 5, 10), "511102", false, List.of());
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2023, 1, 1), null);

        assertThatThrownBy(() -> calculate(stay, resident, "2024-03", "2024-03"))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("NO_ASSESSMENT"));
    }

    // ---- §4.2 age -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "born {0}, min age {1}, {2}, discharged {3} → {4}")
    @CsvSource({
        "1964-03-31, 60, 2024-03, ,           ",
        "1964-03-31, 60, 2024-02, ,           UNDER_AGE",
        "1964-04-01, 60, 2024-03, ,           UNDER_AGE",
        "1964-04-01, 60, 2024-04, ,           ",
        "1964-03-01, 60, 2024-03, ,           ",
        // the month's last calendar day counts, even when the stay ended before it
        "1964-03-31, 60, 2024-03, 2024-03-20, ",
        // leap-day birthdays: 60 on 2024-02-29; 61 on 2025-02-28 (LocalDate.plusYears)
        "1964-02-29, 60, 2024-02, ,           ",
        "1964-02-29, 61, 2025-02, ,           ",
        "1964-03-01, 61, 2025-02, ,           UNDER_AGE"
    })
    @DisplayName("§4.2 aged 60 or more on the month's last calendar day")
    void age(LocalDate birthDate, int minAge, YearMonth month, LocalDate discharged, ExclusionReason reason) {
        PolicyTable policies =
                PolicyTable.of(PolicyVersionBuilder.defaults().minAge(minAge).build());
        ResidentFacts resident = resident(7, birthDate, "511102", false, assessments("MODERATE@2020-01-01"));
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2022, 1, 1), discharged);

        OperatingResult result =
                calculate(HOME, List.of(stay), policies, month.toString(), month.toString(), Set.of(), resident);

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(reason);
            assertThat(l.amount()).isEqualTo(reason == null ? new BigDecimal("200.00") : new BigDecimal("0.00"));
        });
    }

    @Test
    @DisplayName("§4.2 turning 60 inside the range: months before the birthday month are UNDER_AGE, the rest count")
    void turningSixtyInRange() {
        ResidentFacts resident =
                resident(7, LocalDate.of(1964, 3, 31), "511102", false, assessments("MODERATE@2020-01-01"));

        OperatingResult result =
                calculate(new StayFacts(1, 7, LocalDate.of(2022, 1, 1), null), resident, "2024-01", "2024-06");

        assertThat(summary(result))
                .containsExactly(
                        "2024-01:UNDER_AGE",
                        "2024-02:UNDER_AGE",
                        "2024-03:200.00",
                        "2024-04:200.00",
                        "2024-05:200.00",
                        "2024-06:200.00");
        assertThat(result.total()).isEqualTo(new BigDecimal("800.00"));
    }

    // ---- §4.1–4.6 conditions and their priority -------------------------------------------------------

    @ParameterizedTest(
            name = "{0} filed {1}, hukou {2}, state {3}, born {4}, admitted {5}, absent {6}, claimed {7} → {8}")
    @CsvSource({
        "PRIVATE,                  2020-01-01, 511102, false, 1950-05-10, 2022-01-01, ,                     false, ",
        // §4.1 home: not PUBLIC; filed (by the month's last day)
        "PUBLIC,                   2020-01-01, 511102, false, 1950-05-10, 2022-01-01, ,                     false, HOME_NOT_ELIGIBLE",
        "PUBLIC_BUILT_PRIVATE_RUN, 2020-01-01, 511102, false, 1950-05-10, 2022-01-01, ,                     false, ",
        "PRIVATE_RUN_PUBLIC_AIDED, 2020-01-01, 511102, false, 1950-05-10, 2022-01-01, ,                     false, ",
        "PRIVATE,                  ,           511102, false, 1950-05-10, 2022-01-01, ,                     false, HOME_NOT_ELIGIBLE",
        "PRIVATE,                  2024-03-31, 511102, false, 1950-05-10, 2022-01-01, ,                     false, ",
        "PRIVATE,                  2024-04-01, 511102, false, 1950-05-10, 2022-01-01, ,                     false, HOME_NOT_ELIGIBLE",
        // §4.2 resident
        "PRIVATE,                  2020-01-01, 511181, false, 1950-05-10, 2022-01-01, ,                     false, ",
        "PRIVATE,                  2020-01-01, 510104, false, 1950-05-10, 2022-01-01, ,                     false, NOT_LOCAL_HUKOU",
        "PRIVATE,                  2020-01-01, 511000, false, 1950-05-10, 2022-01-01, ,                     false, NOT_LOCAL_HUKOU",
        "PRIVATE,                  2020-01-01, 511102, true,  1950-05-10, 2022-01-01, ,                     false, STATE_SUPPORTED",
        // §4.6 once only
        "PRIVATE,                  2020-01-01, 511102, false, 1950-05-10, 2022-01-01, ,                     true,  ALREADY_CLAIMED",
        // priority when several apply: the first in the API's list
        "PUBLIC,                   ,           510104, true,  1970-01-01, 2024-03-20, 2024-03-21/2024-03-30, true,  HOME_NOT_ELIGIBLE",
        "PRIVATE,                  2020-01-01, 510104, true,  1970-01-01, 2024-03-20, 2024-03-21/2024-03-30, true,  NOT_LOCAL_HUKOU",
        "PRIVATE,                  2020-01-01, 511102, true,  1970-01-01, 2024-03-20, 2024-03-21/2024-03-30, true,  UNDER_AGE",
        "PRIVATE,                  2020-01-01, 511102, true,  1950-05-10, 2024-03-20, 2024-03-21/2024-03-30, true,  STATE_SUPPORTED",
        "PRIVATE,                  2020-01-01, 511102, false, 1950-05-10, 2024-03-20, 2024-03-21/2024-03-30, true,  STAY_UNDER_SIX_MONTHS",
        "PRIVATE,                  2020-01-01, 511102, false, 1950-05-10, 2022-01-01, 2024-03-01/2024-03-20, true,  TOO_FEW_DAYS_PRESENT"
    })
    @DisplayName(
            "§4.1–4.6 home filed and not PUBLIC, local hukou, aged 60, not state-supported, six months, 15 days, not claimed — in that priority")
    void conditions(
            Ownership ownership,
            LocalDate filedOn,
            String hukou,
            boolean stateSupported,
            LocalDate birthDate,
            LocalDate admitted,
            String absences,
            boolean claimed,
            ExclusionReason reason) {
        ResidentFacts resident = resident(7, birthDate, hukou, stateSupported, assessments("SEVERE@2020-01-01"));
        StayFacts stay = new StayFacts(1, 7, admitted, null, ranges(absences));
        Set<ResidentMonth> claims = claimed ? Set.of(new ResidentMonth(1, YearMonth.of(2024, 3))) : Set.of();

        OperatingResult result =
                calculate(home(ownership, filedOn), List.of(stay), DEFAULTS, "2024-03", "2024-03", claims, resident);

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(reason);
            assertThat(l.eligible()).isEqualTo(reason == null);
            assertThat(l.amount()).isEqualTo(reason == null ? new BigDecimal("250.00") : new BigDecimal("0.00"));
            assertThat(l.level()).isEqualTo(CapabilityLevel.SEVERE);
            assertThat(l.policyVersion()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("§4.6 only the claimed resident-month (stay and month) is excluded")
    void alreadyClaimed() {
        List<StayFacts> stays = List.of(stay(1, 7, "2023-01-01", null, null), stay(2, 8, "2023-01-01", null, null));
        Set<ResidentMonth> claimed = Set.of(
                new ResidentMonth(1, YearMonth.of(2024, 6)),
                new ResidentMonth(2, YearMonth.of(2024, 7)),
                new ResidentMonth(99, YearMonth.of(2024, 6)));

        OperatingResult result =
                calculate(HOME, stays, DEFAULTS, "2024-06", "2024-07", claimed, resident(7), resident(8));

        assertThat(result.lines())
                .extracting(l -> l.month() + "/" + l.stayId() + ":" + l.reasonCode())
                .containsExactly(
                        "2024-06/1:ALREADY_CLAIMED", "2024-06/2:null", "2024-07/1:null", "2024-07/2:ALREADY_CLAIMED");
        assertThat(result.total()).isEqualTo(new BigDecimal("400.00"));
    }

    @Test
    @DisplayName("§5 an excluded line still shows the level and present days, and reads \"户籍不在乐山\"")
    void excludedLineExplained() {
        ResidentFacts resident =
                resident(7, LocalDate.of(1950, 5, 10), "510104", false, assessments("TOTAL@2020-01-01"));

        OperatingResult result =
                calculate(new StayFacts(1, 7, LocalDate.of(2023, 1, 1), null), resident, "2024-02", "2024-02");

        OperatingLine line = result.lines().get(0);
        assertThat(line.reasonCode()).isEqualTo("NOT_LOCAL_HUKOU");
        assertThat(line.reasonText(Locale.SIMPLIFIED_CHINESE)).isEqualTo("户籍不在乐山");
        assertThat(line.reasonText(Locale.ENGLISH)).isEqualTo("Hukou is not in Leshan");
        assertThat(line.level()).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(line.presentDays()).isEqualTo(29);
        assertThat(line.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(line.residentMonth()).isEqualTo(new ResidentMonth(1, YearMonth.of(2024, 2)));
    }

    // ---- policy versions ------------------------------------------------------------------------------

    private static PolicyVersion tenPercentMore(int version, String effectiveFrom) {
        return PolicyVersionBuilder.version(version, effectiveFrom)
                .rates("110.00", "165.00", "220.00", "275.00", "330.00")
                .build();
    }

    @Test
    @DisplayName("§4.5 rates change inside the range: each month uses the version in force on its last day")
    void rateChangesMidRange() {
        PolicyTable policies = PolicyTable.of(PolicyVersion.defaults(), tenPercentMore(2, "2024-07-01"));

        OperatingResult result = calculate(
                HOME,
                List.of(stay(1, 7, "2023-01-01", null, null)),
                policies,
                "2024-01",
                "2024-12",
                Set.of(),
                resident(7));

        assertThat(result.lines())
                .extracting(l -> l.month() + ":" + l.amount() + ":v" + l.policyVersion())
                .containsExactly(
                        "2024-01:200.00:v1",
                        "2024-02:200.00:v1",
                        "2024-03:200.00:v1",
                        "2024-04:200.00:v1",
                        "2024-05:200.00:v1",
                        "2024-06:200.00:v1",
                        "2024-07:220.00:v2",
                        "2024-08:220.00:v2",
                        "2024-09:220.00:v2",
                        "2024-10:220.00:v2",
                        "2024-11:220.00:v2",
                        "2024-12:220.00:v2");
        assertThat(result.total()).isEqualTo(new BigDecimal("2520.00"));
    }

    @ParameterizedTest(name = "version 2 from {0}, discharged {1} → v{2}, {3}")
    @CsvSource({
        "2024-03-15, ,           2, 220.00",
        "2024-03-31, ,           2, 220.00",
        "2024-04-01, ,           1, 200.00",
        // discharged 2024-03-20: the last day in the stay is the 19th
        "2024-03-25, 2024-03-20, 1, 200.00",
        "2024-03-19, 2024-03-20, 2, 220.00",
        "2024-03-20, 2024-03-20, 1, 200.00"
    })
    @DisplayName("§4.5 a version effective mid-month applies to that month when in force on the last day in the stay")
    void versionEffectiveMidMonth(String v2From, LocalDate discharged, int version, String amount) {
        PolicyTable policies = PolicyTable.of(PolicyVersion.defaults(), tenPercentMore(2, v2From));
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2023, 1, 1), discharged);

        OperatingResult result = calculate(HOME, List.of(stay), policies, "2024-03", "2024-03", Set.of(), resident(7));

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.policyVersion()).isEqualTo(version);
            assertThat(l.amount()).isEqualTo(new BigDecimal(amount));
        });
    }

    @ParameterizedTest(name = "version 2 from April sets {0} = {1} → March {2}, April {3}")
    @CsvSource({
        "none,                ,     2024-03:200.00:v1, 2024-04:200.00:v2",
        "operatingOwnerships, PRIVATE, 2024-03:200.00:v1, 2024-04:HOME_NOT_ELIGIBLE:v2",
        "localHukouPrefix,    5112, 2024-03:200.00:v1, 2024-04:NOT_LOCAL_HUKOU:v2",
        "minAge,              65,   2024-03:200.00:v1, 2024-04:UNDER_AGE:v2",
        "minStayMonths,       18,   2024-03:200.00:v1, 2024-04:STAY_UNDER_SIX_MONTHS:v2",
        "minDaysPresent,      19,   2024-03:200.00:v1, 2024-04:TOO_FEW_DAYS_PRESENT:v2",
        "minDaysPresent,      18,   2024-03:200.00:v1, 2024-04:200.00:v2",
        "rate,                199.99, 2024-03:200.00:v1, 2024-04:199.99:v2"
    })
    @DisplayName("§4.5 every condition of a month uses the same version as its rate")
    void conditionsUseTheMonthsVersion(String parameter, String value, String march, String april) {
        PolicyVersionBuilder v2 = PolicyVersionBuilder.version(2, "2024-04-01");
        switch (parameter) {
            case "operatingOwnerships" -> v2.operatingOwnerships(Ownership.valueOf(value));
            case "localHukouPrefix" -> v2.localHukouPrefix(value);
            case "minAge" -> v2.minAge(Integer.parseInt(value));
            case "minStayMonths" -> v2.minStayMonths(Integer.parseInt(value));
            case "minDaysPresent" -> v2.minDaysPresent(Integer.parseInt(value));
            case "rate" -> v2.rates("100.00", "150.00", value, "250.00", "300.00");
            default -> {}
        }
        PolicyTable policies = PolicyTable.of(PolicyVersion.defaults(), v2.build());
        // 62 years old, admitted 15 months before April, 18 days present in April (19 in March)
        ResidentFacts resident =
                resident(7, LocalDate.of(1962, 1, 1), "511102", false, assessments("MODERATE@2020-01-01"));
        StayFacts stay = stay(1, 7, "2023-01-01", null, "2024-03-10/2024-03-22 2024-04-10/2024-04-22");

        OperatingResult result = calculate(
                home(Ownership.PUBLIC_BUILT_PRIVATE_RUN, LocalDate.of(2020, 1, 1)),
                List.of(stay),
                policies,
                "2024-03",
                "2024-04",
                Set.of(),
                resident);

        assertThat(result.lines())
                .extracting(l -> l.month() + ":" + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()) + ":v"
                        + l.policyVersion())
                .containsExactly(march, april);
    }

    @Test
    @DisplayName("§4.3 a later version with a shorter minimum stay lets months count earlier from its day on")
    void shorterMinimumStay() {
        PolicyTable policies = PolicyTable.of(
                PolicyVersion.defaults(),
                PolicyVersionBuilder.version(2, "2024-04-01").minStayMonths(3).build());

        OperatingResult result = calculate(
                HOME,
                List.of(stay(1, 7, "2024-01-01", null, null)),
                policies,
                "2024-01",
                "2024-06",
                Set.of(),
                resident(7));

        // under version 1 (six months) June would be the first; version 2 (three months) counts from April
        assertThat(summary(result))
                .containsExactly(
                        "2024-01:STAY_UNDER_SIX_MONTHS",
                        "2024-02:STAY_UNDER_SIX_MONTHS",
                        "2024-03:STAY_UNDER_SIX_MONTHS",
                        "2024-04:200.00",
                        "2024-05:200.00",
                        "2024-06:200.00");
    }

    @Test
    @DisplayName("A line whose last day precedes every policy version is a 400 NO_POLICY_IN_FORCE on from")
    void noPolicyInForce() {
        StayFacts stay = stay(1, 7, "2020-06-01", null, null);

        assertThatThrownBy(() -> calculate(stay, resident(7), "2020-11", "2021-02"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("NO_POLICY_IN_FORCE");
                    assertThat(e.field()).isEqualTo("from");
                });
    }

    @Test
    @DisplayName("Months before the first policy that no stay covers need no policy: no line, no failure")
    void uncoveredMonthsBeforePolicy() {
        OperatingResult result = calculate(stay(1, 7, "2021-01-01", null, null), resident(7), "2020-11", "2021-02");

        assertThat(result.lines())
                .extracting(OperatingLine::month)
                .containsExactly(YearMonth.of(2021, 1), YearMonth.of(2021, 2));
    }

    // ---- the range ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}..{1} on {2} → {3}")
    @CsvSource({
        "2024-05, 2024-04, 2025-06-15, INVALID_MONTH_RANGE",
        "2025-01, 2025-06, 2025-06-15, MONTH_NOT_ENDED",
        "2025-01, 2025-07, 2025-06-15, MONTH_NOT_ENDED",
        "2024-12, 2024-12, 2024-12-31, MONTH_NOT_ENDED",
        "2024-12, 2024-12, 2025-01-01, ",
        "2025-01, 2025-05, 2025-06-15, "
    })
    @DisplayName("§4 only months that have ended can be computed; from must not be after to")
    void range(YearMonth from, YearMonth to, LocalDate today, String code) {
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2023, 1, 1), null);
        if (code == null) {
            OperatingResult result =
                    calculator.calculate(HOME, byId(resident(7)), List.of(stay), DEFAULTS, from, to, today, Set.of());
            assertThat(result.lines()).hasSize(months(from, to).size());
            assertThat(result.from()).isEqualTo(from);
            assertThat(result.to()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> calculator.calculate(
                            HOME, byId(resident(7)), List.of(stay), DEFAULTS, from, to, today, Set.of()))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.code()).isEqualTo(code);
                        assertThat(e.field()).isEqualTo("to");
                        assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    });
        }
    }

    // ---- §5 totals ------------------------------------------------------------------------------------

    @Test
    @DisplayName("§5 totals are the sums of the lines to the fen (fen rates, all levels, excluded lines add 0.00)")
    void totalsToTheFen() {
        PolicyTable policies = PolicyTable.of(PolicyVersionBuilder.defaults()
                .rates("100.01", "150.33", "200.07", "250.99", "300.50")
                .build());
        List<StayFacts> stays = new ArrayList<>();
        List<ResidentFacts> residents = new ArrayList<>();
        for (int level = 0; level <= 4; level++) {
            residents.add(resident(
                    level + 1,
                    LocalDate.of(1950, 5, 10),
                    "511102",
                    false,
                    List.of(new Assessment(CapabilityLevel.of(level), LocalDate.of(2020, 1, 1)))));
            stays.add(stay(level + 1, level + 1, "2023-01-01", null, null));
        }
        residents.add(resident(6, LocalDate.of(1950, 5, 10), "510104", false, assessments("TOTAL@2020-01-01")));
        stays.add(stay(6, 6, "2023-01-01", null, null));

        OperatingResult result = calculate(
                HOME, stays, policies, "2024-01", "2024-12", Set.of(), residents.toArray(new ResidentFacts[0]));

        BigDecimal sum = result.lines().stream().map(OperatingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.lines()).hasSize(72);
        assertThat(result.eligibleMonths()).isEqualTo(60);
        // 12 × (100.01 + 150.33 + 200.07 + 250.99 + 300.50) = 12 × 1001.90
        assertThat(result.total())
                .isEqualTo(new BigDecimal("12022.80"))
                .isEqualTo(sum)
                .hasScaleOf(2);
    }

    @Test
    @DisplayName("A stay whose resident has no facts cannot be computed")
    void missingResident() {
        assertThatThrownBy(() -> calculate(stay(1, 7, "2023-01-01", null, null), resident(8), "2024-01", "2024-01"))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("residentId"));
    }
}
