package com.jialicare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.IdNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The generator's plan")
class PlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int TODAY_DAY = (int) TODAY.toEpochDay();
    private static Plan plan;

    @BeforeAll
    static void draw() {
        plan = Plan.draw(Scale.named("tiny"), 7, TODAY);
    }

    @Test
    @DisplayName("is the same data every time it is drawn from the same seed, scale and day")
    void deterministic() {
        Plan again = Plan.draw(Scale.named("tiny"), 7, TODAY);
        assertThat(again.summary()).isEqualTo(plan.summary());
        assertThat(Arrays.copyOf(again.stayAdmitted, again.stayCount))
                .isEqualTo(Arrays.copyOf(plan.stayAdmitted, plan.stayCount));
        assertThat(Arrays.copyOf(again.personIdNumber, again.personCount))
                .isEqualTo(Arrays.copyOf(plan.personIdNumber, plan.personCount));
        assertThat(Plan.draw(Scale.named("tiny"), 8, TODAY).summary()).isNotEqualTo(plan.summary());
    }

    @Test
    @DisplayName("has transfers, absences, discharges, people coming back and reassessments")
    void variety() {
        assertThat(plan.transferCount()).isPositive();
        assertThat(plan.absenceCount).isPositive();
        assertThat(plan.openStayCount()).isLessThan(plan.stayCount).isPositive();
        assertThat(plan.personCount).isLessThan(plan.stayCount);
        assertThat(plan.assessmentCount).isGreaterThan(plan.personCount);
        assertThat(plan.retiredBedCount()).isPositive();
    }

    @Test
    @DisplayName("gives valid, unique ID numbers and credit codes")
    void validCodes() {
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < plan.personCount; p++) {
            IdNumber id = IdNumber.of(plan.personIdNumber[p], clock);
            assertThat(id.birthDate()).isEqualTo(LocalDate.ofEpochDay(plan.personBirth[p]));
            assertThat(ids.add(plan.personIdNumber[p])).isTrue();
        }
        Set<String> codes = new HashSet<>();
        for (int h = 0; h < plan.homeCount; h++) {
            CreditCode.of(plan.homeCreditCode[h]);
            assertThat(codes.add(plan.homeCreditCode[h])).isTrue();
        }
    }

    @Test
    @DisplayName("is a history the registry's residency rules (§2) take, entered day by day")
    void keepsTheResidencyRules() {
        assertThat(plan.asHistory().run()).isGreaterThan(plan.stayCount);
    }

    @Test
    @DisplayName("at the city's size too")
    void keepsTheResidencyRulesAtCityScale() {
        Plan city = Plan.draw(Scale.named("city"), 20261128, TODAY);
        assertThat(city.asHistory().run()).isGreaterThan(city.stayCount);
    }

    @Test
    @DisplayName("never gives a person two stays at once, and the dead never come back")
    void peopleStayOnceAtATime() {
        List<List<Integer>> byPerson = new ArrayList<>();
        for (int p = 0; p < plan.personCount; p++) {
            byPerson.add(new ArrayList<>());
        }
        for (int s = 0; s < plan.stayCount; s++) {
            byPerson.get(plan.stayPerson[s]).add(s);
        }
        for (List<Integer> stays : byPerson) {
            stays.sort((x, y) -> Integer.compare(plan.stayAdmitted[x], plan.stayAdmitted[y]));
            for (int i = 1; i < stays.size(); i++) {
                int before = stays.get(i - 1);
                assertThat(plan.stayDischarged[before]).isNotEqualTo(Plan.NONE);
                assertThat(plan.stayReason[before]).isNotEqualTo((byte) Plan.DECEASED);
                assertThat(plan.stayDischarged[before]).isLessThanOrEqualTo(plan.stayAdmitted[stays.get(i)]);
            }
        }
    }

    @Test
    @DisplayName("dates nothing after today, and assesses everyone before or on their first admission")
    void nothingInTheFuture() {
        for (int s = 0; s < plan.stayCount; s++) {
            assertThat(plan.stayAdmitted[s]).isLessThanOrEqualTo(TODAY_DAY);
            if (plan.stayDischarged[s] != Plan.NONE) {
                assertThat(plan.stayDischarged[s])
                        .isLessThanOrEqualTo(TODAY_DAY)
                        .isGreaterThanOrEqualTo(plan.stayAdmitted[s]);
            }
        }
        for (int b = 0; b < plan.bedCount; b++) {
            assertThat(plan.bedCommissioned[b]).isLessThanOrEqualTo(TODAY_DAY);
        }
        int[] firstAssessment = new int[plan.personCount];
        Arrays.fill(firstAssessment, Integer.MAX_VALUE);
        Set<Long> personDays = new HashSet<>();
        for (int a = 0; a < plan.assessmentCount; a++) {
            int p = plan.assessmentPerson[a];
            assertThat(plan.assessmentOn[a]).isLessThanOrEqualTo(TODAY_DAY);
            assertThat(personDays.add(((long) p << 32) | plan.assessmentOn[a]))
                    .as("one assessment a day")
                    .isTrue();
            firstAssessment[p] = Math.min(firstAssessment[p], plan.assessmentOn[a]);
        }
        for (int p = 0; p < plan.personCount; p++) {
            assertThat(firstAssessment[p]).isLessThanOrEqualTo(plan.personFirstAdmitted[p]);
        }
    }
}
