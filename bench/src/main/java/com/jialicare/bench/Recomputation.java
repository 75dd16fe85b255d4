package com.jialicare.bench;

import com.jialicare.infrastructure.importing.RegistryEventSheet;
import com.jialicare.infrastructure.security.PasswordHasher;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue #15's figure: every paid line of a year recomputed after a batch of reported deaths (RULES.md §8.3, §8.5).
 * <ol>
 * <li>Every home with eligible months in the measured year applies for the year and is paid, through the REST
 * workflow as the ITs do it (the home's administrator creates and submits, the county auditor approves, the city
 * auditor starts the public notice, the training clock passes its end, the city approves and records the payment):
 * the lines are frozen by the application itself. Only the accounts are written in SQL (one home administrator per
 * home, one county auditor per county, their password hashed with few iterations): creating thousands through
 * {@code POST /api/users} would measure PBKDF2, not the workflow.</li>
 * <li>Deaths of residents with paid months (10,000 at province scale, proportionally fewer at smaller ones), each
 * on the first day of a paid month, imported by the city auditor as an .xlsx list through
 * {@code POST /api/registry-events/import}: timed.</li>
 * <li>{@code GET /api/subsidies/recomputation-summary?year=} before and after the deaths: timed after them, beside
 * the operating preview of the same year (step 1), and checked against SQL: the paid lines and their total are
 * those of the database, the lines changed and the recovery are exactly the paid lines of the dead from their
 * death's month and their amounts, nothing else moved.</li>
 * </ol>
 */
final class Recomputation {

    /** Deaths at province scale; smaller scales in proportion to their stays. */
    static final int PROVINCE_DEATHS = 10_000;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int THREADS = 8;

    /** Homes paid in a quick (CI smoke) run: enough to exercise the workflow, the import and the check. */
    static final int QUICK_HOMES = 8;

    private final PrintStream out;
    private final List<String> problems;
    private final Connection data;
    private final int port;
    private final Api admin;
    private final Api auditor;
    private final int year;
    private final boolean quick;
    private int eligibleHomes;
    private final HttpClient http = Api.client();

    /** What the step found, for the summary line. */
    record Figures(long paidLines, int deaths, long changed, BigDecimal recovery, double seconds, double preview) {}

    Recomputation(
            PrintStream out,
            List<String> problems,
            Connection data,
            int port,
            Api admin,
            Api auditor,
            int year,
            boolean quick) {
        this.out = out;
        this.problems = problems;
        this.data = data;
        this.port = port;
        this.admin = admin;
        this.auditor = auditor;
        this.year = year;
        this.quick = quick;
    }

    /** The number of deaths for a scale: 10,000 for the province's 2,000,000 stays, in proportion below. */
    static int deaths(Scale scale) {
        return (int) Math.max(1, Math.round((double) PROVINCE_DEATHS * scale.stays() / Scale.PROVINCE.stays()));
    }

