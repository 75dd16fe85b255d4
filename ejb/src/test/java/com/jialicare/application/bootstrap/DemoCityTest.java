package com.jialicare.application.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.bootstrap.DemoCity.AbsencePlan;
import com.jialicare.application.bootstrap.DemoCity.BedPlan;
import com.jialicare.application.bootstrap.DemoCity.Home;
import com.jialicare.application.bootstrap.DemoCity.Person;
import com.jialicare.application.bootstrap.DemoCity.StayPlan;
import com.jialicare.application.bootstrap.DemoNames.Feature;
import com.jialicare.domain.model.carehome.BedPlace;
import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.service.ResidencyReplay;
import com.jialicare.infrastructure.Clocks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The demo city")
class DemoCityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    @DisplayName("is the same city every time it is drawn for the same day")
    void deterministic() {
        assertThat(fingerprint(DemoCity.plan(TODAY))).isEqualTo(fingerprint(DemoCity.plan(TODAY)));
    }

    @ParameterizedTest(name = "today = {0}")
    @DisplayName("keeps the residency rules of §2 on any day")
    @ValueSource(strings = {"2026-11-28", "2026-02-28", "2027-01-01", "2028-02-29", "2031-07-15"})
    void residencyRules(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCity city = DemoCity.plan(today);

        // entered day by day through the registry's own rules (domain/service/Residency)
        assertThat(replay(city).run()).isGreaterThan(city.stays.size());
        assertEveryStayOfAPersonIsTheirs(city);
        assertNothingDatedInTheFuture(city, today);
    }

    @ParameterizedTest(name = "today = {0}")
    @DisplayName("has 2–4 homes per county, every ownership kind, valid codes and the homes the rules need")
    @ValueSource(strings = {"2026-11-28", "2027-01-01", "2031-07-15"})
    void homes(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCity city = DemoCity.plan(today);

        Map<LeshanCounty, Long> perCounty =
                city.homes.stream().collect(Collectors.groupingBy(h -> h.spec.county(), Collectors.counting()));
        assertThat(perCounty)
                .hasSize(11)
                .allSatisfy((county, n) -> assertThat(n).isBetween(2L, 4L));
        assertThat(city.homes.stream().map(h -> h.spec.ownership()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Ownership.class));
        assertThat(city.homes).allSatisfy(h -> {
            assertThat(CreditCode.of(h.creditCode).value()).isEqualTo(h.creditCode);
            assertThat(h.beds.size()).isBetween(10, h.spec.feature() == Feature.HOME_ACCOUNT ? 200 : 60);
            assertThat(h.filedOn).isBetween(today.minusYears(6), today.minusMonths(6));
            assertThat(h.beds).allSatisfy(b -> assertThat(b.commissionedOn).isBeforeOrEqualTo(today));
            assertThat(h.beds.stream().map(b -> b.code).distinct().count()).isEqualTo(h.beds.size());
        });
        assertThat(city.homes.stream().map(h -> h.creditCode).distinct().count())
                .isEqualTo(city.homes.size());
        assertThat(city.homeAccountHome.beds).hasSize(DemoCity.LARGE_HOME_BEDS); // a 200-bed home (issue #16)
        assertThat(city.homeAccountHome.beds)
                .allSatisfy(b -> assertThat(BedPlace.of(b.code, b.room).floor()).isNotEmpty());
        assertThat(city.homes)
                .filteredOn(h -> h.filedOn.isAfter(today.minusMonths(12)))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(city.homes)
                .filteredOn(h -> h.leaseEndsOn != null && h.leaseEndsOn.isBefore(today.plusYears(5)))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(city.homes)
                .filteredOn(h -> h.spec.ownership() == Ownership.PRIVATE
                        && h.beds.stream()
                                        .filter(b -> !b.commissionedOn.isBefore(DemoCity.POLICY_START)
                                                && b.retiredOn == null)
                                        .count()
                                > h.filedBeds)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(city.homes.stream().flatMap(h -> h.beds.stream()))
                .anyMatch(b -> b.commissionedOn.isBefore(DemoCity.POLICY_START))
                .anyMatch(b -> b.retiredOn != null);
    }

    @Test
    @DisplayName("has about 70% of beds occupied, a fifth of stays discharged and the mix of people the rules need")
    void shares() {
        DemoCity city = DemoCity.plan(TODAY);

        long inService = city.homes.stream()
                .flatMap(h -> h.beds.stream())
                .filter(b -> b.retiredOn == null)
                .count();
        long open = city.stays.stream().filter(StayPlan::isOpen).count();
        assertThat((double) open / inService).isBetween(0.62, 0.78);
        assertThat(share(city.stays, s -> !s.isOpen())).isBetween(0.15, 0.25);
        assertThat(share(city.stays, s -> s.transferredOn != null)).isBetween(0.10, 0.20);
        assertThat(share(city.stays, s -> !s.absences.isEmpty())).isBetween(0.15, 0.25);
        assertThat(city.stays)
                .filteredOn(s -> !s.isOpen())
                .extracting(s -> s.reason)
                .containsAll(EnumSet.allOf(DischargeReason.class));
        assertThat(share(city.people, p -> !p.hukou.startsWith("5111"))).isBetween(0.05, 0.15);
        assertThat(share(city.people, p -> p.stateSupported)).isBetween(0.03, 0.08);
        assertThat(city.people).anyMatch(p -> p.birthDate.isAfter(TODAY.minusYears(60)));
        assertThat(city.people).filteredOn(p -> p.stays.size() > 1).hasSizeGreaterThanOrEqualTo(5);
        assertThat(city.stays)
                .flatExtracting(s -> s.absences)
                .anyMatch(a -> a.until().isAfter(TODAY)) // a planned end
                .anyMatch(a -> a.from().getMonth() != a.until().minusDays(1).getMonth())
                .anyMatch(a -> a.until().toEpochDay() - a.from().toEpochDay() > 25);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(Clocks.ZONE).toInstant(), Clocks.ZONE);
        assertThat(city.people).allSatisfy(p -> {
            IdNumber id = IdNumber.of(p.idNumber, clock);
            assertThat(id.birthDate()).isEqualTo(p.birthDate);
            assertThat(id.ageOn(TODAY)).isBetween(55, 98);
            assertThat(p.assessments).hasSizeBetween(1, 3);
            assertThat(p.assessments.get(0).effectiveOn()).isBeforeOrEqualTo(p.stays.get(0).admittedOn);
            assertThat(p.assessments).allSatisfy(a -> assertThat(a.level()).isBetween(0, 4));
        });
        assertThat(city.people.stream().map(p -> p.idNumber).distinct().count()).isEqualTo(city.people.size());
    }

    @Test
    @DisplayName("has a home account's home in 市中区 and a family member there for more than six months")
    void accounts() {
        DemoCity city = DemoCity.plan(TODAY);

        assertThat(city.homeAccountHome.spec.county()).isEqualTo(LeshanCounty.SHIZHONG);
        assertThat(city.homeAccountHome.spec.ownership()).isEqualTo(Ownership.PRIVATE);
        assertThat(city.home2AccountHome.spec.county()).isEqualTo(LeshanCounty.EMEISHAN);
        StayPlan familyStay = city.familyMember.stays.get(city.familyMember.stays.size() - 1);
        assertThat(familyStay.home).isSameAs(city.homeAccountHome);
        assertThat(familyStay.isOpen()).isTrue();
        assertThat(familyStay.admittedOn).isBefore(TODAY.minusMonths(6));
        assertThat(city.familyMember.hukou).startsWith("5111");
    }

    /** The demo city's stays, beds and absences as a registry history of people, beds and homes by number. */
    static ResidencyReplay replay(DemoCity city) {
        ResidencyReplay replay = new ResidencyReplay(city.today);
        Map<BedPlan, Long> bedIds = new IdentityHashMap<>();
        Map<Person, Long> personIds = new IdentityHashMap<>();
        for (int h = 0; h < city.homes.size(); h++) {
            for (BedPlan b : city.homes.get(h).beds) {
                long id = bedIds.size() + 1L;
                bedIds.put(b, id);
                replay.bed(id, h, b.code, b.commissionedOn, b.retiredOn);
            }
        }
        city.people.forEach(p -> personIds.put(p, personIds.size() + 1L));
        for (StayPlan s : city.stays) {
            replay.stay(
                    personIds.get(s.person),
                    bedIds.get(s.bed),
                    s.admittedOn,
                    s.nextBed == null ? null : bedIds.get(s.nextBed),
                    s.transferredOn,
                    s.dischargedOn,
                    s.reason,
                    s.absences.stream()
                            .map(a -> new LocalDate[] {a.from(), a.until()})
                            .toList());
        }
        return replay;
    }

    /** Every stay belongs to a person of the city, and a person's later stay is in another home. */
    private static void assertEveryStayOfAPersonIsTheirs(DemoCity city) {
        Set<Person> people = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        people.addAll(city.people);
        for (StayPlan s : city.stays) {
            assertThat(people).contains(s.person);
            assertThat(s.person.stays).contains(s);
            assertThat(s.home.beds).containsOnlyOnce(s.bed);
        }
        for (Person p : city.people) {
            for (int i = 1; i < p.stays.size(); i++) {
                assertThat(p.stays.get(i).home).isNotSameAs(p.stays.get(i - 1).home);
            }
        }
    }

    private static void assertNothingDatedInTheFuture(DemoCity city, LocalDate today) {
        for (Home h : city.homes) {
            assertThat(h.filedOn).isBeforeOrEqualTo(today);
        }
        for (StayPlan s : city.stays) {
            assertThat(s.admittedOn).isBeforeOrEqualTo(today).isAfterOrEqualTo(today.minusMonths(24));
            if (s.transferredOn != null) {
                assertThat(s.transferredOn).isBeforeOrEqualTo(today);
            }
            if (!s.isOpen()) {
                assertThat(s.dischargedOn).isBeforeOrEqualTo(today).isAfter(s.admittedOn);
                assertThat(s.reason).isNotNull();
            }
            for (AbsencePlan a : s.absences) {
                assertThat(a.from()).isBeforeOrEqualTo(today);
                if (a.until().isAfter(today)) {
                    assertThat(s.isOpen())
                            .as("only an open stay's absence may end in the future")
                            .isTrue();
                }
            }
        }
        for (Person p : city.people) {
            assertThat(p.assessments)
                    .allSatisfy(a -> assertThat(a.effectiveOn()).isBeforeOrEqualTo(today));
        }
    }

    private static <T> double share(List<T> list, java.util.function.Predicate<T> p) {
        return (double) list.stream().filter(p).count() / list.size();
    }

    /** Everything drawn, as text: equal fingerprints mean equal cities. */
    private static String fingerprint(DemoCity city) {
        StringBuilder s = new StringBuilder(city.summary());
        Set<String> seen = new HashSet<>();
        for (Home h : city.homes) {
            s.append(h.creditCode)
                    .append(h.filedOn)
                    .append(h.filedBeds)
                    .append(h.leaseEndsOn)
                    .append(h.address);
            h.beds.forEach(b -> s.append(b.code).append(b.commissionedOn).append(b.retiredOn));
        }
        for (StayPlan st : city.stays) {
            s.append(st.person.idNumber)
                    .append(st.person.name)
                    .append(st.admittedOn)
                    .append(st.bed.code)
                    .append(st.transferredOn)
                    .append(st.dischargedOn)
                    .append(st.reason)
                    .append(st.absences);
            seen.add(st.person.idNumber);
        }
        city.people.forEach(p -> s.append(p.assessments));
        return s.append(seen.size()).append(city.familyMember.idNumber).toString();
    }

    @Test
    @DisplayName(
            "has a 200-bed home in buildings and floors, about two thirds full today; every home has an address and a phone")
    void largeHomeAndContacts() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        DemoCity city = DemoCity.plan(today);

        Home large = city.homes.stream()
                .filter(h -> h.beds.size() >= 200)
                .findFirst()
                .orElseThrow();
        Set<String> buildings = large.beds.stream()
                .map(b -> BedPlace.of(b.code, b.room).building())
                .collect(Collectors.toSet());
        Set<String> floors = large.beds.stream()
                .map(b -> BedPlace.of(b.code, b.room))
                .map(p -> p.building() + p.floor())
                .collect(Collectors.toSet());
        long inService = large.beds.stream().filter(b -> b.retiredOn == null).count();
        long occupiedToday = city.stays.stream()
                .filter(s -> s.home == large && s.dischargedOn == null)
                .count();
        assertThat(buildings).hasSizeGreaterThanOrEqualTo(2);
        assertThat(floors).hasSizeGreaterThanOrEqualTo(5);
        assertThat((double) occupiedToday / inService).isBetween(0.55, 0.85);

        assertThat(city.homes).allSatisfy(h -> {
            assertThat(h.address).startsWith("四川省乐山市");
            assertThat(h.phone).matches("0833-[2-9]\\d{6}");
        });
    }
}
