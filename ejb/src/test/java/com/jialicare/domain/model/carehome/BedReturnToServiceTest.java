package com.jialicare.domain.model.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.service.ConstructionSubsidyCalculator;
import com.jialicare.domain.service.Residency;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1 for beds: a bed retired on R and back in service from D (a dated change) stays out of service
 * on the days [R, D) in its history — for the residency rules (§2.3) and the construction subsidy (§3.2) alike.
 */
class BedReturnToServiceTest {

    private static final LocalDate C = LocalDate.of(2022, 3, 1);
    private static final LocalDate R = LocalDate.of(2025, 1, 10);
    private static final LocalDate D = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.code();
        }
        return null;
    }

    private static Bed returned() {
        Bed bed = new Bed(7, "A-1", "A", C);
        bed.retire(R);
        assertThat(bed.returnToService(D, TODAY)).isEqualTo(R);
        return bed;
    }

    @Test
    @DisplayName("§8.1 retired on R, back from D: out of service on [R, D) only, in service again from D")
    void outOfServiceBetween() {
        Bed bed = returned();
        assertThat(bed.getRetiredOn()).isNull();
        assertThat(bed.getOutages()).containsExactly(new BedOutage(R, D));
        assertThat(bed.inServiceOn(R.minusDays(1))).isTrue();
        assertThat(bed.inServiceOn(R)).isFalse();
        assertThat(bed.inServiceOn(D.minusDays(1))).isFalse();
        assertThat(bed.inServiceOn(D)).isTrue();
        assertThat(bed.inServiceOn(TODAY)).isTrue();
        assertThat(bed.lastReturnedOn()).isEqualTo(D);
    }

    @Test
    @DisplayName("§8.1 the return is after the retirement, not in the future, and only for a retired bed")
    void refusals() {
        Bed bed = new Bed(7, "A-1", "A", C);
        assertThat(code(() -> bed.returnToService(D, TODAY))).isEqualTo("BED_NOT_RETIRED");
        bed.retire(R);
        assertThat(code(() -> bed.returnToService(R, TODAY))).isEqualTo("RETURNED_BEFORE_RETIRED");
        assertThat(code(() -> bed.returnToService(R.minusDays(3), TODAY))).isEqualTo("RETURNED_BEFORE_RETIRED");
        assertThat(code(() -> bed.returnToService(TODAY.plusDays(1), TODAY))).isEqualTo("DATE_IN_FUTURE");
        assertThat(bed.getRetiredOn()).as("nothing changed").isEqualTo(R);
        assertThat(bed.getOutages()).isEmpty();
        assertThat(code(() -> bed.returnToService(TODAY, TODAY))).isNull();
    }

    @Test
    @DisplayName("§8.1 retired again after the return: a second period; not on or before the return day")
    void retiredAgain() {
        Bed bed = returned();
        assertThat(code(() -> bed.retire(D))).isEqualTo("RETIRED_BEFORE_RETURNED");
        assertThat(code(() -> bed.retire(R.plusDays(1)))).isEqualTo("RETIRED_BEFORE_RETURNED");
        bed.retire(D.plusDays(10));
        assertThat(bed.inServiceOn(D.plusDays(9))).isTrue();
        assertThat(bed.inServiceOn(D.plusDays(10))).isFalse();
        assertThat(bed.inServiceOn(R.plusDays(1))).isFalse();
        // a retirement corrected away leaves the past period as it was
        bed.reinstate();
        assertThat(bed.inServiceOn(TODAY)).isTrue();
        assertThat(bed.inServiceOn(R.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("§8.2 a commissioning day is corrected to before the first period out of service only")
    void commissioningBeforeTheOutage() {
        Bed bed = returned();
        assertThat(code(() -> bed.correctCommissionedOn(R, null))).isEqualTo("RETIRED_BEFORE_COMMISSIONED");
        bed.correctCommissionedOn(R.minusDays(1), null);
        assertThat(bed.getCommissionedOn()).isEqualTo(R.minusDays(1));
    }

    @Test
    @DisplayName("§2.3 nobody is admitted or moved into the bed on a day out of service, nor for a stay across it")
    void residency() {
        Bed bed = returned();
        Residency.BedFacts facts =
                new Residency.BedFacts(1, 7, "A-1", C, bed.getRetiredOn(), List.of(), bed.getOutages());
        for (LocalDate day : List.of(R, R.plusDays(20), D.minusDays(1))) {
            assertThat(code(() -> Residency.admit(42, List.of(), true, facts, day, TODAY)))
                    .as("admitted on " + day)
                    .isEqualTo("BED_OUT_OF_SERVICE");
        }
        assertThat(code(() -> Residency.admit(42, List.of(), true, facts, R.minusDays(1), TODAY)))
                .as("an open stay from before the period would be held across it")
                .isEqualTo("BED_OUT_OF_SERVICE");
        assertThat(Residency.admit(42, List.of(), true, facts, D, TODAY).isOpen())
                .isTrue();
        assertThat(code(() -> Residency.requireFreeBetween(facts, R.minusDays(30), R, "admittedOn")))
                .as("a closed span ending on the retirement day")
                .isNull();
        assertThat(code(() -> Residency.requireFreeBetween(facts, R.minusDays(30), R.plusDays(1), "admittedOn")))
                .isEqualTo("BED_OUT_OF_SERVICE");
        assertThat(code(() -> Residency.requireFreeBetween(facts, D, TODAY, "admittedOn")))
                .isNull();
    }

    @Test
    @DisplayName("§3.2 the construction subsidy counts the bed as of a day only if it is in service that day")
    void construction() {
        Bed bed = returned();
        BedFacts facts = new BedFacts(1, "A-1", C, bed.getRetiredOn(), bed.getOutages());
        HomeFacts home = HomeFacts.of(
                9,
                LocalDate.of(2021, 1, 1),
                null,
                new HomeFacts.Histories(
                        DatedHistory.starting(LocalDate.of(2021, 1, 1), Ownership.PRIVATE),
                        DatedHistory.starting(LocalDate.of(2021, 1, 1), new PremisesTerm(Premises.OWNED, null)),
                        DatedHistory.starting(LocalDate.of(2021, 1, 1), 10)));
        ConstructionSubsidyCalculator calculator = new ConstructionSubsidyCalculator();
        PolicyTable policies = PolicyTable.defaults();
        for (LocalDate asOf : List.of(R.minusDays(1), R, D.minusDays(1), D)) {
            ConstructionResult r = calculator.calculate(home, List.of(facts), policies, asOf, Set.of());
            boolean inService = asOf.isBefore(R) || !asOf.isBefore(D);
            assertThat(r.eligibleBeds()).as("as of " + asOf).isEqualTo(inService ? 1 : 0);
            assertThat(ConstructionSubsidyCalculator.canCount(facts, policies.inForceOn(asOf), asOf, false))
                    .as("the fast path agrees as of " + asOf)
                    .isEqualTo(inService);
            if (!inService) {
                assertThat(r.lines().get(0).reasonCode()).isEqualTo("BED_RETIRED");
            }
        }
    }
}