    Figures run(Scale scale, double previewMedian) throws Exception {
        out.printf(
                "  5. every paid line of %d recomputed after a batch of reported deaths (%,d at this scale; %,d at "
                        + "province scale):%n",
                year, deaths(scale), PROVINCE_DEATHS);
        long t0 = System.nanoTime();
        List<Long> applications = payYear();
        double paySeconds = seconds(t0);
        int deathCount = deaths(scale);
        if (quick) {
            // a share of the homes only: the deaths in proportion
            deathCount = (int) Math.max(1, Math.round((double) deathCount * applications.size() / eligibleHomes));
            out.printf(
                    "     quick run: %d of the %d homes with eligible months paid, %d deaths%n",
                    applications.size(), eligibleHomes, deathCount);
        }
        long[] paid = paidLinesInSql();
        BigDecimal paidTotal = paidTotalInSql();
        out.printf(
                Locale.ROOT,
                "     %,d homes applied for %d and were paid through the REST workflow (%d threads): %.1f s; %,d "
                        + "paid lines, %s yuan%n",
                applications.size(),
                year,
                THREADS,
                paySeconds,
                paid[0],
                paidTotal.toPlainString());

        t0 = System.nanoTime();
        JsonObject before = admin.get("/api/subsidies/recomputation-summary?year=" + year);
        double beforeSeconds = seconds(t0);

        List<Death> deaths = drawDeaths(deathCount);
        byte[] file = RegistryEventSheet.xlsx(deaths.stream()
                .map(d -> List.of(d.idNumber(), d.diedOn().toString(), "死亡", "BENCH-DEATHS-" + year))
                .toList());
        auditor.status("/api/me"); // the login's password check is not part of the import
        t0 = System.nanoTime();
        Api.Answer imported = auditor.postFile("/api/registry-events/import", XLSX, file);
        double importSeconds = seconds(t0);
        JsonObject report = imported.body();
        int ended = report.containsKey("staysEnded") ? report.getInt("staysEnded") : -1;
        long discharged = dischargedAsReported(deaths);
        out.printf(
                Locale.ROOT,
                "     deaths of %,d residents with paid months (%,d KB .xlsx) imported by the city auditor: %.2f s, "
                        + "answered %d, %,d stays ended or corrected, %d cases; %,d stays now end on the reported "
                        + "day as DECEASED%n",
                deaths.size(),
                file.length / 1024,
                importSeconds,
                imported.status(),
                ended,
                report.containsKey("cases") ? report.getJsonArray("cases").size() : -1,
                discharged);
        if (imported.status() != 200 || ended != deaths.size() || discharged != deaths.size()) {
            problems.add("import of " + deaths.size() + " deaths: answered " + imported.status() + ", " + ended
                    + " stays ended, " + discharged + " discharged as reported (" + brief(report) + ")");
        }

        int runs = quick ? 1 : 3;
        double[] times = new double[runs];
        JsonObject after = null;
        for (int i = 0; i < runs; i++) {
            t0 = System.nanoTime();
            after = admin.get("/api/subsidies/recomputation-summary?year=" + year);
            times[i] = seconds(t0);
        }
        Arrays.sort(times);
        double median = times[runs / 2];
        long lines = after.getJsonNumber("paidLines").longValue();
        long changed = after.getJsonNumber("changedLines").longValue()
                - before.getJsonNumber("changedLines").longValue();
        BigDecimal recovery = money(after, "recovery").subtract(money(before, "recovery"));
        out.printf(
                Locale.ROOT,
                "     recomputation of every paid line (GET /api/subsidies/recomputation-summary?year=%d, the "
                        + "administrator): %,d applications, %,d paid lines, %,d changed, recovery %s yuan, back-pay "
                        + "%s yuan%n",
                year,
                after.getInt("applications"),
                lines,
                changed,
                recovery.toPlainString(),
                money(after, "backPay").subtract(money(before, "backPay")).toPlainString());
        out.printf(
                Locale.ROOT,
                "     time: min %.3f s, median %.3f s (%d runs; %.3f s before the deaths), %,.0f lines/s; the "
                        + "operating preview of %d: median %.3f s (step 1)%n",
                times[0],
                median,
                runs,
                beforeSeconds,
                lines / median,
                year,
                previewMedian);

        // the figures against the database, computed apart from the application
        BigDecimal[] expected = recoveredInSql(deaths);
        List<String> wrong = new ArrayList<>();
        check(wrong, "applications", after.getInt("applications"), applications.size());
        check(wrong, "paid lines", lines, paid[0]);
        check(wrong, "frozen total", money(after, "frozenTotal"), paidTotal);
        check(
                wrong,
                "paid lines before the deaths",
                before.getJsonNumber("paidLines").longValue(),
                paid[0]);
        check(
                wrong,
                "lines changed before the deaths",
                before.getJsonNumber("changedLines").longValue(),
                0L);
        check(wrong, "lines changed by the deaths", changed, expected[0].longValue());
        check(wrong, "recovery", recovery, expected[1]);
        check(wrong, "back-pay", money(after, "backPay"), BigDecimal.ZERO);
        check(wrong, "current total", money(after, "currentTotal"), paidTotal.subtract(expected[1]));
        String verdict = wrong.isEmpty()
                ? String.format(
                        Locale.ROOT,
                        "yes: %,d lines and %s yuan, the paid months of the dead from their death's month at the "
                                + "paid amounts (SQL), and every paid line and its total as in the database",
                        expected[0].longValue(),
                        expected[1].toPlainString())
                : "NO " + wrong;
        out.println("     figures agree with the database: " + verdict);
        if (!wrong.isEmpty()) {
            problems.add("recomputation of every paid line: " + wrong);
        }
        return new Figures(lines, deaths.size(), changed, recovery, median, previewMedian);
    }

