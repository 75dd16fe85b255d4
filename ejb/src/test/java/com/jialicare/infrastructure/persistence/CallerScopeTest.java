package com.jialicare.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The caller's scope as query conditions (RULES.md §7), for the roles that have one. */
class CallerScopeTest {

    private static Caller caller(Role role, Long home, String county, Set<Long> residents) {
        return new Caller(1, "u", role, home, county, residents);
    }

    @Test
    @DisplayName("the city's auditors and the administrator see every home and every resident: no condition")
    void cityWide() {
        for (Role role : new Role[] {Role.ADMIN, Role.CITY_AUDITOR}) {
            Caller c = caller(role, null, null, null);
            assertThat(CallerScope.homes(c, "h.id", "h.countyCode", new Where()).toString())
                    .isEmpty();
            assertThat(CallerScope.residents(c, "r", new Where()).toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("a home's administrator sees their own home, and the people it registered or housed")
    void homeAdministrator() {
        Caller c = caller(Role.HOME_ADMIN, 7L, null, null);
        Where homes = CallerScope.homes(c, "a.careHomeId", "h.countyCode", new Where());
        assertThat(homes.toString()).isEqualTo(" where a.careHomeId = :scopeHome");
        assertThat(homes.params()).isEqualTo(Map.of("scopeHome", 7L));
        Where residents = CallerScope.residents(c, "r", new Where());
        assertThat(residents.toString()).contains("r.registeredByHomeId = :scopeHome", "s.careHomeId = :scopeHome");
        assertThat(residents.params()).isEqualTo(Map.of("scopeHome", 7L));
    }

    @Test
    @DisplayName("a county auditor sees the county's homes, and the people those homes registered or housed")
    void countyAuditor() {
        Caller c = caller(Role.COUNTY_AUDITOR, null, "511102", null);
        Where homes = CallerScope.homes(c, "h.id", "h.countyCode", new Where());
        assertThat(homes.toString()).isEqualTo(" where h.countyCode = :scopeCounty");
        assertThat(homes.params()).isEqualTo(Map.of("scopeCounty", "511102"));
        assertThat(CallerScope.residents(c, "r", new Where()).toString())
                .contains("h.countyCode = :scopeCounty", "h.id = r.registeredByHomeId", "s.careHomeId = h.id");
    }

    @Test
    @DisplayName("a family member sees no home, and only the linked residents (none when no link is left)")
    void family() {
        Caller linked = caller(Role.FAMILY, null, null, Set.of(3L));
        assertThat(CallerScope.homes(linked, "h.id", "h.countyCode", new Where())
                        .toString())
                .isEqualTo(" where 1 = 0");
        Where residents = CallerScope.residents(linked, "r", new Where());
        assertThat(residents.toString()).isEqualTo(" where r.id in :scopeLinked");
        assertThat(residents.params()).isEqualTo(Map.of("scopeLinked", Set.of(3L)));
        assertThat(CallerScope.residents(caller(Role.FAMILY, null, null, Set.of()), "r", new Where())
                        .params())
                .isEqualTo(Map.of("scopeLinked", Set.of(-1L)));
    }

    @Test
    @DisplayName("the scope joins the conditions already there with and")
    void joinsConditions() {
        Where where = new Where().and("r.id in :ids", "ids", Set.of(1L));
        CallerScope.residents(caller(Role.FAMILY, null, null, Set.of(3L)), "r", where);
        assertThat(where.toString()).isEqualTo(" where r.id in :ids and r.id in :scopeLinked");
    }
}
