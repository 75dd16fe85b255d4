package com.jialicare.domain.model.application;

import static com.jialicare.domain.model.application.ReviewAction.AMEND;
import static com.jialicare.domain.model.application.ReviewAction.APPROVE;
import static com.jialicare.domain.model.application.ReviewAction.DECIDE_OBJECTIONS;
import static com.jialicare.domain.model.application.ReviewAction.PAY;
import static com.jialicare.domain.model.application.ReviewAction.RETURN;
import static com.jialicare.domain.model.application.ReviewAction.START_NOTICE;
import static com.jialicare.domain.model.application.ReviewAction.SUBMIT;
import static com.jialicare.domain.model.application.ReviewAction.WITHDRAW;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULES.md §6: who may do what in which state — the one answer the screens and the API show. */
@DisplayName("Application.actionsFor: the actions open to a role on a day")
class ApplicationActionsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Actor HOME = new Actor(1, "home");
    private static final Actor COUNTY = new Actor(2, "county");
    private static final Actor CITY = new Actor(3, "city");

    private static Application draft() {
        return Application.operating(7, YearMonth.of(2024, 1), YearMonth.of(2024, 12), HOME, NOW);
    }

    private static Application submitted() {
        Application a = draft();
        a.submit(new BigDecimal("100.00"), HOME, NOW);
        return a;
    }

    private static Application underNotice() {
        Application a = submitted();
        a.approveByCounty(COUNTY, "ok", NOW);
        a.startNotice(TODAY, null, 7, CITY, NOW);
        return a;
    }

    @Test
    @DisplayName("§6.1 the home submits a draft or a returned application; nobody else may")
    void homeSubmits() {
        assertThat(draft().actionsFor(Role.HOME_ADMIN, 1, TODAY, false)).containsExactlyInAnyOrder(SUBMIT, WITHDRAW);
        Application returned = submitted();
        returned.returnBy(Reviewer.COUNTY, COUNTY, "wrong hukou", NOW);
        assertThat(returned.actionsFor(Role.HOME_ADMIN, 1, TODAY, false))
                .containsExactlyInAnyOrder(SUBMIT, WITHDRAW, AMEND);
        assertThat(submitted().actionsFor(Role.HOME_ADMIN, 1, TODAY, false)).isEmpty();
        assertThat(draft().actionsFor(Role.COUNTY_AUDITOR, 2, TODAY, false)).isEmpty();
        assertThat(draft().actionsFor(Role.FAMILY, 9, TODAY, false)).isEmpty();
        assertThat(draft().actionsFor(Role.ADMIN, 9, TODAY, false)).isEmpty();
    }

    @Test
    @DisplayName("§6.2 the county approves or returns a submitted application, the city does not")
    void countyReviews() {
        assertThat(submitted().actionsFor(Role.COUNTY_AUDITOR, 2, TODAY, false))
                .containsExactlyInAnyOrder(APPROVE, RETURN);
        assertThat(submitted().actionsFor(Role.CITY_AUDITOR, 3, TODAY, false)).isEmpty();
    }

    @Test
    @DisplayName("§6.7 four eyes: the county auditor who submitted may return it but not approve it")
    void fourEyesAtCounty() {
        assertThat(submitted().actionsFor(Role.COUNTY_AUDITOR, 1, TODAY, false)).containsExactly(RETURN);
    }

    @Test
    @DisplayName("§6.3 the city starts the notice of a county-approved application, or returns it")
    void cityStartsTheNotice() {
        Application a = submitted();
        a.approveByCounty(COUNTY, "ok", NOW);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY, false)).containsExactlyInAnyOrder(START_NOTICE, RETURN);
        assertThat(a.actionsFor(Role.COUNTY_AUDITOR, 2, TODAY, false)).isEmpty();
    }

    @Test
    @DisplayName(
            "§6.4 approval is offered only once the notice has ended, with no objection undecided, to someone who approved nothing before")
    void cityApprovesAfterTheNotice() {
        Application a = underNotice();
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY.plusDays(6), false))
                .as("during the notice")
                .containsExactlyInAnyOrder(RETURN, DECIDE_OBJECTIONS);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY.plusDays(7), false))
                .as("after it")
                .containsExactlyInAnyOrder(APPROVE, RETURN, DECIDE_OBJECTIONS);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY.plusDays(7), true))
                .as("objections undecided")
                .containsExactlyInAnyOrder(RETURN, DECIDE_OBJECTIONS);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 2, TODAY.plusDays(7), false))
                .as("the county's approver")
                .containsExactlyInAnyOrder(RETURN, DECIDE_OBJECTIONS);
    }

    @Test
    @DisplayName("§6.5 the city records the payment of a city-approved application; a paid one has nothing left")
    void cityPays() {
        Application a = underNotice();
        a.approveByCity(CITY, "ok", TODAY.plusDays(7), false, NOW);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY.plusDays(7), false)).containsExactly(PAY);
        a.pay(TODAY.plusDays(8), new BigDecimal("100.00"), "V-1", CITY, NOW);
        assertThat(a.actionsFor(Role.CITY_AUDITOR, 3, TODAY.plusDays(8), false)).isEmpty();
        assertThat(a.actionsFor(Role.HOME_ADMIN, 1, TODAY.plusDays(8), false)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "day +{0}, objections pending {1}, user {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "0, false, 3",
        "6, false, 3",
        "7, false, 3",
        "30, false, 3",
        "7, true, 3",
        "7, false, 2",
        "7, false, 1",
        "3, true, 2"
    })
    @DisplayName("issue #16: approval is offered exactly when the city's approval would succeed now")
    void approveOfferedIffItSucceeds(int day, boolean pending, long userId) {
        Application a = underNotice();
        LocalDate on = TODAY.plusDays(day);
        boolean offered = a.actionsFor(Role.CITY_AUDITOR, userId, on, pending).contains(APPROVE);
        boolean succeeds;
        try {
            a.approveByCity(new Actor(userId, "u" + userId), null, on, pending, NOW);
            succeeds = true;
        } catch (com.jialicare.domain.model.shared.BusinessException e) {
            succeeds = false;
        }
        assertThat(offered).isEqualTo(succeeds);
    }
}
