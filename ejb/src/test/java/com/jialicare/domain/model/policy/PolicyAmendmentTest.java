package com.jialicare.domain.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyAmendmentTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    /** A version before the amendment that differs from the defaults, so carrying over is visible. */
    private final PolicyVersion before = PolicyVersionBuilder.version(3, "2023-01-01")
            .constructionRate("12000")
            .rates("101", "151", "201", "251", "301")
            .minAge(62)
            .noticeDays(9)
            .constructionHoldMonths(48)
            .constructionClawback(ClawbackMode.FULL)
            .build();

    @Test
    @DisplayName("Only a date: the new version repeats the version before it, with its own number and date")
    void onlyDate() {
        PolicyVersion next = PolicyAmendment.from(JULY).applyTo(before, 4);

        assertThat(next)
                .usingRecursiveComparison()
                .ignoringFields("version", "effectiveFrom")
                .isEqualTo(before);
        assertThat(next.version()).isEqualTo(4);
        assertThat(next.effectiveFrom()).isEqualTo(JULY);
    }

    @Test
    @DisplayName("Given parameters replace the old ones; the others carry over from the version before")
    void someParameters() {
        PolicyAmendment a = new PolicyAmendment(
                JULY,
                new BigDecimal("13000"),
                null,
                null,
                EnumSet.of(Ownership.PRIVATE),
                null,
                null,
                null,
                "511102",
                65,
                null,
                null,
                null);

        PolicyVersion next = a.applyTo(before, 4);

        assertThat(next.constructionRatePerBed()).isEqualTo(new BigDecimal("13000.00"));
        assertThat(next.operatingOwnerships()).containsExactly(Ownership.PRIVATE);
        assertThat(next.localHukouPrefix()).isEqualTo("511102");
        assertThat(next.minAge()).isEqualTo(65);
        assertThat(next.operatingMonthlyRates()).isEqualTo(before.operatingMonthlyRates());
        assertThat(next.constructionOwnerships()).isEqualTo(before.constructionOwnerships());
        assertThat(next.noticeDays()).isEqualTo(9);
        assertThat(next.minStayMonths()).isEqualTo(before.minStayMonths());
    }

    @Test
    @DisplayName("The hold period (§8.6) is amended like any parameter, and carries over when left out")
    void holdPeriod() {
        PolicyAmendment a = new PolicyAmendment(
                JULY, null, null, null, null, null, null, null, null, null, null, null, null, 0, ClawbackMode.PRORATA);

        PolicyVersion next = a.applyTo(before, 4);

        assertThat(next.constructionHoldMonths()).isZero();
        assertThat(next.constructionClawback()).isEqualTo(ClawbackMode.PRORATA);
        PolicyVersion carried = PolicyAmendment.from(JULY).applyTo(before, 4);
        assertThat(carried.constructionHoldMonths()).isEqualTo(48);
        assertThat(carried.constructionClawback()).isEqualTo(ClawbackMode.FULL);
    }

    @Test
    @DisplayName("Rates may name only the levels that change; the other levels keep their rates")
    void someRates() {
        PolicyAmendment a = new PolicyAmendment(
                JULY,
                null,
                Map.of(CapabilityLevel.TOTAL, new BigDecimal("350")),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        PolicyVersion next = a.applyTo(before, 4);

        assertThat(next.monthlyRate(CapabilityLevel.TOTAL)).isEqualTo(new BigDecimal("350.00"));
        assertThat(next.monthlyRate(CapabilityLevel.INTACT)).isEqualTo(new BigDecimal("101.00"));
        assertThat(next.monthlyRate(CapabilityLevel.SEVERE)).isEqualTo(new BigDecimal("251.00"));
    }

    @Test
    @DisplayName("An empty ownership set is a change (the subsidy is suspended), not a parameter left out")
    void emptyOwnershipsSuspend() {
        PolicyAmendment a =
                new PolicyAmendment(JULY, null, null, Set.of(), null, null, null, null, null, null, null, null, null);

        assertThat(a.applyTo(before, 4).constructionOwnerships()).isEmpty();
    }

    @Test
    @DisplayName("The new version is validated like any other: a bad value is a 400 POLICY_INVALID naming it")
    void validated() {
        PolicyAmendment a = new PolicyAmendment(
                JULY, new BigDecimal("-1"), null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> a.applyTo(before, 4)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("POLICY_INVALID");
            assertThat(e.field()).isEqualTo("constructionRatePerBed");
        });
    }

    @Test
    @DisplayName("The date is required, and a rate without its amount is refused")
    void required() {
        assertThatThrownBy(() -> PolicyAmendment.from(null))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        Map<CapabilityLevel, BigDecimal> nullRate = new HashMap<>();
        nullRate.put(CapabilityLevel.MILD, null);
        assertThatThrownBy(() -> new PolicyAmendment(
                        JULY, null, nullRate, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("operatingMonthlyRates"));
    }
}
