package com.jialicare.interfaces.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyAmendment;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

    @Test
    @DisplayName("only what is filled in changes; empty fields and unticked ownerships carry over")
    void amendment() {
        PolicyForm form = new PolicyForm();
        form.setEffectiveFrom(LocalDate.of(2030, 1, 1));
        form.setRate2(new BigDecimal("240.00"));
        form.setOperatingOwnerships(new Ownership[] {Ownership.PRIVATE});
        form.setLocalHukouPrefix("  ");
        form.setNoticeDays(10);

        PolicyAmendment a = form.toAmendment();

        assertThat(a.effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(a.operatingMonthlyRates()).isEqualTo(Map.of(CapabilityLevel.MODERATE, new BigDecimal("240.00")));
        assertThat(a.operatingOwnerships()).isEqualTo(Set.of(Ownership.PRIVATE));
        assertThat(a.constructionOwnerships()).isNull();
        assertThat(a.constructionRatePerBed()).isNull();
        assertThat(a.localHukouPrefix()).isNull();
        assertThat(a.noticeDays()).isEqualTo(10);
        assertThat(a.minAge()).isNull();
        assertThat(a.constructionHoldMonths()).isNull();
        assertThat(a.constructionClawback()).isNull();
    }

    @Test
    @DisplayName("the hold period and the clawback mode (docs/RULES.md §8.6) are amended when given")
    void holdPeriod() {
        PolicyForm form = new PolicyForm();
        form.setEffectiveFrom(LocalDate.of(2030, 1, 1));
        form.setConstructionHoldMonths(36);
        form.setConstructionClawback(ClawbackMode.FULL);

        PolicyAmendment a = form.toAmendment();

        assertThat(a.constructionHoldMonths()).isEqualTo(36);
        assertThat(a.constructionClawback()).isEqualTo(ClawbackMode.FULL);
        assertThat(form.getClawbackModes()).containsExactly(ClawbackMode.FULL, ClawbackMode.PRORATA);
    }

    @Test
    @DisplayName("without the day it takes effect the form is refused with the policy's code")
    void dayRequired() {
        assertThatThrownBy(() -> new PolicyForm().toAmendment())
                .isInstanceOf(BusinessException.class)
                .extracting("code")
                .isEqualTo("POLICY_INVALID");
    }
}
