package com.jialicare.infrastructure.persistence.subsidy;

import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.subsidy.Assessment;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.DateRange;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.StayFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the facts the subsidy calculators need, set-based: a fixed number of queries whether the
 * computation covers one home or the whole city (never one per home, bed, resident or month). Projections
 * only, so nothing is loaded into the persistence context. Runs in the caller's transaction.
 * <ul>
 * <li>{@link #homes}: 1 query;</li>
 * <li>{@link #beds}: 1 query;</li>
 * <li>{@link #operatingFacts}: 3 queries (stays joined with their residents; the stays' absences; the
 * residents' assessments).</li>
 * </ul>
 */
@ApplicationScoped
public class SubsidyFactsRepository {

    /** Which homes' facts to read: one home, one county's, or the whole city. */
    public record HomeSelection(Long careHomeId, String countyCode) {

        public static HomeSelection home(long careHomeId) {
            return new HomeSelection(careHomeId, null);
        }

        /** A county's homes, or the whole city's when {@code countyCode} is null. */
        public static HomeSelection county(String countyCode) {
            return new HomeSelection(null, countyCode);
        }

        /**
         * JPQL condition on a home id path, with its parameter ({@code :home} or {@code :county}); null for
         * the whole city.
         */
        String condition(String homeIdPath) {
            if (careHomeId != null) {
                return homeIdPath + " = :home";
            }
            if (countyCode != null) {
                return homeIdPath + " in (select ch.id from CareHome ch where ch.countyCode = :county)";
            }
            return null;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (careHomeId != null) {
                query.setParameter("home", careHomeId);
            } else if (countyCode != null) {
                query.setParameter("county", countyCode);
            }
            return query;
        }
    }

    /** A home as the subsidies see it: its facts plus what a preview shows. */
    public record HomeRow(long careHomeId, String name, String countyCode, HomeFacts facts) {

        public static HomeRow of(CareHome h) {
            return new HomeRow(h.getId(), h.getName(), h.getCountyCode(), new HomeFacts(h.getId(), h.getOwnership(),
                    h.getFiledOn(), h.getFiledBeds(), h.getPremises(), h.getLeaseEndsOn()));
        }
    }

    /** The stays of the selected homes overlapping a range, by home, and their residents by id. */
    public record OperatingFacts(Map<Long, List<StayFacts>> staysByHome, Map<Long, ResidentFacts> residents) {

        public List<StayFacts> staysOf(long careHomeId) {
            return staysByHome.getOrDefault(careHomeId, List.of());
        }
    }

    /** A stay overlapping {@code [:start, :end)}. */
    private static final String STAY_IN_RANGE = "s.admittedOn < :end and (s.dischargedOn is null or s.dischargedOn > :start)";

    @PersistenceContext
    private EntityManager em;

    /** The homes of a county, or of the whole city when {@code countyCode} is null, by county, name and id. */
    public List<HomeRow> homes(String countyCode) {
        TypedQuery<CareHome> query = em.createQuery("select h from CareHome h"
                + where(countyCode == null ? null : "h.countyCode = :county") + " order by h.countyCode, h.name, h.id",
                CareHome.class);
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        return query.getResultStream().map(HomeRow::of).toList();
    }

    /** Every bed of the selected homes, whatever its dates, by home id. */
    public Map<Long, List<BedFacts>> beds(HomeSelection selection) {
        List<Object[]> rows = selection.bind(em.createQuery("select b.careHomeId, b.id, b.code, b.commissionedOn, "
                + "b.retiredOn from Bed b" + where(selection.condition("b.careHomeId")), Object[].class))
                .getResultList();
        Map<Long, List<BedFacts>> byHome = new HashMap<>();
        for (Object[] r : rows) {
            byHome.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new BedFacts((Long) r[1], (String) r[2], (LocalDate) r[3], (LocalDate) r[4]));
        }
        return byHome;
    }

    /**
     * The stays of the selected homes that cover a day of {@code [start, end)}, with their absences in
     * that range, and their residents with every assessment (the level on a day before the first
     * assessment falls back to the earliest one, so none can be left out by date).
     */
    public OperatingFacts operatingFacts(HomeSelection selection, LocalDate start, LocalDate end) {
        String stayWhere = where(selection.condition("s.careHomeId"), STAY_IN_RANGE);

        List<Object[]> stayRows = range(selection.bind(em.createQuery("select s.careHomeId, s.id, s.residentId, "
                + "s.admittedOn, s.dischargedOn, r.birthDate, r.hukouCode, r.stateSupported "
                + "from Stay s join Resident r on r.id = s.residentId" + stayWhere, Object[].class)), start, end)
                .getResultList();
        if (stayRows.isEmpty()) {
            return new OperatingFacts(Map.of(), Map.of());
        }

        Map<Long, List<DateRange>> absences = new HashMap<>();
        for (Object[] r : range(selection.bind(em.createQuery("select a.stay.id, a.fromOn, a.untilOn "
                + "from Absence a join a.stay s" + stayWhere + " and a.fromOn < :end and a.untilOn > :start",
                Object[].class)), start, end).getResultList()) {
            absences.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new DateRange((LocalDate) r[1], (LocalDate) r[2]));
        }

        Map<Long, List<Assessment>> assessments = new HashMap<>();
        for (Object[] r : range(selection.bind(em.createQuery("select a.resident.id, a.level, a.effectiveOn "
                + "from Assessment a where a.resident.id in (select s.residentId from Stay s" + stayWhere + ")",
                Object[].class)), start, end).getResultList()) {
            assessments.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new Assessment(CapabilityLevel.of((Integer) r[1]), (LocalDate) r[2]));
        }

        Map<Long, List<StayFacts>> staysByHome = new HashMap<>();
        Map<Long, ResidentFacts> residents = new HashMap<>();
        for (Object[] r : stayRows) {
            long stayId = (Long) r[1];
            long residentId = (Long) r[2];
            staysByHome.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new StayFacts(stayId, residentId,
                    (LocalDate) r[3], (LocalDate) r[4], absences.getOrDefault(stayId, List.of())));
            residents.computeIfAbsent(residentId, id -> new ResidentFacts(id, (LocalDate) r[5], (String) r[6],
                    (Boolean) r[7], assessments.getOrDefault(id, List.of())));
        }
        return new OperatingFacts(staysByHome, residents);
    }

    /** " where " and the conditions joined by "and", leaving out nulls; empty when none is left. */
    private static String where(String... conditions) {
        String joined = Stream.of(conditions).filter(Objects::nonNull).collect(Collectors.joining(" and "));
        return joined.isEmpty() ? "" : " where " + joined;
    }

    private static <T> TypedQuery<T> range(TypedQuery<T> query, LocalDate start, LocalDate end) {
        return query.setParameter("start", start).setParameter("end", end);
    }
}
