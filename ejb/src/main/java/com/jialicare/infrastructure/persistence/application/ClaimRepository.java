package com.jialicare.infrastructure.persistence.application;

import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.subsidy.ResidentMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * What is "already claimed" (RULES.md §3.3, §4.6): the beds and resident-months held by an
 * application submitted and not returned ({@code claimed_bed}, {@code claimed_month}, written at
 * submission and released when an application is returned). The subsidy computations exclude those lines
 * with {@code ALREADY_CLAIMED}. One query per call, over all the homes asked for; runs in the caller's
 * transaction. Native SQL: the claims are not entities, only primary keys that make a second claim fail.
 */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext
    private EntityManager em;

    /** Beds of that home in an application submitted and not returned. */
    public Set<Long> claimedBedIds(long careHomeId) {
        return claimedBedIds(Set.of(careHomeId)).getOrDefault(careHomeId, Set.of());
    }

    /** Resident-months of that home's stays, in the range, in an application submitted and not returned. */
    public Set<ResidentMonth> claimedMonths(long careHomeId, YearMonth from, YearMonth to) {
        return claimedMonths(Set.of(careHomeId), from, to).getOrDefault(careHomeId, Set.of());
    }

    /** As {@link #claimedBedIds(long)} for many homes at once, by home id; homes with nothing claimed are missing. */
    public Map<Long, Set<Long>> claimedBedIds(Collection<Long> careHomeIds) {
        Map<Long, Set<Long>> result = new HashMap<>();
        if (careHomeIds.isEmpty()) {
            return result;
        }
        // The home through the application (which claims only its own home's beds), not through the bed: with
        // few or no claims PostgreSQL would still hash the whole bed table (160 ms at 400,000 beds).
        List<Object[]> rows = em.createNativeQuery(
                        "select a.care_home_id, c.bed_id from claimed_bed c "
                                + "join application a on a.id = c.application_id"
                                + homeFilter("a.care_home_id", careHomeIds),
                        Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return result;
    }

    /** As {@link #claimedMonths(long, YearMonth, YearMonth)} for many homes at once, by home id. */
    public Map<Long, Set<ResidentMonth>> claimedMonths(Collection<Long> careHomeIds, YearMonth from, YearMonth to) {
        Map<Long, Set<ResidentMonth>> result = new HashMap<>();
        if (careHomeIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery(
                        "select s.care_home_id, c.stay_id, c.month_start from claimed_month c "
                                + "join stay s on s.id = c.stay_id" + homeFilter("s.care_home_id", careHomeIds)
                                + (homeFilter("s.care_home_id", careHomeIds).isEmpty() ? " where" : " and")
                                + " c.month_start between ?1 and ?2",
                        Object[].class)
                .setParameter(1, from.atDay(1))
                .setParameter(2, to.atDay(1))
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>())
                    .add(new ResidentMonth(((Number) row[1]).longValue(), YearMonth.from(toLocalDate(row[2]))));
        }
        return result;
    }

    /**
     * A key claimed by a live application: the bed ({@code bedId}, {@code bedCode}) or the stay and month
     * ({@code stayId}, {@code residentId}, {@code month}), and which application holds it in which state.
     */
    public record ClaimedKey(
            long applicationId,
            String applicationState,
            Long bedId,
            String bedCode,
            Long stayId,
            Long residentId,
            YearMonth month) {}

    /** The home's beds claimed by a live application, by bed code (docs/RULES.md §3.3), at most {@code max}. */
    public List<ClaimedKey> claimedBeds(long careHomeId, int max) {
        List<Object[]> rows = em.createNativeQuery(
                        "select c.application_id, a.state, c.bed_id, b.code from claimed_bed c "
                                + "join application a on a.id = c.application_id join bed b on b.id = c.bed_id "
                                + "where a.care_home_id = ?1 order by b.code, c.bed_id",
                        Object[].class)
                .setParameter(1, careHomeId)
                .setMaxResults(max)
                .getResultList();
        return rows.stream()
                .map(r -> new ClaimedKey(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        null,
                        null,
                        null))
                .toList();
    }

    /** The home's resident-months in the range claimed by a live application (docs/RULES.md §4.6), at most {@code max}. */
    public List<ClaimedKey> claimedMonthKeys(long careHomeId, YearMonth from, YearMonth to, int max) {
        List<Object[]> rows = em.createNativeQuery(
                        "select c.application_id, a.state, c.stay_id, s.resident_id, c.month_start from claimed_month c "
                                + "join application a on a.id = c.application_id join stay s on s.id = c.stay_id "
                                + "where s.care_home_id = ?1 and c.month_start between ?2 and ?3 "
                                + "order by c.month_start, c.stay_id",
                        Object[].class)
                .setParameter(1, careHomeId)
                .setParameter(2, from.atDay(1))
                .setParameter(3, to.atDay(1))
                .setMaxResults(max)
                .getResultList();
        return rows.stream()
                .map(r -> new ClaimedKey(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        null,
                        null,
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(),
                        YearMonth.from(toLocalDate(r[4]))))
                .toList();
    }

    /**
     * Claims the eligible lines for the application; a line claimed already breaks a primary key (a Hibernate
     * {@code ConstraintViolationException}, answered 409 like any other). The claims go in two JDBC batches on the
     * transaction's connection, past the persistence context: a native query per claim made Hibernate dirty-check
     * every managed entity (the home's lines just persisted) before each insert — lines × claims — even when it
     * then flushed nothing; the benchmark's step 5 found submissions spending most of their time there. The
     * claims refer to the application, stays and beds only, all already stored.
     */
    public void claim(long applicationId, List<FrozenLine> lines) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement beds = connection.prepareStatement(
                            "insert into claimed_bed (bed_id, application_id) values (?, ?)");
                    PreparedStatement months = connection.prepareStatement(
                            "insert into claimed_month (stay_id, month_start, application_id) values (?, ?, ?)")) {
                int bedCount = 0;
                int monthCount = 0;
                for (FrozenLine l : lines) {
                    if (!l.isEligible()) {
                        continue;
                    }
                    if (l.getBedId() != null) {
                        beds.setLong(1, l.getBedId());
                        beds.setLong(2, applicationId);
                        beds.addBatch();
                        bedCount++;
                    } else {
                        months.setLong(1, l.getStayId());
                        months.setObject(2, l.getMonth());
                        months.setLong(3, applicationId);
                        months.addBatch();
                        monthCount++;
                    }
                }
                if (bedCount > 0) {
                    beds.executeBatch();
                }
                if (monthCount > 0) {
                    months.executeBatch();
                }
            }
        });
    }

    /** Releases the application's claims: a returned application's lines can be claimed again. */
    public void release(long applicationId) {
        em.createNativeQuery("delete from claimed_bed where application_id = ?1")
                .setParameter(1, applicationId)
                .executeUpdate();
        em.createNativeQuery("delete from claimed_month where application_id = ?1")
                .setParameter(1, applicationId)
                .executeUpdate();
    }

    /**
     * A filter on the homes: none when asked for many (the city-wide preview keeps only its homes' rows
     * anyway, and an IN list of thousands of ids is slower than reading the claims), an IN list otherwise.
     */
    private static String homeFilter(String column, Collection<Long> ids) {
        if (ids.size() > 500) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" where ").append(column).append(" in (");
        int i = 0;
        for (Long id : ids) {
            sb.append(i++ == 0 ? "" : ",").append(id.longValue());
        }
        return sb.append(')').toString();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
