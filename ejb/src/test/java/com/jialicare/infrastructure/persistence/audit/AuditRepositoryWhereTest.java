package com.jialicare.infrastructure.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.audit.AuditFilter;
import com.jialicare.domain.model.audit.AuditFilter.Kind;
import com.jialicare.domain.model.audit.AuditFilter.Order;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit trail's filters as one query's conditions (docs/RULES.md §8, GET /api/audit). */
class AuditRepositoryWhereTest {

    private static final Caller CITY = new Caller(1, "c", Role.CITY_AUDITOR, null, null, null);
    private static final Caller HOME = new Caller(2, "h", Role.HOME_ADMIN, 7L, null, null);
    private static final Caller COUNTY = new Caller(3, "k", Role.COUNTY_AUDITOR, null, "511102", null);

    @Test
    @DisplayName("one record: its type and id, nothing else")
    void oneRecord() {
        assertThat(AuditRepository.where(CITY, AuditFilter.of("Stay", 4L, false))
                        .toString())
                .isEqualTo(" where (e.entityType = :type and e.entityId = :id)");
    }

    @Test
    @DisplayName("a resident with related records: their stays (in the caller's scope), absences and assessments")
    void residentRelated() {
        String city = AuditRepository.where(CITY, AuditFilter.of("Resident", 4L, true))
                .toString();
        assertThat(city)
                .contains(
                        "(e.entityType = :type and e.entityId = :id)",
                        "e.entityType = 'Stay' and e.entityId in (select s.id from Stay s where s.residentId = :id)",
                        "e.entityType = 'Absence'",
                        "e.entityType = 'Assessment'")
                .doesNotContain("scope");
        assertThat(AuditRepository.where(HOME, AuditFilter.of("Resident", 4L, true))
                        .toString())
                .contains("s.residentId = :id and s.careHomeId = :scopeHome");
        assertThat(AuditRepository.where(COUNTY, AuditFilter.of("Resident", 4L, true))
                        .toString())
                .contains("h.countyCode = :scopeCounty");
    }

    @Test
    @DisplayName("a home with related records: its beds; a stay: its absences; other types: themselves")
    void otherRelated() {
        assertThat(AuditRepository.where(CITY, AuditFilter.of("CareHome", 4L, true))
                        .toString())
                .contains("e.entityType = 'Bed' and e.entityId in (select b.id from Bed b where b.careHomeId = :id)");
        assertThat(AuditRepository.where(CITY, AuditFilter.of("Stay", 4L, true)).toString())
                .contains("e.entityType = 'Absence'");
        assertThat(AuditRepository.where(CITY, AuditFilter.of("User", 4L, true)).toString())
                .isEqualTo(" where (e.entityType = :type and e.entityId = :id)");
    }

    @Test
    @DisplayName(
            "every filter a condition: actor, action, days (to included), kind (a correction has a reason and no effective day: a change reported from a list has both); none for none")
    void filters() {
        AuditFilter f = new AuditFilter(
                null,
                null,
                false,
                "admin",
                "ADMITTED",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31),
                Kind.CORRECTION,
                Order.NEWEST_FIRST);
        assertThat(AuditRepository.where(CITY, f).toString())
                .isEqualTo(" where e.actor = :actor and e.action = :action and e.occurredAt >= :from"
                        + " and e.occurredAt < :until and e.reason is not null and e.effectiveOn is null");
        AuditFilter changes = new AuditFilter(null, null, false, null, null, null, null, Kind.CHANGE, null);
        assertThat(AuditRepository.where(CITY, changes).toString()).isEqualTo(" where e.effectiveOn is not null");
        assertThat(changes.order()).isEqualTo(Order.OLDEST_FIRST);
        assertThat(AuditRepository.where(CITY, new AuditFilter(null, null, false, null, null, null, null, null, null))
                        .toString())
                .isEmpty();
    }

    @Test
    @DisplayName("a county auditor's search over every record: their county's homes, beds, stays, residents...")
    void countySearch() {
        AuditFilter all = new AuditFilter(null, null, false, null, "ADMITTED", null, null, null, null);
        assertThat(AuditRepository.where(CITY, all).toString()).isEqualTo(" where e.action = :action");
        assertThat(AuditRepository.where(COUNTY, all).toString())
                .contains(
                        "e.entityType = 'CareHome'",
                        "e.entityType = 'Bed'",
                        "e.entityType = 'Stay'",
                        "e.entityType = 'Absence'",
                        "e.entityType = 'Application'",
                        "e.entityType = 'Resident'",
                        "e.entityType = 'Assessment'",
                        ":scopeCounty",
                        "e.action = :action");
        // one record's history is checked by the service, not narrowed again
        assertThat(AuditRepository.where(COUNTY, AuditFilter.of("Stay", 4L, false))
                        .toString())
                .doesNotContain("scopeCounty");
    }
}
