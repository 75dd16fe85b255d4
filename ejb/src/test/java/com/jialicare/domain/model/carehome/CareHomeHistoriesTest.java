package com.jialicare.domain.model.carehome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.1–8.2: a home's dated facts, their changes, withdrawals and corrections. */
class CareHomeHistoriesTest {

    private static final LocalDate FILED = LocalDate.of(2021, 3, 1);
    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private static CareHome home() {
        return new CareHome(
                "Home",
                "91510000MA6CXXXX00",
                Ownership.PRIVATE,
                "511102",
                FILED,
                20,
                Premises.OWNED,
                null,
                null,
                Instant.parse("2021-03-05T00:00:00Z"));
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
    @DisplayName("§8.1 a new home's histories start with one entry each, from its filing day")
    void firstEntriesFromTheFilingDay() {
        CareHome h = home();
        assertThat(h.ownershipHistory().entries()).singleElement().satisfies(e -> {
            assertThat(e.effectiveOn()).isEqualTo(FILED);
            assertThat(e.value()).isEqualTo(Ownership.PRIVATE);
        });
        assertThat(h.filedBedsHistory().valueOn(FILED)).contains(20);
        assertThat(h.premisesHistory().valueOn(FILED)).contains(new PremisesTerm(Premises.OWNED, null));
        assertThat(h.getClosedOn()).isNull();
    }

    @Test
    @DisplayName("§8.1 a change adds an entry and today's values follow the latest entry")
    void changeKeepsTodaysValues() {
        CareHome h = home();
        assertThat(h.changeOwnership(D, Ownership.PUBLIC_BUILT_PRIVATE_RUN)).isEqualTo(Ownership.PRIVATE);
        assertThat(h.getOwnership()).isEqualTo(Ownership.PUBLIC_BUILT_PRIVATE_RUN);
        assertThat(h.ownershipHistory().valueOn(D.minusDays(1))).contains(Ownership.PRIVATE);
        assertThat(h.changeFiledBeds(D, 30)).isEqualTo(20);
        assertThat(h.getFiledBeds()).isEqualTo(30);
        h.changePremises(D, new PremisesTerm(Premises.LEASED, LocalDate.of(2040, 1, 1)));
        assertThat(h.getPremises()).isEqualTo(Premises.LEASED);
        assertThat(h.getLeaseEndsOn()).isEqualTo(LocalDate.of(2040, 1, 1));
    }

    @Test
    @DisplayName("§8.1 two changes of one fact on one day are refused: DUPLICATE_EFFECTIVE_DATE")
    void duplicateDay() {
        CareHome h = home();
        h.changeFiledBeds(D, 30);
        assertThat(code(() -> h.changeFiledBeds(D, 40))).isEqualTo("DUPLICATE_EFFECTIVE_DATE");
        assertThat(h.getFiledBeds()).isEqualTo(30);
    }

    @Test
    @DisplayName("§8.1 a filed capacity out of range and a lease without end are refused")
    void invalidValues() {
        CareHome h = home();
        assertThat(code(() -> h.changeFiledBeds(D, -1))).isEqualTo("INVALID_FILED_BEDS");
        assertThat(code(() -> h.changeFiledBeds(D, null))).isEqualTo("FILED_BEDS_REQUIRED");
        assertThat(code(() -> h.changeOwnership(D, null))).isEqualTo("OWNERSHIP_REQUIRED");
        assertThat(code(() -> new PremisesTerm(Premises.LEASED, null))).isEqualTo("LEASE_END_REQUIRED");
        assertThat(code(() -> new PremisesTerm(Premises.OWNED, D))).isEqualTo("LEASE_END_NOT_ALLOWED");
        assertThat(h.filedBedsHistory().entries()).hasSize(1);
    }

    @Test
    @DisplayName("§8.1 a closed home takes no admission or bed from its closing day: HOME_CLOSED")
    void closedHomeRefuses() {
        CareHome h = home();
        h.close(D);
        h.requireOpenOn(D.minusDays(1), "admittedOn");
        assertThatThrownBy(() -> h.requireOpenOn(D, "admittedOn"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("HOME_CLOSED");
        assertThat(code(() -> h.close(D.plusDays(3)))).isEqualTo("HOME_CLOSED");
    }

    @Test
    @DisplayName("§8.2 a change entered by mistake is withdrawn; the only entry is not: LAST_ENTRY")
    void withdraw() {
        CareHome h = home();
        h.changeOwnership(D, Ownership.PUBLIC);
        assertThat(h.withdraw(HomeFactKind.OWNERSHIP, D)).isEqualTo(Ownership.PUBLIC);
        assertThat(h.getOwnership()).isEqualTo(Ownership.PRIVATE);
        assertThat(code(() -> h.withdraw(HomeFactKind.OWNERSHIP, FILED))).isEqualTo("LAST_ENTRY");
        assertThat(code(() -> h.withdraw(HomeFactKind.FILED_BEDS, D))).isEqualTo("NO_SUCH_ENTRY");
        h.close(D);
        h.withdraw(HomeFactKind.CLOSED, D);
        assertThat(h.getClosedOn()).isNull();
    }

    @Test
    @DisplayName("§8.2 a history entry with a wrong value is corrected in place")
    void correctEntry() {
        CareHome h = home();
        assertThat(h.correctEntry(HomeFactKind.FILED_BEDS, FILED, null, null, 25))
                .isEqualTo(20);
        assertThat(h.filedBedsHistory().entries())
                .singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo(25));
        assertThat(h.getFiledBeds()).isEqualTo(25);
        assertThat(code(() -> h.correctEntry(HomeFactKind.CLOSED, FILED, null, null, null)))
                .isEqualTo("HISTORY_KIND_INVALID");
    }
}
