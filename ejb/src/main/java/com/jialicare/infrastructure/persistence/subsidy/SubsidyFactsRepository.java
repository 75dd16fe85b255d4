package com.jialicare.infrastructure.persistence.subsidy;

import com.jialicare.domain.model.carehome.BedOutage;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.carehome.HomeFactKind;
import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.Assessment;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.DateRange;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.StayFacts;
import com.jialicare.infrastructure.persistence.Predicates;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Reads the facts the subsidy calculators need, set-based: a fixed number of queries whether the
 * computation covers one home or the whole city (never one per home, bed, resident or month). Projections
 * only, so nothing is loaded into the persistence context. Runs in the caller's transaction.
 * <ul>
 * <li>{@link #homes}: 1 query;</li>
 * <li>{@link #beds}: 2 queries (the beds, their past outages); {@link #bedsThatCanCount}: 1 query;</li>
 * <li>{@link #operatingFacts}: 5 queries (stays joined with their residents; the stays' absences; the
 * residents' assessments, hukou history and state-support history, live entries only).</li>
 * </ul>
 */
@ApplicationScoped
public class SubsidyFactsRepository {

    /**
     * Which homes' facts to read: one home, or one county's or the whole city's homes, optionally only those
     * of some ownerships that were filed by a day (the others can have no eligible line, so a preview need
     * not read their facts).
     */
    public record HomeSelection(Long careHomeId, String countyCode, Set<Ownership> ownerships, LocalDate filedBy) {

        public static HomeSelection home(long careHomeId) {
            return new HomeSelection(careHomeId, null, null, null);
        }

        /** A county's homes, or the whole city's when {@code countyCode} is null. */
        public static HomeSelection county(String countyCode) {
            return new HomeSelection(null, countyCode, null, null);
        }

        /** Only the homes of these ownerships filed on or before {@code day}. */
        public HomeSelection ownedAsAndFiledBy(Set<Ownership> owned, LocalDate day) {
            return new HomeSelection(careHomeId, countyCode, Set.copyOf(owned), day);
        }

        /**
         * JPQL condition on a home id path, with its parameters ({@code :home}, {@code :county},
         * {@code :ownerships}, {@code :filedBy}); null for the whole city.
         */
        String condition(String homeIdPath) {
            if (careHomeId != null) {
                return homeIdPath + " = :home";
            }
            List<String> home = new ArrayList<>();
            if (countyCode != null) {
                home.add("ch.countyCode = :county");
            }
            if (ownerships != null) {
                // owned so on SOME day (docs/RULES.md §8.1): a superset of the homes owned so on the day a rule
                // reads; the calculators decide on the day itself (HomeFacts.on)
                home.add(
                        ownerships.isEmpty()
                                ? "1 = 0"
                                : "(ch.ownership in :ownerships or ch.id in (select fh.id from CareHome fh "
                                        + "join fh.facts ff where ff.ownership in :ownerships))");
            }
            if (filedBy != null) {
                home.add("ch.filedOn <= :filedBy");
            }
            return home.isEmpty()
                    ? null
                    : homeIdPath + " in (select ch.id from CareHome ch where " + String.join(" and ", home) + ")";
        }

        /** The same condition in SQL over the tables, its parameters appended to {@code params} (?1, ?2 …). */
        String nativeCondition(String homeIdColumn, List<Object> params) {
            if (careHomeId != null) {
                params.add(careHomeId);
                return homeIdColumn + " = ?" + params.size();
            }
            List<String> home = new ArrayList<>();
            if (countyCode != null) {
                params.add(countyCode);
                home.add("ch.county_code = ?" + params.size());
            }
            if (ownerships != null) {
                // as condition(): owned so today or on any day of the history (care_home_fact, V9)
                if (ownerships.isEmpty()) {
                    home.add("1 = 0");
                } else {
                    String today = "ch.ownership in (" + inList(ownerships, params) + ")";
                    String ever = "exists (select 1 from care_home_fact ff where ff.care_home_id = ch.id "
                            + "and ff.ownership in (" + inList(ownerships, params) + "))";
                    home.add("(" + today + " or " + ever + ")");
                }
            }
            if (filedBy != null) {
                params.add(filedBy);
                home.add("ch.filed_on <= ?" + params.size());
            }
            return home.isEmpty()
                    ? null
                    : homeIdColumn + " in (select ch.id from care_home ch where " + String.join(" and ", home) + ")";
        }

        private static String inList(Set<Ownership> ownerships, List<Object> params) {
            List<String> in = new ArrayList<>();
            for (Ownership o : ownerships) {
                params.add(o.name());
                in.add("?" + params.size());
            }
            return String.join(", ", in);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (careHomeId != null) {
                return query.setParameter("home", careHomeId);
            }
            if (countyCode != null) {
                query.setParameter("county", countyCode);
            }
            if (ownerships != null && !ownerships.isEmpty()) {
                query.setParameter("ownerships", ownerships);
            }
            if (filedBy != null) {
                query.setParameter("filedBy", filedBy);
            }
            return query;
        }
    }

    /** A home as the subsidies see it: its facts plus what a preview shows. */
    public record HomeRow(long careHomeId, String name, String countyCode, HomeFacts facts) {

        public static HomeRow of(CareHome h) {
            return new HomeRow(
                    h.getId(),
                    h.getName(),
                    h.getCountyCode(),
                    HomeFacts.of(
                            h.getId(),
                            h.getFiledOn(),
                            h.getClosedOn(),
                            new HomeFacts.Histories(h.ownershipHistory(), h.premisesHistory(), h.filedBedsHistory())));
        }
    }

    /** The stays of the selected homes overlapping a range, by home, and their residents by id. */
    public record OperatingFacts(Map<Long, List<StayFacts>> staysByHome, Map<Long, ResidentFacts> residents) {

        public List<StayFacts> staysOf(long careHomeId) {
            return staysByHome.getOrDefault(careHomeId, List.of());
        }
    }

    /** A stay overlapping {@code [:start, :end)}. */
    private static final String STAY_IN_RANGE =
            "s.admittedOn < :end and (s.dischargedOn is null or s.dischargedOn > :start)";

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/JialiDS")
    private DataSource dataSource;

    /**
     * The homes of a county, or of the whole city when {@code countyCode} is null, by county, name and id, each
     * with its dated histories (docs/RULES.md §8.1): 2 queries.
     */
    public List<HomeRow> homes(String countyCode) {
        // the columns only, not CareHome entities: nothing for the persistence context to hold and flush
        TypedQuery<Object[]> query = em.createQuery(
                "select h.id, h.name, h.countyCode, h.ownership, h.filedOn, "
                        + "h.filedBeds, h.premises, h.leaseEndsOn, h.closedOn from CareHome h"
                        + where(countyCode == null ? null : "h.countyCode = :county")
                        + " order by h.countyCode, h.name, h.id",
                Object[].class);
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, HistoryRows> histories = histories(countyCode);
        return rows.stream()
                .map(r -> {
                    long id = (Long) r[0];
                    HistoryRows h = histories.getOrDefault(id, new HistoryRows());
                    LocalDate filedOn = (LocalDate) r[4];
                    // a home without rows of a fact (never written so by the application): today's value throughout
                    LocalDate first = filedOn != null ? filedOn : LocalDate.of(2000, 1, 1);
                    HomeFacts.Histories histories1 = new HomeFacts.Histories(
                            h.ownership.isEmpty()
                                    ? DatedHistory.starting(first, (Ownership) r[3])
                                    : DatedHistory.of(h.ownership),
                            h.premises.isEmpty()
                                    ? DatedHistory.starting(first, new PremisesTerm((Premises) r[6], (LocalDate) r[7]))
                                    : DatedHistory.of(h.premises),
                            h.filedBeds.isEmpty()
                                    ? DatedHistory.starting(first, ((Number) r[5]).intValue())
                                    : DatedHistory.of(h.filedBeds));
                    return new HomeRow(
                            id, (String) r[1], (String) r[2], HomeFacts.of(id, filedOn, (LocalDate) r[8], histories1));
                })
                .toList();
    }

    /** The entries of the homes' dated facts, by kind. */
    private static final class HistoryRows {
        final List<DatedHistory.Entry<Ownership>> ownership = new ArrayList<>();
        final List<DatedHistory.Entry<PremisesTerm>> premises = new ArrayList<>();
        final List<DatedHistory.Entry<Integer>> filedBeds = new ArrayList<>();
    }

    private Map<Long, HistoryRows> histories(String countyCode) {
        TypedQuery<Object[]> query = em.createQuery(
                "select h.id, f.kind, f.effectiveOn, f.ownership, f.premises, f.leaseEndsOn, f.filedBeds "
                        + "from CareHome h join h.facts f"
                        + where(countyCode == null ? null : "h.countyCode = :county"),
                Object[].class);
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        Map<Long, HistoryRows> byHome = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            HistoryRows h = byHome.computeIfAbsent((Long) r[0], k -> new HistoryRows());
            LocalDate on = (LocalDate) r[2];
            switch ((HomeFactKind) r[1]) {
                case OWNERSHIP -> h.ownership.add(new DatedHistory.Entry<>(on, (Ownership) r[3]));
                case PREMISES ->
                    h.premises.add(new DatedHistory.Entry<>(on, new PremisesTerm((Premises) r[4], (LocalDate) r[5])));
                case FILED_BEDS -> h.filedBeds.add(new DatedHistory.Entry<>(on, ((Number) r[6]).intValue()));
                default -> {
                    // CLOSED: care_home.closed_on holds its day
                }
            }
        }
        return byHome;
    }

    /** Every bed of the selected homes, whatever its dates, by home id. */
    public Map<Long, List<BedFacts>> beds(HomeSelection selection) {
        List<Object[]> rows = selection
                .bind(em.createQuery(
                        "select b.careHomeId, b.id, b.code, b.commissionedOn, " + "b.retiredOn from Bed b"
                                + where(selection.condition("b.careHomeId")),
                        Object[].class))
                .getResultList();
        Map<Long, List<BedOutage>> outages = outages(selection);
        Map<Long, List<BedFacts>> byHome = new HashMap<>();
        for (Object[] r : rows) {
            byHome.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new BedFacts(
                            (Long) r[1],
                            (String) r[2],
                            (LocalDate) r[3],
                            (LocalDate) r[4],
                            outages.getOrDefault((Long) r[1], List.of())));
        }
        return byHome;
    }

    /** The past outages (RULES.md §8.1) of the selected homes' beds, by bed, oldest first; most beds have none. */
    private Map<Long, List<BedOutage>> outages(HomeSelection selection) {
        Map<Long, List<BedOutage>> byBed = new HashMap<>();
        selection
                .bind(em.createQuery(
                        "select b.id, o from Bed b join b.outages o" + where(selection.condition("b.careHomeId"))
                                + " order by b.id, o.fromDay",
                        Object[].class))
                .getResultStream()
                .forEach(r -> byBed.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((BedOutage) r[1]));
        return byBed;
    }

    /**
     * The beds of the selected homes that can count in a construction preview as of {@code asOf}, the SQL form of
     * {@code ConstructionSubsidyCalculator.canCount} (PreviewEqualsFullCalculationIT proves they agree): commissioned
     * from {@code policyStart} to {@code asOf} and in service on {@code asOf}, and every bed already claimed
     * (claims use up filed capacity whatever the bed's dates). From these the calculator gives the same
     * eligible beds and total as from all of a home's beds (the others could only be excluded, and never fill
     * capacity), so a city-wide preview reads a fraction of the beds: 39,000 of the province's 400,000. Native
     * SQL because the claims are not an entity; portable to H2.
     */
    public Map<Long, List<BedFacts>> bedsThatCanCount(HomeSelection selection, LocalDate policyStart, LocalDate asOf) {
        List<Object> params = new ArrayList<>();
        String homes = selection.nativeCondition("b.care_home_id", params);
        params.add(policyStart);
        params.add(asOf);
        params.add(asOf);
        params.add(asOf);
        params.add(asOf);
        int n = params.size();
        String sql = "select b.care_home_id, b.id, b.code, b.commissioned_on, b.retired_on from bed b"
                + where(
                        homes,
                        "(b.commissioned_on >= ?" + (n - 4) + " and b.commissioned_on <= ?" + (n - 3)
                                + " and " + Predicates.bedNotRetiredBySql("b", "?" + (n - 2))
                                + " and " + Predicates.bedNotInOutageSql("b", "?" + (n - 1), "?" + n)
                                + " or exists (select 1 from claimed_bed c where c.bed_id = b.id))");
        // Plain JDBC on the transaction's connection: a few thousand rows of five columns, read in a fraction
        // of the time Hibernate's native-query rows and java.sql.Date conversions took (docs/BENCHMARKS.md).
        Map<Long, List<BedFacts>> byHome = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(jdbc(sql, n))) {
            for (int i = 0; i < n; i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byHome.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new BedFacts(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getObject(4, LocalDate.class),
                                    rs.getObject(5, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the beds that can count failed", e);
        }
        return byHome;
    }

    /**
     * JPA's numbered parameters ({@code ?1}, {@code ?2} …) as JDBC's plain {@code ?}; they must appear in their
     * own order, as {@link HomeSelection#nativeCondition} and the callers write them.
     */
    static String jdbc(String sql, int count) {
        Matcher m = NUMBERED.matcher(sql);
        StringBuilder out = new StringBuilder(sql.length());
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected++) {
                throw new IllegalArgumentException("Parameters out of order in " + sql);
            }
            m.appendReplacement(out, "?");
        }
        if (expected - 1 != count) {
            throw new IllegalArgumentException("Expected " + count + " parameters in " + sql);
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /**
     * The stays of the selected homes that cover a day of {@code [start, end)}, with their absences in
     * that range, and their residents with every assessment (the level on a day before the first
     * assessment falls back to the earliest one, so none can be left out by date).
     */
    public OperatingFacts operatingFacts(HomeSelection selection, LocalDate start, LocalDate end) {
        String stayWhere = where(selection.condition("s.careHomeId"), STAY_IN_RANGE);

        List<Object[]> stayRows = range(
                        selection.bind(em.createQuery(
                                "select s.careHomeId, s.id, s.residentId, "
                                        + "s.admittedOn, s.dischargedOn, r.birthDate, r.hukouCode, r.stateSupported "
                                        + "from Stay s join Resident r on r.id = s.residentId" + stayWhere,
                                Object[].class)),
                        start,
                        end)
                .getResultList();
        if (stayRows.isEmpty()) {
            return new OperatingFacts(Map.of(), Map.of());
        }

        Map<Long, List<DateRange>> absences = new HashMap<>();
        for (Object[] r : range(
                        selection.bind(em.createQuery(
                                "select a.stay.id, a.fromOn, a.untilOn " + "from Absence a join a.stay s" + stayWhere
                                        + " and a.fromOn < :end and a.untilOn > :start"
                                        + " and a.withdrawnAt is null", // withdrawn absences count for nothing
                                Object[].class)),
                        start,
                        end)
                .getResultList()) {
            absences.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new DateRange((LocalDate) r[1], (LocalDate) r[2]));
        }

        String ofTheseResidents = ".resident.id in (select s.residentId from Stay s" + stayWhere + ")";
        Map<Long, List<Assessment>> assessments = new HashMap<>();
        for (Object[] r : range(
                        selection.bind(em.createQuery(
                                "select a.resident.id, a.level, a.effectiveOn from Assessment a "
                                        + "where a.withdrawnAt is null and a" + ofTheseResidents,
                                Object[].class)),
                        start,
                        end)
                .getResultList()) {
            assessments
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new Assessment(CapabilityLevel.of((Integer) r[1]), (LocalDate) r[2]));
        }

        // docs/RULES.md §8.1: the hukou and state support of a day come from their histories (live entries)
        Map<Long, List<DatedHistory.Entry<String>>> hukou = new HashMap<>();
        for (Object[] r : range(
                        selection.bind(em.createQuery(
                                "select h.resident.id, h.effectiveOn, h.hukouCode from HukouEntry h "
                                        + "where h.withdrawnAt is null and h" + ofTheseResidents,
                                Object[].class)),
                        start,
                        end)
                .getResultList()) {
            hukou.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new DatedHistory.Entry<>((LocalDate) r[1], (String) r[2]));
        }
        Map<Long, List<DatedHistory.Entry<Boolean>>> stateSupport = new HashMap<>();
        for (Object[] r : range(
                        selection.bind(em.createQuery(
                                "select h.resident.id, h.effectiveOn, h.stateSupported from StateSupportEntry h "
                                        + "where h.withdrawnAt is null and h" + ofTheseResidents,
                                Object[].class)),
                        start,
                        end)
                .getResultList()) {
            stateSupport
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new DatedHistory.Entry<>((LocalDate) r[1], (Boolean) r[2]));
        }

        Map<Long, List<StayFacts>> staysByHome = new HashMap<>();
        Map<Long, ResidentFacts> residents = new HashMap<>();
        for (Object[] r : stayRows) {
            long stayId = (Long) r[1];
            long residentId = (Long) r[2];
            staysByHome
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new StayFacts(
                            stayId,
                            residentId,
                            (LocalDate) r[3],
                            (LocalDate) r[4],
                            absences.getOrDefault(stayId, List.of())));
            residents.computeIfAbsent(
                    residentId,
                    id -> new ResidentFacts(
                            id,
                            (LocalDate) r[5],
                            history(hukou.get(id), (LocalDate) r[5], (String) r[6]),
                            history(stateSupport.get(id), (LocalDate) r[5], (Boolean) r[7]),
                            assessments.getOrDefault(id, List.of())));
        }
        return new OperatingFacts(staysByHome, residents);
    }

    /**
     * The history of these entries; a resident without any (rows written around the application) has today's
     * value, the resident row's, from birth.
     */
    private static <T> DatedHistory<T> history(List<DatedHistory.Entry<T>> entries, LocalDate birthDate, T today) {
        return entries == null ? DatedHistory.starting(birthDate, today) : DatedHistory.of(entries);
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
