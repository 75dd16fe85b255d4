package com.jialicare.domain.model.application;

import static com.jialicare.domain.model.application.ReviewAction.AMEND;
import static com.jialicare.domain.model.application.ReviewAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §6, §8: a draft or returned application is withdrawn; a returned one is amended. */
@DisplayName("Application: withdraw and amend")
class ApplicationCorrectionsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Actor HOME = new Actor(1, "home");
    private static final Actor COUNTY = new Actor(2, "county");
    private static final Actor CITY = new Actor(3, "city");

    private static Application draft() {
        return Application.operating(7, YearMonth.of(2024, 1), YearMonth.of(2024, 6), HOME, NOW);
    }

    private static Application returned() {
        Application a = draft();
        a.submit(new BigDecimal("100.00"), HOME, NOW);
        a.returnBy(Reviewer.COUNTY, COUNTY, "months 5 and 6 are wrong", NOW);
        return a;
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.code();
        }
        return null;
    }

    @Test
    @DisplayName("a draft or a returned application is withdrawn with a reason; WITHDRAWN is final and claims nothing")
    void withdraw() {
        Application d = draft();
        d.withdraw("  duplicate of 12 ", HOME, NOW);
        assertThat(d.getState()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(d.getEvents()).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("WITHDRAW");
            assertThat(e.getComment()).isEqualTo("duplicate of 12");
            assertThat(e.getFromState()).isEqualTo(ApplicationState.DRAFT);
        });
        assertThat(ApplicationState.WITHDRAWN.holdsClaims()).isFalse();
        for (Role role : Role.values()) {
            assertThat(d.actionsFor(role, 1, TODAY, false)).isEmpty();
        }
        Application r = returned();
        r.withdraw("home closed", HOME, NOW);
        assertThat(r.getState()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(code(() -> r.withdraw("again", HOME, NOW))).isEqualTo("WRONG_STATE");
        assertThat(code(r::checkSubmittable)).isEqualTo("WRONG_STATE");
    }

    @Test
    @DisplayName("withdrawing needs a reason, and is refused once submitted; nothing changes")
    void withdrawRefused() {
        Application d = draft();
        assertThat(code(() -> d.withdraw(" ", HOME, NOW))).isEqualTo("REASON_REQUIRED");
        assertThat(code(() -> d.withdraw("x".repeat(501), HOME, NOW))).isEqualTo("REASON_TOO_LONG");
        assertThat(d.getState()).isEqualTo(ApplicationState.DRAFT);
        Application s = draft();
        s.submit(new BigDecimal("1.00"), HOME, NOW);
        assertThat(code(() -> s.withdraw("why", HOME, NOW))).isEqualTo("WRONG_STATE");
        assertThat(s.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(s.getEvents()).hasSize(2);
    }

    @Test
    @DisplayName("only a returned application is amended, by the home; the next submission is a new revision")
    void amend() {
        assertThat(draft().actionsFor(Role.HOME_ADMIN, 1, TODAY, false))
                .doesNotContain(AMEND)
                .contains(WITHDRAW);
        Application r = returned();
        assertThat(r.actionsFor(Role.HOME_ADMIN, 1, TODAY, false)).contains(AMEND, WITHDRAW);
        assertThat(r.actionsFor(Role.COUNTY_AUDITOR, 2, TODAY, false)).isEmpty();
        assertThat(r.actionsFor(Role.CITY_AUDITOR, 3, TODAY, false)).isEmpty();
        List<FieldChange> changes = r.amendPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 4), HOME, NOW);
        assertThat(changes).containsExactly(FieldChange.of("to", "2024-06", "2024-04"));
        assertThat(r.getTo()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(r.getState()).isEqualTo(ApplicationState.RETURNED);
        assertThat(r.getEvents())
                .last()
                .satisfies(e -> assertThat(e.getAction()).isEqualTo("AMEND"));
        // the return reason stays the latest return, an amendment is not one
        assertThat(r.lastReturn().getComment()).isEqualTo("months 5 and 6 are wrong");
        r.submit(new BigDecimal("80.00"), HOME, NOW);
        assertThat(r.getRevision()).isEqualTo(2);
        assertThat(r.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(code(() -> r.amendPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 2), HOME, NOW)))
                .isEqualTo("WRONG_STATE");
    }

    @Test
    @DisplayName("an amendment is checked like a new application and must change something")
    void amendChecked() {
        Application r = returned();
        assertThat(code(() -> r.amendPeriod(YearMonth.of(2024, 5), YearMonth.of(2024, 4), HOME, NOW)))
                .isEqualTo("INVALID_MONTH_RANGE");
        assertThat(code(() -> r.amendPeriod(null, YearMonth.of(2024, 4), HOME, NOW)))
                .isEqualTo("MONTH_REQUIRED");
        assertThat(code(() -> r.amendPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 6), HOME, NOW)))
                .isEqualTo("NOTHING_TO_AMEND");
        assertThat(code(() -> r.amendAsOf(TODAY, HOME, NOW))).isEqualTo("FIELD_NOT_FOR_KIND");
        assertThat(r.getFrom()).isEqualTo(YearMonth.of(2024, 1));
        assertThat(r.getTo()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(r.getEvents()).hasSize(3);

        Application c = Application.construction(7, LocalDate.of(2024, 12, 31), HOME, NOW);
        c.submit(new BigDecimal("11000.00"), HOME, NOW);
        c.returnBy(Reviewer.COUNTY, COUNTY, "bed 3 retired", NOW);
        assertThat(code(() -> c.amendAsOf(null, HOME, NOW))).isEqualTo("DATE_REQUIRED");
        assertThat(code(() -> c.amendPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 2), HOME, NOW)))
                .isEqualTo("FIELD_NOT_FOR_KIND");
        assertThat(c.amendAsOf(LocalDate.of(2025, 1, 31), HOME, NOW))
                .containsExactly(FieldChange.of("asOf", "2024-12-31", "2025-01-31"));
        assertThat(c.lastReturn().getComment()).isEqualTo("bed 3 retired");
        assertThat(draft().lastReturn()).isNull();
        assertThatThrownBy(() -> draft().amendAsOf(TODAY, HOME, NOW)).isInstanceOf(BusinessException.class);
    }
}
