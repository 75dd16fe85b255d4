package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.Clawback;
import com.jialicare.domain.model.subsidy.HoldTrigger;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.PaidBed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/RULES.md §8.6: the construction hold period and its clawback. */
class ConstructionClawbackTest {

    private static final LocalDate FILED = LocalDate.of(2020, 1, 1);
    private static final LocalDate COMMISSIONED = LocalDate.of(2023, 3, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final LocalDate PAID = LocalDate.of(2024, 5, 1);
    private static final LocalDate HELD_UNTIL = LocalDate.of(2029, 5, 1);
    private static final LocalDate LATER = LocalDate.of(2040, 1, 1);
    private static final BigDecimal AMOUNT = new BigDecimal("11000.00");

    private static final PolicyVersion PRORATA = PolicyVersion.defaults();
    private static final PolicyVersion FULL = PolicyVersionBuilder.defaults()
            .constructionClawback(ClawbackMode.FULL)
            .build();

    private static PaidBed paid(PolicyVersion policy) {
        return new PaidBed(1, AMOUNT, AS_OF, PAID, policy);
    }

    private static BedFacts bed(LocalDate retiredOn) {
        return new BedFacts(1, "A1", COMMISSIONED, retiredOn);
    }

    private static BedFacts retired(String on) {
        return bed(LocalDate.parse(on));
    }

    /** A private home, owned premises, never changed, open. */
    private static final HomeFacts OPEN = home(
            DatedHistory.starting(FILED, Ownership.PRIVATE),
            DatedHistory.starting(FILED, new PremisesTerm(Premises.OWNED, null)),
            null);

    private static HomeFacts home(
            DatedHistory<Ownership> owned, DatedHistory<PremisesTerm> premises, LocalDate closedOn) {
        return HomeFacts.of(
                9, FILED, closedOn, new HomeFacts.Histories(owned, premises, DatedHistory.starting(FILED, 10)));
    }

    private static HomeFacts closed(String on) {
        return home(
                DatedHistory.starting(FILED, Ownership.PRIVATE),
                DatedHistory.starting(FILED, new PremisesTerm(Premises.OWNED, null)),
                LocalDate.parse(on));
    }

    private static HomeFacts ownedAs(String from, Ownership then) {
        return home(
                DatedHistory.<Ownership>starting(FILED, Ownership.PRIVATE).with(LocalDate.parse(from), then),
                DatedHistory.starting(FILED, new PremisesTerm(Premises.OWNED, null)),
                null);
    }

    private static HomeFacts leased(PremisesTerm first, String changedOn, PremisesTerm then) {
        DatedHistory<PremisesTerm> premises = DatedHistory.starting(FILED, first);
        if (changedOn != null) {
            premises = premises.with(LocalDate.parse(changedOn), then);
        }
        return home(DatedHistory.starting(FILED, Ownership.PRIVATE), premises, null);
    }

    private static PremisesTerm leaseUntil(String day) {
        return new PremisesTerm(Premises.LEASED, LocalDate.parse(day));
    }

    private static Optional<Clawback> due(PolicyVersion policy, BedFacts bed, HomeFacts home) {
        return ConstructionClawback.due(paid(policy), bed, home, LATER);
    }

    private static Clawback dueNow(PolicyVersion policy, BedFacts bed, HomeFacts home) {
        return due(policy, bed, home).orElseThrow(() -> new AssertionError("a clawback is due"));
    }

    @Test
    @DisplayName("SUBSIDY-RULES §8.6's example: paid 2024-05-01, retired 2026-05-01, 36 months left: 11,000 → 6,600.00")
    void theRulesExample() {
        Clawback c = dueNow(PRORATA, retired("2026-05-01"), OPEN);

        assertThat(c.amount()).isEqualTo(new BigDecimal("6600.00"));
        assertThat(c.monthsLeft()).isEqualTo(36);
        assertThat(c.trigger()).isEqualTo(HoldTrigger.BED_RETIRED);
        assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(c.heldUntil()).isEqualTo(HELD_UNTIL);
        assertThat(c.holdMonths()).isEqualTo(60);
        assertThat(c.mode()).isEqualTo(ClawbackMode.PRORATA);
        assertThat(c.bedId()).isEqualTo(1);
    }

    @Test
    @DisplayName("FULL recovers the whole amount, whenever in the hold the bed is retired")
    void full() {
        Clawback c = dueNow(FULL, retired("2026-05-01"), OPEN);

        assertThat(c.amount()).isEqualTo(new BigDecimal("11000.00"));
        assertThat(c.monthsLeft()).isEqualTo(36);
        assertThat(c.mode()).isEqualTo(ClawbackMode.FULL);
    }

    @ParameterizedTest(name = "retired {0}: {1} whole months left, {2}")
    @CsvSource({
        "2024-05-01, 60, 11000.00", // on the payment day: the whole hold is left
        "2024-05-02, 59, 10816.67", // a day into the hold: 59 whole months
        "2024-06-01, 59, 10816.67",
        "2024-06-02, 58, 10633.33",
        "2026-04-30, 36, 6600.00",
        "2026-05-02, 35, 6416.67", // 11000 × 35 / 60 = 6416.666… → half-up
        "2029-04-01, 1, 183.33",
        "2029-03-31, 1, 183.33",
    })
    @DisplayName("PRORATA: the amount × whole months from the trigger day to the hold's end ÷ 60, to the fen")
    void prorata(String retiredOn, int monthsLeft, String amount) {
        Clawback c = dueNow(PRORATA, retired(retiredOn), OPEN);

        assertThat(c.monthsLeft()).isEqualTo(monthsLeft);
        assertThat(c.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    @DisplayName("The hold's last day leaves 0 whole months: PRORATA recovers nothing, FULL the whole amount")
    void lastDay() {
        assertThat(due(PRORATA, retired("2029-04-30"), OPEN)).isEmpty();
        Clawback full = dueNow(FULL, retired("2029-04-30"), OPEN);
        assertThat(full.monthsLeft()).isZero();
        assertThat(full.amount()).isEqualTo(new BigDecimal("11000.00"));
    }

    @Test
    @DisplayName("On the day the hold ends, or later, nothing is recovered in either mode")
    void afterTheHold() {
        for (PolicyVersion p : List.of(PRORATA, FULL)) {
            assertThat(due(p, retired("2029-05-01"), OPEN)).isEmpty();
            assertThat(due(p, retired("2031-01-01"), OPEN)).isEmpty();
            assertThat(due(p, bed(null), closed("2029-05-01"))).isEmpty();
        }
    }

    @Test
    @DisplayName("A bed in service, in an open and eligible home, owes nothing")
    void nothingHappened() {
        assertThat(due(PRORATA, bed(null), OPEN)).isEmpty();
        assertThat(due(FULL, bed(null), OPEN)).isEmpty();
    }

    @Test
    @DisplayName("Retired after the as-of date but before the payment: counted from the payment day, the whole amount")
    void beforePayment() {
        Clawback c = dueNow(PRORATA, retired("2024-04-10"), OPEN);

        assertThat(c.monthsLeft()).isEqualTo(60);
        assertThat(c.amount()).isEqualTo(new BigDecimal("11000.00"));
        assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2024, 4, 10));
    }

    @Test
    @DisplayName(
            "Wrong already on the as-of date (retired by then, home closed by then): recomputation's, not a clawback")
    void wrongOnTheAsOfDate() {
        assertThat(due(FULL, retired("2024-03-01"), OPEN))
                .as("retired on the as-of date")
                .isEmpty();
        assertThat(due(FULL, retired("2023-06-01"), OPEN)).as("retired before").isEmpty();
        assertThat(due(FULL, bed(null), closed("2024-03-01")))
                .as("closed on the as-of date")
                .isEmpty();
        assertThat(due(FULL, new BedFacts(1, "A1", LocalDate.of(2024, 4, 1), null), OPEN))
                .as("commissioned after the as-of date (a correction)")
                .isEmpty();
        assertThat(due(FULL, bed(null), ownedAs("2024-01-01", Ownership.PUBLIC)))
                .as("public on the as-of date")
                .isEmpty();
        assertThat(due(FULL, retired("2024-03-02"), OPEN))
                .as("the day after: a clawback")
                .isPresent();
    }

    @Test
    @DisplayName("Hold 0: there is no hold, nothing is ever recovered")
    void noHold() {
        PolicyVersion none =
                PolicyVersionBuilder.defaults().constructionHoldMonths(0).build();
        PolicyVersion noneFull = PolicyVersionBuilder.defaults()
                .constructionHoldMonths(0)
                .constructionClawback(ClawbackMode.FULL)
                .build();

        assertThat(due(none, retired("2024-05-01"), OPEN)).isEmpty();
        assertThat(due(noneFull, retired("2024-05-01"), OPEN)).isEmpty();
        assertThat(due(noneFull, retired("2024-04-10"), OPEN))
                .as("even before the payment")
                .isEmpty();
    }

    @Test
    @DisplayName("Another hold length: 12 months, retired 3 months in, 9 left: 11,000 × 9 / 12 = 8,250.00")
    void otherHold() {
        PolicyVersion twelve =
                PolicyVersionBuilder.defaults().constructionHoldMonths(12).build();

        Clawback c = dueNow(twelve, retired("2024-08-01"), OPEN);

        assertThat(c.heldUntil()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(c.monthsLeft()).isEqualTo(9);
        assertThat(c.amount()).isEqualTo(new BigDecimal("8250.00"));
        assertThat(due(twelve, retired("2025-05-01"), OPEN)).isEmpty();
    }

    @Test
    @DisplayName("Rounding is half-up to the fen: 1.50 × 1 / 12 = 0.125 → 0.13")
    void halfUp() {
        PolicyVersion twelve =
                PolicyVersionBuilder.defaults().constructionHoldMonths(12).build();
        PaidBed small = new PaidBed(1, new BigDecimal("1.50"), AS_OF, PAID, twelve);

        Clawback c = ConstructionClawback.due(small, retired("2025-04-01"), OPEN, LATER)
                .orElseThrow();

        assertThat(c.monthsLeft()).isEqualTo(1);
        assertThat(c.amount()).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    @DisplayName("Months are calendar months as plusMonths counts them, also from the end of a month")
    void monthEnds() {
        PaidBed endOfJanuary = new PaidBed(1, AMOUNT, AS_OF, LocalDate.of(2024, 1, 31), PRORATA);
        PaidBed early = new PaidBed(1, AMOUNT, LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31), PRORATA);

        assertThat(endOfJanuary.heldUntil()).isEqualTo(LocalDate.of(2029, 1, 31));
        Clawback c = ConstructionClawback.due(early, retired("2024-02-29"), OPEN, LATER)
                .orElseThrow();
        assertThat(c.monthsLeft()).isEqualTo(59); // 2024-02-29 + 59 months = 2029-01-29; + 60 = 2029-02-28
    }

    @Test
    @DisplayName("Not due before it happens: a trigger after today is not counted yet")
    void notYet() {
        PaidBed p = paid(PRORATA);
        assertThat(ConstructionClawback.due(p, retired("2026-05-01"), OPEN, LocalDate.of(2026, 4, 30)))
                .isEmpty();
        assertThat(ConstructionClawback.due(p, retired("2026-05-01"), OPEN, LocalDate.of(2026, 5, 1)))
                .isPresent();
        assertThat(ConstructionClawback.due(p, retired("2026-05-01"), OPEN, AS_OF))
                .isEmpty();
    }

    @Test
    @DisplayName("Paid nothing, nothing to recover")
    void paidNothing() {
        PaidBed zero = new PaidBed(1, new BigDecimal("0.00"), AS_OF, PAID, FULL);
        assertThat(ConstructionClawback.due(zero, retired("2025-01-01"), OPEN, LATER))
                .isEmpty();
    }

    @Nested
    @DisplayName("The home closes")
    class HomeCloses {

        @Test
        @DisplayName("closed within the hold: HOME_CLOSED from its day, the bed still in service")
        void closes() {
            Clawback c = dueNow(PRORATA, bed(null), closed("2026-05-01"));

            assertThat(c.trigger()).isEqualTo(HoldTrigger.HOME_CLOSED);
            assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(c.amount()).isEqualTo(new BigDecimal("6600.00"));
        }

        @Test
        @DisplayName("the earliest trigger counts; on the same day the bed's retirement is named")
        void earliest() {
            assertThat(dueNow(PRORATA, retired("2027-01-01"), closed("2026-05-01"))
                            .trigger())
                    .isEqualTo(HoldTrigger.HOME_CLOSED);
            Clawback retiredFirst = dueNow(PRORATA, retired("2025-05-01"), closed("2026-05-01"));
            assertThat(retiredFirst.trigger()).isEqualTo(HoldTrigger.BED_RETIRED);
            assertThat(retiredFirst.monthsLeft()).isEqualTo(48);
            assertThat(dueNow(PRORATA, retired("2026-05-01"), closed("2026-05-01"))
                            .trigger())
                    .isEqualTo(HoldTrigger.BED_RETIRED);
        }
    }

    @Nested
    @DisplayName("The home stops being eligible (the calculator's §3.1 check on that day's facts)")
    class HomeIneligible {

        @Test
        @DisplayName("its ownership changes to one the policy does not subsidise: from the change day")
        void ownership() {
            Clawback c = dueNow(PRORATA, bed(null), ownedAs("2026-05-01", Ownership.PUBLIC));

            assertThat(c.trigger()).isEqualTo(HoldTrigger.HOME_INELIGIBLE);
            assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(c.amount()).isEqualTo(new BigDecimal("6600.00"));
        }

        @Test
        @DisplayName("a change to an ownership the paid line's policy also subsidises owes nothing")
        void stillEligibleOwnership() {
            PolicyVersion both = PolicyVersionBuilder.defaults()
                    .constructionOwnerships(Ownership.PRIVATE, Ownership.PRIVATE_RUN_PUBLIC_AIDED)
                    .build();
            assertThat(due(both, bed(null), ownedAs("2026-05-01", Ownership.PRIVATE_RUN_PUBLIC_AIDED)))
                    .isEmpty();
            assertThat(due(PRORATA, bed(null), ownedAs("2026-05-01", Ownership.PRIVATE_RUN_PUBLIC_AIDED)))
                    .isPresent();
        }

        @Test
        @DisplayName("a new lease that would not have qualified the application (ends < as-of + 5 years)")
        void shortLease() {
            HomeFacts shorter = leased(leaseUntil("2035-01-01"), "2025-07-01", leaseUntil("2028-12-31"));
            Clawback c = dueNow(PRORATA, bed(null), shorter);

            assertThat(c.trigger()).isEqualTo(HoldTrigger.HOME_INELIGIBLE);
            assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(c.monthsLeft()).isEqualTo(46);

            HomeFacts longer = leased(leaseUntil("2035-01-01"), "2025-07-01", leaseUntil("2030-01-01"));
            assertThat(due(PRORATA, bed(null), longer))
                    .as("still 5 years after the as-of date")
                    .isEmpty();
            HomeFacts bought = leased(leaseUntil("2035-01-01"), "2025-07-01", new PremisesTerm(Premises.OWNED, null));
            assertThat(due(PRORATA, bed(null), bought)).isEmpty();
        }

        @Test
        @DisplayName("a lease that ends within the hold: ineligible from its end day (the home has no premises)")
        void leaseEnds() {
            // a lease of exactly 5 years after the as-of date qualified it, and ends 2 months before the hold does
            Clawback c = dueNow(FULL, bed(null), leased(leaseUntil("2029-03-01"), null, null));

            assertThat(c.trigger()).isEqualTo(HoldTrigger.HOME_INELIGIBLE);
            assertThat(c.triggeredOn()).isEqualTo(LocalDate.of(2029, 3, 1));
            assertThat(c.monthsLeft()).isEqualTo(2);
            assertThat(dueNow(PRORATA, bed(null), leased(leaseUntil("2029-03-01"), null, null))
                            .amount())
                    .isEqualTo(new BigDecimal("366.67"));
            // renewed before it ended: nothing
            assertThat(due(FULL, bed(null), leased(leaseUntil("2029-03-01"), "2029-01-01", leaseUntil("2040-01-01"))))
                    .isEmpty();
        }

        @Test
        @DisplayName("home facts without histories: only the lease's end can make it ineligible")
        void withoutHistories() {
            HomeFacts plain = new HomeFacts(9, Ownership.PRIVATE, FILED, 10, Premises.LEASED, LocalDate.of(2029, 3, 1));
            assertThat(dueNow(FULL, bed(null), plain).triggeredOn()).isEqualTo(LocalDate.of(2029, 3, 1));
            HomeFacts owned = new HomeFacts(9, Ownership.PRIVATE, FILED, 10, Premises.OWNED, null);
            assertThat(due(FULL, bed(null), owned)).isEmpty();
        }

        @Test
        @DisplayName("a change of filed capacity alone changes nothing")
        void capacity() {
            HomeFacts fewer = HomeFacts.of(
                    9,
                    FILED,
                    null,
                    new HomeFacts.Histories(
                            DatedHistory.starting(FILED, Ownership.PRIVATE),
                            DatedHistory.starting(FILED, new PremisesTerm(Premises.OWNED, null)),
                            DatedHistory.<Integer>starting(FILED, 10).with(LocalDate.of(2025, 1, 1), 0)));
            assertThat(due(FULL, bed(null), fewer)).isEmpty();
        }
    }

    @Test
    @DisplayName("Arguments: all required, and the bed's facts must be the paid bed's")
    void arguments() {
        assertThatThrownBy(() -> ConstructionClawback.due(null, bed(null), OPEN, LATER))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() ->
                        ConstructionClawback.due(paid(PRORATA), new BedFacts(2, "B", COMMISSIONED, null), OPEN, LATER))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("bed"));
        assertThatThrownBy(() -> new PaidBed(1, new BigDecimal("-1"), AS_OF, PAID, PRORATA))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("holdRunsOn: from the payment day, included, to held until, excluded")
    void holdRuns() {
        PaidBed p = paid(PRORATA);
        assertThat(ConstructionClawback.holdRunsOn(p, PAID.minusDays(1))).isFalse();
        assertThat(ConstructionClawback.holdRunsOn(p, PAID)).isTrue();
        assertThat(ConstructionClawback.holdRunsOn(p, HELD_UNTIL.minusDays(1))).isTrue();
        assertThat(ConstructionClawback.holdRunsOn(p, HELD_UNTIL)).isFalse();
    }
}