    // ------------------------------------------------------------------ the paid year, through REST

    /** Every home with eligible months applies for the year and is paid; answers the applications' ids. */
    private List<Long> payYear() throws Exception {
        long t0 = System.nanoTime();
        JsonObject preview = auditor.get("/api/subsidies/operating?from=" + year + "-01&to=" + year + "-12");
        List<Long> homes = new ArrayList<>();
        for (JsonValue v : preview.getJsonArray("homes")) {
            JsonObject h = v.asJsonObject();
            if (h.getJsonNumber("eligibleMonths").longValue() > 0) {
                homes.add(h.getJsonNumber("careHomeId").longValue());
            }
        }
        eligibleHomes = homes.size();
        if (quick && homes.size() > QUICK_HOMES) {
            homes = homes.subList(0, QUICK_HOMES);
        }
        String password = UUID.randomUUID().toString();
        Map<Long, String> counties = accounts(homes, password);
        LocalDate today = LocalDate.parse(admin.get("/api/demo/clock").getString("today"));
        double setUp = seconds(t0);
        t0 = System.nanoTime();
        Map<Long, Long> applicationOf = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<LocalDate> lastDays = all(pool, homes, home -> {
                Api homeAdmin = new Api(http, port, "bench-home-" + home, password);
                Api county = new Api(http, port, "bench-county-" + counties.get(home), password);
                long id = homeAdmin
                        .post(
                                "/api/applications",
                                "{\"careHomeId\": " + home + ", \"kind\": \"OPERATING\", \"from\": \"" + year
                                        + "-01\", \"to\": \"" + year + "-12\"}",
                                201)
                        .getJsonNumber("id")
                        .longValue();
                synchronized (applicationOf) {
                    applicationOf.put(home, id);
                }
                homeAdmin.post("/api/applications/" + id + "/submit", "{}", 200);
                county.post("/api/applications/" + id + "/approve", "{}", 200);
                JsonObject notice =
                        auditor.post("/api/applications/" + id + "/notice", "{\"from\": \"" + today + "\"}", 200);
                return LocalDate.parse(notice.getJsonObject("notice").getString("lastDay"));
            });
            double submitted = seconds(t0);
            t0 = System.nanoTime();
            LocalDate end = lastDays.stream().max(LocalDate::compareTo).orElse(today);
            long days = end.plusDays(1).toEpochDay() - today.toEpochDay();
            LocalDate paidOn = LocalDate.parse(admin.post("/api/demo/clock", "{\"advanceDays\": " + days + "}", 200)
                    .getString("today"));
            List<Long> ids = new ArrayList<>(applicationOf.values());
            all(pool, ids, id -> {
                JsonObject approved = auditor.post("/api/applications/" + id + "/approve", "{}", 200);
                auditor.post(
                        "/api/applications/" + id + "/payment",
                        "{\"paidOn\": \"" + paidOn + "\", \"amount\": " + approved.getJsonNumber("total")
                                + ", \"voucher\": \"BENCH-" + year + "-" + id + "\"}",
                        200);
                return id;
            });
            out.printf(
                    Locale.ROOT,
                    "     (preview and accounts %.1f s; created, submitted, approved by the county, under notice %.1f s;"
                            + " the clock past the notices, approved by the city, paid %.1f s)%n",
                    setUp,
                    submitted,
                    seconds(t0));
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A home administrator for each home and a county auditor for each of their counties, written in SQL with
     * a cheap hash of {@code password}; answers each home's county.
     */
    private Map<Long, String> accounts(List<Long> homes, String password) throws SQLException {
        Map<Long, String> county = new HashMap<>();
        try (Statement st = data.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, county_code FROM care_home")) {
            while (rs.next()) {
                county.put(rs.getLong(1), rs.getString(2));
            }
        }
        String hash = new PasswordHasher(1_000).hash(password);
        Timestamp now = Timestamp.from(Instant.now());
        long id = 2_000_000_000L; // far above what the application's sequence hands out here
        boolean auto = data.getAutoCommit();
        data.setAutoCommit(false);
        try (PreparedStatement insert = data.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, role, display_name, care_home_id, county_code, "
                        + "enabled, failed_logins, created_at, version) VALUES (?, ?, ?, ?, 'benchmark', ?, ?, "
                        + "TRUE, 0, ?, 0)")) {
            for (Long home : homes) {
                insert.setLong(1, id++);
                insert.setString(2, "bench-home-" + home);
                insert.setString(3, hash);
                insert.setString(4, "HOME_ADMIN");
                insert.setLong(5, home);
                insert.setNull(6, java.sql.Types.VARCHAR);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            Set<String> counties = new HashSet<>();
            homes.forEach(h -> counties.add(county.get(h)));
            for (String c : counties) {
                insert.setLong(1, id++);
                insert.setString(2, "bench-county-" + c);
                insert.setString(3, hash);
                insert.setString(4, "COUNTY_AUDITOR");
                insert.setNull(5, java.sql.Types.BIGINT);
                insert.setString(6, c);
                insert.setTimestamp(7, now);
                insert.addBatch();
            }
            insert.executeBatch();
            data.commit();
        } finally {
            data.setAutoCommit(auto);
        }
        return county;
    }

    private interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** Runs the task for every item on the pool; the first failure fails the step. */
    private static <T, R> List<R> all(ExecutorService pool, List<T> items, Task<T, R> task) throws Exception {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            Callable<R> c = () -> task.run(item);
            futures.add(pool.submit(c));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    // ------------------------------------------------------------------ the deaths and what SQL says of them

    /** A resident reported dead on the first day of one of their paid months. */
    record Death(long residentId, String idNumber, long stayId, LocalDate diedOn) {}

    /**
     * {@code count} residents with paid months, each dying on the first day of one of them (drawn from the
     * resident's id), in a stay that covers that day and then has no move, absence or later stay to conflict
     * with the death: the import must end (or correct) every one of them.
     */
    private List<Death> drawDeaths(int count) throws SQLException {
        String sql = "WITH paid AS ("
                + " SELECT l.resident_id, l.stay_id, min(l.month_start) AS first_month, max(l.month_start) AS last_month"
                + " FROM application_line l JOIN application a ON a.id = l.application_id AND l.revision = a.revision"
                + " WHERE a.state = 'PAID' AND a.kind = 'OPERATING' AND l.eligible AND l.stay_id IS NOT NULL"
                + " AND l.month_start BETWEEN DATE '" + year + "-01-01' AND DATE '" + year + "-12-01'"
                + " GROUP BY l.resident_id, l.stay_id),"
                + " drawn AS (SELECT p.resident_id, p.stay_id, (p.first_month + make_interval(months =>"
                + " abs(hashtext('bench' || p.resident_id)) % (1 + (extract(month FROM p.last_month)"
                + " - extract(month FROM p.first_month))::int)))::date AS died_on FROM paid p)"
                + " SELECT d.resident_id, r.id_number, d.stay_id, d.died_on FROM drawn d"
                + " JOIN resident r ON r.id = d.resident_id JOIN stay s ON s.id = d.stay_id"
                + " WHERE s.admitted_on < d.died_on AND (s.discharged_on IS NULL OR s.discharged_on > d.died_on)"
                + " AND NOT EXISTS (SELECT 1 FROM stay o WHERE o.resident_id = d.resident_id"
                + "   AND o.admitted_on >= d.died_on)"
                + " AND NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.stay_id = d.stay_id AND o.from_on >= d.died_on)"
                + " AND NOT EXISTS (SELECT 1 FROM absence b WHERE b.stay_id = d.stay_id AND b.until_on > d.died_on)"
                + " ORDER BY md5('bench' || d.resident_id), d.resident_id";
        List<Death> deaths = new ArrayList<>();
        Set<Long> people = new HashSet<>();
        try (Statement st = data.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next() && deaths.size() < count) {
                if (people.add(rs.getLong(1))) {
                    deaths.add(new Death(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getDate(4).toLocalDate()));
                }
            }
        }
        if (deaths.size() < count) {
            problems.add("only " + deaths.size() + " of " + count + " residents with paid months could be drawn");
        }
        return deaths;
    }

    /** The drawn deaths in a temporary table, for the checks. */
    private void deathsTable(List<Death> deaths) throws SQLException {
        try (Statement st = data.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_death");
            st.execute("CREATE TEMPORARY TABLE bench_death (resident_id BIGINT PRIMARY KEY, stay_id BIGINT NOT NULL, "
                    + "died_on DATE NOT NULL)");
        }
        try (PreparedStatement insert = data.prepareStatement("INSERT INTO bench_death VALUES (?, ?, ?)")) {
            for (Death d : deaths) {
                insert.setLong(1, d.residentId());
                insert.setLong(2, d.stayId());
                insert.setObject(3, d.diedOn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** How many of the drawn stays now end on the reported day, as deceased. */
    private long dischargedAsReported(List<Death> deaths) throws SQLException {
        deathsTable(deaths);
        return single("SELECT count(*) FROM bench_death d JOIN stay s ON s.id = d.stay_id"
                        + " WHERE s.discharged_on = d.died_on AND s.discharge_reason = 'DECEASED'")
                .longValue();
    }

    /**
     * What the deaths take back, from the paid lines alone: the paid (eligible) lines of the dead in the months
     * from their death's month on, and their amounts. Answers {count, sum}.
     */
    private BigDecimal[] recoveredInSql(List<Death> deaths) throws SQLException {
        deathsTable(deaths);
        String from = " FROM application_line l JOIN application a ON a.id = l.application_id"
                + " AND l.revision = a.revision JOIN bench_death d ON d.resident_id = l.resident_id"
                + " WHERE a.state = 'PAID' AND l.eligible AND l.month_start >= d.died_on";
        return new BigDecimal[] {single("SELECT count(*)" + from), single("SELECT coalesce(sum(l.amount), 0)" + from)};
    }

    /** {count, 0} of the paid lines of the year's paid applications. */
    private long[] paidLinesInSql() throws SQLException {
        return new long[] {single("SELECT count(*)" + paidLines()).longValue()};
    }

    private BigDecimal paidTotalInSql() throws SQLException {
        BigDecimal lines = single("SELECT coalesce(sum(l.amount), 0)" + paidLines());
        BigDecimal payments = single("SELECT coalesce(sum(a.total), 0) FROM application a WHERE a.state = 'PAID'");
        if (lines.compareTo(payments) != 0) {
            problems.add("paid applications: their lines sum to " + lines + ", their totals to " + payments);
        }
        return lines;
    }

    private String paidLines() {
        return " FROM application_line l JOIN application a ON a.id = l.application_id AND l.revision = a.revision"
                + " WHERE a.state = 'PAID' AND a.kind = 'OPERATING' AND l.eligible"
                + " AND a.from_month <= DATE '" + year + "-12-01' AND a.to_month >= DATE '" + year + "-01-01'";
    }

    private BigDecimal single(String sql) throws SQLException {
        try (Statement st = data.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private static void check(List<String> wrong, String what, Object actual, Object expected) {
        boolean same = actual instanceof BigDecimal a && expected instanceof BigDecimal e
                ? a.compareTo(e) == 0
                : actual.equals(expected);
        if (!same) {
            wrong.add(what + ": application " + actual + ", SQL " + expected);
        }
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static String brief(JsonObject o) {
        String s = o.toString();
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
