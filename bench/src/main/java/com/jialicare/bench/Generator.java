package com.jialicare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a {@link Plan} into a PostgreSQL database whose schema the application's Flyway migrations have
 * created (the generator creates no table): {@code COPY … FROM STDIN} per table, rows in the order a real
 * registry would have written them (stays, occupancies, absences and assessments by date, so a home's rows
 * are scattered over the table as in production), then moves each sequence past the ids used so the
 * application can go on inserting, and analyses the tables.
 * <p>
 * Foreign-key triggers are off for the loading session ({@code session_replication_role = replica}, which
 * needs a superuser such as the benchmark's {@code postgres}); {@link RuleChecks} then proves every
 * reference and every rule of §2 in SQL. Unique and check constraints stay on.
 * <pre>
 * java -cp … com.jialicare.bench.Generator --scale=city --seed=1 --url=jdbc:postgresql://dbhost:5432/jiali
 * </pre>
 */
public final class Generator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String NULL = "\\N";

    /** What a load did: rows and seconds per table, in the order written. */
    record Load(Map<String, long[]> rowsAndNanos, double planSeconds, double analyseSeconds) {

        long rows() {
            return rowsAndNanos.values().stream().mapToLong(v -> v[0]).sum();
        }

        double writeSeconds() {
            return rowsAndNanos.values().stream().mapToLong(v -> v[1]).sum() / 1e9;
        }
    }

    private final Connection db;
    private final PrintStream out;
    private final DateText dates;

    Generator(Connection db, PrintStream out, LocalDate today) {
        this.db = db;
        this.out = out;
        this.dates = new DateText(today.minusYears(130), today.plusYears(20));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        Scale scale = Scale.named(a.getOrDefault("scale", "city"));
        long seed = Long.parseLong(a.getOrDefault("seed", "20261128"));
        LocalDate today = a.containsKey("today") ? LocalDate.parse(a.get("today")) : LocalDate.now(ZONE);
        if ("none".equals(a.get("url"))) { // only draw, e.g. to see how long a scale takes and what it holds
            long t0 = System.nanoTime();
            Plan plan = Plan.draw(scale, seed, today);
            System.out.printf("plan drawn in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, plan.summary());
            return;
        }
        try (Connection c = DriverManager.getConnection(
                java.util.Objects.requireNonNull(a.get("url"), "--url=jdbc:postgresql://… is required"),
                a.getOrDefault("user", "postgres"),
                a.getOrDefault("password", "postgres"))) {
            Generator g = new Generator(c, System.out, today);
            long t0 = System.nanoTime();
            Plan plan = Plan.draw(scale, seed, today);
            g.load(plan, (System.nanoTime() - t0) / 1e9);
            RuleChecks.run(c, today, System.out);
        }
    }

    /** Plans up to this many stays are entered through the residency rules in memory before they are loaded. */
    private static final int PROVEN_IN_MEMORY_UP_TO = 500_000;

    /**
     * Enters the plan day by day through the registry's residency rules (domain/service/Residency), as the
     * services would; a province's two million stays would need gigabytes of heap for it, and are checked
     * after loading by {@link RuleChecks} alone (as every scale is).
     */
    private static void proveAgainstTheRules(Plan plan, PrintStream out) {
        if (plan.stayCount > PROVEN_IN_MEMORY_UP_TO) {
            out.printf(
                    "  residency rules: %,d stays are more than entered in memory; checked in SQL after loading%n",
                    plan.stayCount);
            return;
        }
        long t0 = System.nanoTime();
        long writes = plan.asHistory().run();
        out.printf(
                "  residency rules: the plan's %,d writes entered through Residency in %.1f s%n",
                writes, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes the plan; prints a line per table. */
    Load load(Plan p, double planSeconds) throws SQLException, IOException {
        out.printf("  plan drawn in %.1f s: %s%n", planSeconds, p.summary());
        proveAgainstTheRules(p, out);
        try (Statement st = db.createStatement()) {
            st.execute("SET session_replication_role = replica");
            st.execute("SET synchronous_commit = off");
        }
        Ids ids = new Ids(db);
        Map<String, long[]> stats = new LinkedHashMap<>();
        copy(
                stats,
                "care_home",
                "id, name, credit_code, ownership, county_code, filed_on, filed_beds, premises, "
                        + "lease_ends_on, address, created_at, version",
                w -> writeHomes(w, p, ids));
        copy(
                stats,
                "care_home_fact",
                "care_home_id, kind, effective_on, ownership, premises, lease_ends_on, filed_beds",
                w -> writeHomeFacts(w, p, ids));
        copy(
                stats,
                "bed",
                "id, care_home_id, code, room, commissioned_on, retired_on, version",
                w -> writeBeds(w, p, ids));
        copy(
                stats,
                "resident",
                "id, name, id_number, birth_date, sex, hukou_code, state_supported, "
                        + "registered_by_home_id, created_at, version",
                w -> writeResidents(w, p, ids));
        copy(stats, "assessment", "id, resident_id, care_level, effective_on", w -> writeAssessments(w, p, ids));
        // docs/RULES.md §8.1: every resident's hukou and state support are dated histories; the generated people
        // keep theirs for life, so each has one entry from the birth date (as V7 and a new registration give)
        copy(stats, "resident_hukou", "id, resident_id, effective_on, hukou_code", w -> writeHukou(w, p, ids));
        copy(
                stats,
                "resident_state_support",
                "id, resident_id, effective_on, state_supported",
                w -> writeStateSupport(w, p, ids));
        int[] stayRank = byDate(p.stayCount, p.stayAdmitted);
        copy(
                stats,
                "stay",
                "id, resident_id, care_home_id, admitted_on, discharged_on, discharge_reason, open_flag, " + "version",
                w -> writeStays(w, p, ids, stayRank));
        copy(
                stats,
                "occupancy",
                "id, stay_id, bed_id, from_on, until_on, open_flag",
                w -> writeOccupancies(w, p, ids, stayRank));
        copy(stats, "absence", "id, stay_id, from_on, until_on, kind, note", w -> writeAbsences(w, p, ids, stayRank));
        try (Statement st = db.createStatement()) {
            st.execute("SET session_replication_role = origin");
            for (String table : stats.keySet()) {
                // Hibernate's pooled optimizer takes blocks of 50 below the sequence's value: stay clear of ours.
                // Tables keyed by their owner and day (care_home_fact) have no id and no sequence.
                try (ResultSet seq = st.executeQuery("SELECT to_regclass('" + table + "_seq') IS NOT NULL")) {
                    seq.next();
                    if (!seq.getBoolean(1)) {
                        continue;
                    }
                }
                st.execute(
                        "SELECT setval('" + table + "_seq', (SELECT coalesce(max(id), 0) FROM " + table + ") + 100)");
            }
        }
        long t0 = System.nanoTime();
        try (Statement st = db.createStatement()) {
            for (String table : stats.keySet()) {
                st.execute("VACUUM ANALYZE " + table);
            }
        }
        double analyse = (System.nanoTime() - t0) / 1e9;
        Load load = new Load(stats, planSeconds, analyse);
        out.printf(
                "  written: %,d rows in %.1f s (%,.0f rows/s); VACUUM ANALYZE %.1f s%n",
                load.rows(), load.writeSeconds(), load.rows() / load.writeSeconds(), analyse);
        return load;
    }

    private interface Rows {
        long write(Writer w) throws IOException;
    }

    private void copy(Map<String, long[]> stats, String table, String columns, Rows rows)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        long n;
        PGConnection pg = db.unwrap(PGConnection.class);
        try (PGCopyOutputStream copy =
                        new PGCopyOutputStream(pg, "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 20);
                Writer w = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 20)) {
            n = rows.write(w);
        }
        long nanos = System.nanoTime() - t0;
        stats.put(table, new long[] {n, nanos});
        out.printf("    %-10s %,11d rows %7.1f s %,10.0f rows/s%n", table, n, nanos / 1e9, n / (nanos / 1e9));
    }

    // ------------------------------------------------------------------ tables

    private long writeHomes(Writer w, Plan p, Ids ids) throws IOException {
        for (int h = 0; h < p.homeCount; h++) {
            int created =
                    p.homeFiledOn[h] != Plan.NONE ? Math.min(p.homeFiledOn[h], p.homeOpenedOn[h]) : p.homeOpenedOn[h];
            row(
                    w,
                    ids.home(h),
                    p.homeName[h],
                    p.homeCreditCode[h],
                    Plan.OWNERSHIPS[p.homeOwnership[h]],
                    p.homeCounty[h].code(),
                    date(p.homeFiledOn[h]),
                    p.homeFiledBeds[h],
                    p.homeLeased[h] ? "LEASED" : "OWNED",
                    date(p.homeLeaseEndsOn[h]),
                    p.homeAddress[h],
                    timestamp(created),
                    0);
        }
        return p.homeCount;
    }

    /**
     * Each home's dated facts (V9, docs/RULES.md §8.1): one entry per fact, from the day the home was entered (as
     * the application writes a new home's, and V9 migrates an existing one's); the plan draws no changes.
     */
    private long writeHomeFacts(Writer w, Plan p, Ids ids) throws IOException {
        for (int h = 0; h < p.homeCount; h++) {
            int first =
                    p.homeFiledOn[h] != Plan.NONE ? Math.min(p.homeFiledOn[h], p.homeOpenedOn[h]) : p.homeOpenedOn[h];
            row(w, ids.home(h), "OWNERSHIP", date(first), Plan.OWNERSHIPS[p.homeOwnership[h]], NULL, NULL, NULL);
            row(
                    w,
                    ids.home(h),
                    "PREMISES",
                    date(first),
                    NULL,
                    p.homeLeased[h] ? "LEASED" : "OWNED",
                    date(p.homeLeaseEndsOn[h]),
                    NULL);
            row(w, ids.home(h), "FILED_BEDS", date(first), NULL, NULL, NULL, p.homeFiledBeds[h]);
        }
        return 3L * p.homeCount;
    }

    /** Beds in order of commissioning, as they would have been entered. */
    private long writeBeds(Writer w, Plan p, Ids ids) throws IOException {
        int[] order = byDate(p.bedCount, p.bedCommissioned);
        ids.bedIds = new long[p.bedCount];
        for (int rank = 0; rank < order.length; rank++) {
            ids.bedIds[order[rank]] = ids.bedBase + rank + 1;
        }
        for (int b : order) {
            row(
                    w,
                    ids.bedIds[b],
                    ids.home(p.bedHome[b]),
                    p.bedCode[b],
                    p.bedRoom[b],
                    date(p.bedCommissioned[b]),
                    date(p.bedRetired[b]),
                    0);
        }
        return p.bedCount;
    }

    /** People in order of their first admission (the order they were drawn in). */
    private long writeResidents(Writer w, Plan p, Ids ids) throws IOException {
        for (int i = 0; i < p.personCount; i++) {
            row(
                    w,
                    ids.residentBase + i + 1,
                    p.personName[i],
                    p.personIdNumber[i],
                    date(p.personBirth[i]),
                    p.personFemale[i] ? "FEMALE" : "MALE",
                    p.personHukou[i],
                    p.personStateSupported[i] ? "t" : "f",
                    ids.home(p.personFirstHome[i]),
                    timestamp(p.personFirstAdmitted[i]),
                    0);
        }
        return p.personCount;
    }

    private long writeHukou(Writer w, Plan p, Ids ids) throws IOException {
        for (int i = 0; i < p.personCount; i++) {
            row(w, ids.hukouBase + i + 1, ids.residentBase + i + 1, date(p.personBirth[i]), p.personHukou[i]);
        }
        return p.personCount;
    }

    private long writeStateSupport(Writer w, Plan p, Ids ids) throws IOException {
        for (int i = 0; i < p.personCount; i++) {
            row(
                    w,
                    ids.stateSupportBase + i + 1,
                    ids.residentBase + i + 1,
                    date(p.personBirth[i]),
                    p.personStateSupported[i] ? "t" : "f");
        }
        return p.personCount;
    }

    private long writeAssessments(Writer w, Plan p, Ids ids) throws IOException {
        int[] order = byDate(p.assessmentCount, p.assessmentOn);
        for (int rank = 0; rank < order.length; rank++) {
            int a = order[rank];
            row(
                    w,
                    ids.assessmentBase + rank + 1,
                    ids.residentBase + p.assessmentPerson[a] + 1,
                    p.assessmentLevel[a],
                    date(p.assessmentOn[a]));
        }
        return p.assessmentCount;
    }

    private long writeStays(Writer w, Plan p, Ids ids, int[] order) throws IOException {
        ids.stayIds = new long[p.stayCount];
        for (int rank = 0; rank < order.length; rank++) {
            ids.stayIds[order[rank]] = ids.stayBase + rank + 1;
        }
        for (int s : order) {
            boolean open = p.stayDischarged[s] < 0;
            row(
                    w,
                    ids.stayIds[s],
                    ids.residentBase + p.stayPerson[s] + 1,
                    ids.home(p.stayHome[s]),
                    date(p.stayAdmitted[s]),
                    date(p.stayDischarged[s]),
                    open ? NULL : Plan.DISCHARGE_REASONS[p.stayReason[s]],
                    open ? "1" : NULL,
                    0);
        }
        return p.stayCount;
    }

    /** One occupancy per stay, two for a transferred one; in order of the day they began. */
    private long writeOccupancies(Writer w, Plan p, Ids ids, int[] stayOrder) throws IOException {
        int n = p.stayCount + p.transferCount();
        long[] keys = new long[n];
        int k = 0;
        for (int s = 0; s < p.stayCount; s++) {
            keys[k++] = ((long) p.stayAdmitted[s] << 33) | ((long) s << 1);
            if (p.stayTransferOn[s] >= 0) {
                keys[k++] = ((long) p.stayTransferOn[s] << 33) | ((long) s << 1) | 1;
            }
        }
        Arrays.sort(keys);
        long id = ids.occupancyBase;
        for (long key : keys) {
            int s = (int) ((key >>> 1) & 0xFFFF_FFFFL);
            boolean second = (key & 1) == 1;
            int transfer = p.stayTransferOn[s];
            int from = second ? transfer : p.stayAdmitted[s];
            int until = !second && transfer >= 0 ? transfer : p.stayDischarged[s];
            int bed = second ? p.stayNextBed[s] : p.stayBed[s];
            row(w, ++id, ids.stayIds[s], ids.bedIds[bed], date(from), date(until), until == Plan.NONE ? "1" : NULL);
        }
        return n;
    }

    private long writeAbsences(Writer w, Plan p, Ids ids, int[] stayOrder) throws IOException {
        int[] order = byDate(p.absenceCount, p.absenceFrom);
        for (int rank = 0; rank < order.length; rank++) {
            int a = order[rank];
            row(
                    w,
                    ids.absenceBase + rank + 1,
                    ids.stayIds[p.absenceStay[a]],
                    date(p.absenceFrom[a]),
                    date(p.absenceUntil[a]),
                    Plan.ABSENCE_KINDS[p.absenceKind[a]],
                    NULL);
        }
        return p.absenceCount;
    }

    // ------------------------------------------------------------------ COPY text format

    private static void row(Writer w, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            Object v = values[i];
            w.write(v instanceof String s ? s : String.valueOf(v)); // our texts hold no tab, newline or backslash
        }
        w.write('\n');
    }

    private String date(int epochDay) {
        return epochDay == Plan.NONE ? NULL : dates.of(epochDay);
    }

    private String timestamp(int epochDay) {
        return dates.of(epochDay) + " 09:00:00+08";
    }

    /** Indexes 0..n-1 ordered by day, ties in index order. */
    static int[] byDate(int n, int[] days) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) days[i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** ISO dates of a range of days, formatted once. */
    private static final class DateText {
        private final int first;
        private final String[] text;

        DateText(LocalDate from, LocalDate until) {
            first = (int) from.toEpochDay();
            text = new String[(int) (until.toEpochDay() - first)];
            for (int i = 0; i < text.length; i++) {
                text[i] = LocalDate.ofEpochDay(first + i).toString();
            }
        }

        String of(int epochDay) {
            int i = epochDay - first;
            return i >= 0 && i < text.length
                    ? text[i]
                    : LocalDate.ofEpochDay(epochDay).toString();
        }
    }

    /** Ids follow whatever the tables hold already (nothing, in a fresh database). */
    private static final class Ids {
        final long homeBase;
        final long bedBase;
        final long residentBase;
        final long assessmentBase;
        final long hukouBase;
        final long stateSupportBase;
        final long stayBase;
        final long occupancyBase;
        final long absenceBase;
        long[] bedIds;
        long[] stayIds;

        Ids(Connection db) throws SQLException {
            homeBase = max(db, "care_home");
            bedBase = max(db, "bed");
            residentBase = max(db, "resident");
            assessmentBase = max(db, "assessment");
            // V7 gives the entries of residents registered before it negative ids: start above zero
            hukouBase = Math.max(0, max(db, "resident_hukou"));
            stateSupportBase = Math.max(0, max(db, "resident_state_support"));
            stayBase = max(db, "stay");
            occupancyBase = max(db, "occupancy");
            absenceBase = max(db, "absence");
        }

        long home(int h) {
            return homeBase + h + 1;
        }

        private static long max(Connection db, String table) throws SQLException {
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
