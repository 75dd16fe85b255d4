package com.jialicare.bench;

import com.jialicare.infrastructure.importing.ResidentSheet;
import jakarta.json.JsonObject;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue #7's benchmark: for each scale, in a fresh PostgreSQL database, starts the provisioned WildFly with
 * the EAR, loads generated data, and measures side by side on that database
 * <ol>
 * <li>the city-wide operating-subsidy preview for a year through the application (REST, hence
 * {@code SubsidyService}) against one hand-written SQL statement computing the same totals per home (the
 * floor): times, their ratio, and whether every home's total agrees to the fen;</li>
 * <li>the construction-subsidy preview of all homes, likewise;</li>
 * <li>REST reads of a home's bed list on a day under concurrent connections, against a static file served
 * by the same server: requests per second, p50, p99, and the ratio;</li>
 * <li>importing residents from Excel (when the application has an import);</li>
 * <li>every paid line of the year of step 1 recomputed after a batch of reported deaths ({@link Recomputation},
 * issue #15), beside that year's operating preview;</li>
 * <li>the server's heap after each step, and during an import of the largest file allowed.</li>
 * </ol>
 * Figures are printed (and copied to a file in the work folder), never asserted; the run fails only on real
 * errors: data breaking the rules, a preview that disagrees with the floor, a failed request.
 */
public final class Benchmark {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final String STATIC_FILE = "/resources/css/jiali.css";
    private static final double RATIO_GOAL = 1.3;
    private static final double REST_SHARE_GOAL = 0.40;
    private static final double P99_GOAL_MS = 50;

    private final Map<String, String> options;
    private final PrintStream out;
    private final LocalDate today;
    private final long seed;
    private final boolean quick;
    private final Path work;
    private final String pgHost;
    private final String pgUser;
    private final int connections;
    private final List<String> problems = new ArrayList<>();
    private final List<String[]> summary = new ArrayList<>();

    private Benchmark(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.today =
                options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now(Generator.ZONE);
        this.seed = Long.parseLong(options.getOrDefault("seed", "20261128"));
        this.quick = Boolean.parseBoolean(options.getOrDefault("quick", "false"));
        this.work = Path.of(options.getOrDefault("work", "target/bench"));
        // the address comes from the build (bench.pg.host in bench/pom.xml), never from the code
        this.pgHost = java.util.Objects.requireNonNull(options.get("pg"), "--pg=host:port is required");
        this.pgUser = options.getOrDefault("pg-user", "postgres");
        this.connections = Integer.parseInt(options.getOrDefault("connections", "32"));
    }

    public static void main(String[] args) throws Exception {
        // POI logs through Log4j's API; without a provider it complains once on standard error
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Map<String, String> options = Args.parse(args);
        Path work = Path.of(options.getOrDefault("work", "target/bench"));
        Files.createDirectories(work);
        Path report = work.resolve(
                "benchmark-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
        int status;
        try (OutputStream file = new FileOutputStream(report.toFile());
                PrintStream out = new PrintStream(new Tee(System.out, file), true, StandardCharsets.UTF_8)) {
            status = new Benchmark(options, out).run();
            out.println("Report written to " + report);
        }
        System.exit(status);
    }

    private int run() throws Exception {
        List<Scale> scales = Arrays.stream(
                        options.getOrDefault("scales", "city").split(","))
                .map(Scale::named)
                .toList();
        out.println("Jiali Care benchmark (issue #7) — "
                + LocalDateTime.now(Generator.ZONE).withNano(0) + " Asia/Shanghai");
        out.println("  machine: " + Machine.describe(admin()));
        out.printf(
                "  scales %s, seed %d, today %s, %s; server heap max %s, port offset %s%n",
                scales.stream().map(Scale::name).toList(),
                seed,
                today,
                quick ? "quick (CI smoke run)" : "full",
                options.getOrDefault("server-heap", "2g"),
                options.getOrDefault("port-offset", "600"));
        checkDateArithmetic();
        for (Scale scale : scales) {
            runScale(scale);
        }
        printSummary();
        if (!problems.isEmpty()) {
            out.println("FAILED:");
            problems.forEach(p -> out.println("  " + p));
            return 1;
        }
        return 0;
    }

    // ------------------------------------------------------------------ one scale

    private void runScale(Scale scale) throws Exception {
        String db = "jiali_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + scale.name();
        out.printf(
                "%n== %s: %,d homes, ~%,d beds, ~%,d stays over %d years (database %s)%n",
                scale.name(), scale.homes(), scale.beds(), scale.stays(), scale.years(), db);
        execute(admin(), "CREATE DATABASE " + db);
        boolean keep = Boolean.parseBoolean(options.getOrDefault("keep", "false"));
        String adminPassword =
                options.getOrDefault("admin-password", UUID.randomUUID().toString());
        String[] row = new String[17];
        row[0] = scale.name();
        try {
            int offset = Integer.parseInt(options.getOrDefault("port-offset", "600"));
            Map<String, String> env = Map.of(
                    "JIALI_DB_DRIVER",
                    "postgresql",
                    "JIALI_DB_URL",
                    url(db),
                    "JIALI_DB_USER",
                    pgUser,
                    "JIALI_DB_PASSWORD",
                    "bench", // trust authentication; may not be empty
                    "JIALI_ADMIN_PASSWORD",
                    adminPassword,
                    "JIALI_DEMO",
                    "false",
                    // step 5 passes the public notices of the applications it pays (API.md, training clock)
                    "JIALI_TRAINING_CLOCK",
                    "true");
            long t0 = System.nanoTime();
            try (WildFly server = WildFly.start(
                            Path.of(options.get("server-home")),
                            Path.of(options.get("ear")),
                            work.resolve("wildfly-" + scale.name()),
                            offset,
                            options.getOrDefault("server-heap", "2g"),
                            env,
                            START_TIMEOUT);
                    Connection data = DriverManager.getConnection(url(db), pgUser, "bench")) {
                out.printf(
                        "  WildFly (pid %d, http %d) up with the EAR and the schema in %.1f s; log %s%n",
                        server.pid(), server.httpPort(), seconds(t0), server.log());
                out.println("  heap after start: " + server.heap());
                Api admin = new Api(server.httpPort(), "admin", adminPassword);
                Api auditor = setUp(admin, server.httpPort(), scale);

                t0 = System.nanoTime();
                Plan plan = Plan.draw(scale, seed, today);
                Generator.Load load = new Generator(data, out, today).load(plan, seconds(t0));
                RuleChecks.run(data, today, out);
                row[1] = String.format("%,d", plan.stayCount);
                row[2] = String.format("%.0f s", load.planSeconds() + load.writeSeconds() + load.analyseSeconds());
                row[3] = String.format("%,.0f", load.rows() / load.writeSeconds());
                out.println("  heap after loading: " + server.heap());

                double operatingMedian = operating(auditor, data, row);
                out.println("  heap after step 1: " + server.heap());
                construction(auditor, data, row);
                out.println("  heap after step 2: " + server.heap());
                bedList(auditor, server.httpPort(), plan, row);
                out.println("  heap after step 3: " + server.heap());
                residentImport(admin, server, data, row);
                out.println("  heap after step 4: " + server.heap());
                Recomputation.Figures r = new Recomputation(
                                out, problems, data, server.httpPort(), admin, auditor, measuredYear(), quick)
                        .run(scale, operatingMedian);
                row[16] = String.format(
                        Locale.ROOT,
                        "%,d / %,d / %,d / %.2f s / %.2f s",
                        r.paidLines(),
                        r.deaths(),
                        r.changed(),
                        r.seconds(),
                        r.preview());
                row[15] = server.heap().liveMb() + " MB";
                out.println("  heap after step 5: " + server.heap());
                out.println("  load average: " + Machine.loadAverage());
            }
        } catch (Exception e) {
            problems.add(scale.name() + ": " + e);
            e.printStackTrace(out);
        } finally {
            summary.add(row);
            if (keep) {
                out.println("  kept database " + db);
            } else {
                execute(admin(), "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    /** A city auditor for the measurements, and the policy versions a deployment of this size would have. */
    private Api setUp(Api admin, int port, Scale scale) throws Exception {
        String password =
                options.getOrDefault("auditor-password", UUID.randomUUID().toString());
        admin.post(
                "/api/users",
                "{\"username\": \"bench-auditor\", \"password\": \"" + password
                        + "\", \"role\": \"CITY_AUDITOR\", \"displayName\": \"benchmark\"}",
                201);
        if (!scale.localPrefix().equals("5111")) {
            // a deployment for several cities counts all of Sichuan as local
            admin.post(
                    "/api/policies",
                    "{\"effectiveFrom\": \"2021-07-01\", \"localHukouPrefix\": \"" + scale.localPrefix() + "\"}",
                    201);
        }
        // new rates from the middle of the measured year: months before and after use different versions
        admin.post(
                "/api/policies",
                "{\"effectiveFrom\": \"" + measuredYear() + "-07-01\", \"constructionRatePerBed\": 12000, "
                        + "\"operatingMonthlyRates\": {\"0\": 110, \"1\": 165, \"2\": 220, \"3\": 275, \"4\": 330}}",
                201);
        out.printf(
                "  city auditor 'bench-auditor' created; policy versions: %s%n",
                admin.get("/api/policies").getJsonArray("items").stream()
                        .map(v -> v.asJsonObject().getInt("version") + " from "
                                + v.asJsonObject().getString("effectiveFrom"))
                        .toList());
        return new Api(port, "bench-auditor", password);
    }

    private int measuredYear() {
        return today.getYear() - 1;
    }

    // ------------------------------------------------------------------ 1. and 2.: engine against floor

    /** Step 1; answers the application's median. */
    private double operating(Api auditor, Connection data, String[] row) throws Exception {
        YearMonth from = YearMonth.of(measuredYear(), 1);
        YearMonth to = YearMonth.of(measuredYear(), 12);
        String sql = sql(
                "floor-operating.sql",
                Map.of("first_day", from.atDay(1), "end_day", to.plusMonths(1).atDay(1)));
        return compare(
                "1. operating-subsidy preview " + from + ".." + to,
                "eligibleMonths",
                "months",
                () -> auditor.get("/api/subsidies/operating?from=" + from + "&to=" + to),
                data,
                sql,
                row,
                4);
    }

    private void construction(Api auditor, Connection data, String[] row) throws Exception {
        String sql = sql("floor-construction.sql", Map.of("as_of", today));
        compare(
                "2. construction-subsidy preview as of " + today,
                "eligibleBeds",
                "beds",
                () -> auditor.get("/api/subsidies/construction?asOf=" + today),
                data,
                sql,
                row,
                7);
    }

    /**
     * Warm-ups, then repetitions alternating application and floor (so that the shared machine's load hits
     * both alike); min and median of each, the ratio of the medians, and the totals compared home by home.
     */
    private double compare(
            String title,
            String countField,
            String unit,
            Callable<JsonObject> engine,
            Connection data,
            String sql,
            String[] row,
            int column)
            throws Exception {
        int warmUps = quick ? 1 : 2;
        // at least this many runs, more while they are short (noise weighs more on a few milliseconds)
        int minReps = quick ? 3 : 5;
        double busySeconds = quick ? 3 : 10;
        out.println("  " + title + ":");
        JsonObject preview = null;
        Map<Long, Api.Totals> floor = null;
        for (int i = 0; i < warmUps; i++) {
            preview = engine.call();
            floor = floor(data, sql);
        }
        List<Double> engineRuns = new ArrayList<>();
        List<Double> floorRuns = new ArrayList<>();
        double spent = 0;
        while (engineRuns.size() < minReps || spent < busySeconds && engineRuns.size() < 50) {
            long t0 = System.nanoTime();
            preview = engine.call();
            engineRuns.add(seconds(t0));
            t0 = System.nanoTime();
            floor = floor(data, sql);
            floorRuns.add(seconds(t0));
            spent += engineRuns.get(engineRuns.size() - 1) + floorRuns.get(floorRuns.size() - 1);
        }
        int reps = engineRuns.size();
        double[] engineTimes =
                engineRuns.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] floorTimes =
                floorRuns.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double ratio = median(engineTimes) / median(floorTimes);
        out.printf(
                Locale.ROOT,
                "     application  min %7.3f s  median %7.3f s   (%d runs after %d warm-up)%n",
                engineTimes[0],
                median(engineTimes),
                reps,
                warmUps);
        out.printf(Locale.ROOT, "     SQL floor    min %7.3f s  median %7.3f s%n", floorTimes[0], median(floorTimes));
        out.printf(
                Locale.ROOT,
                "     ratio of the medians %.2f (goal <= %.1f: %s); of the minimums %.2f%n",
                ratio,
                RATIO_GOAL,
                ratio <= RATIO_GOAL ? "met" : "NOT met",
                engineTimes[0] / floorTimes[0]);
        String agreement = agreement(
                Api.homes(preview, countField),
                floor,
                new BigDecimal(preview.getJsonNumber("total").toString()),
                unit);
        out.println("     " + agreement);
        row[column] = String.format(Locale.ROOT, "%.3f / %.3f s", median(engineTimes), median(floorTimes));
        row[column + 1] = String.format(Locale.ROOT, "%.2f", ratio);
        row[column + 2] = agreement.startsWith("totals agree") ? "yes" : "NO";
        return median(engineTimes);
    }

    private String agreement(
            Map<Long, Api.Totals> engine, Map<Long, Api.Totals> floor, BigDecimal engineTotal, String unit) {
        TreeSet<Long> homes = new TreeSet<>(engine.keySet());
        homes.addAll(floor.keySet());
        Api.Totals none = new Api.Totals(0, BigDecimal.ZERO);
        List<String> differences = new ArrayList<>();
        BigDecimal floorTotal = BigDecimal.ZERO;
        long eligible = 0;
        for (Long id : homes) {
            Api.Totals e = engine.getOrDefault(id, none);
            Api.Totals f = floor.getOrDefault(id, none);
            floorTotal = floorTotal.add(f.total());
            eligible += f.eligible();
            if (e.total().compareTo(f.total()) != 0 || e.eligible() != f.eligible()) {
                differences.add(String.format(
                        "home %d: application %s %s / %s yuan, floor %s %s / %s yuan",
                        id,
                        e.eligible(),
                        unit,
                        e.total().toPlainString(),
                        f.eligible(),
                        unit,
                        f.total().toPlainString()));
            }
        }
        if (differences.isEmpty() && engineTotal.compareTo(floorTotal) == 0) {
            return String.format(
                    "totals agree to the fen: %,d homes, %,d eligible %s, %s yuan",
                    homes.size(), eligible, unit, floorTotal.toPlainString());
        }
        String message = String.format(
                "totals DISAGREE in %d of %d homes (application %s yuan, floor %s yuan), e.g. %s",
                differences.size(),
                homes.size(),
                engineTotal.toPlainString(),
                floorTotal.toPlainString(),
                differences.subList(0, Math.min(3, differences.size())));
        problems.add(message);
        return message;
    }

    /**
     * Runs a floor statement. Without PostgreSQL's JIT: at region scale it compiled the operating statement
     * for 1.2 s, longer than the statement then ran; the application's own queries are cheap enough in the
     * planner's eyes never to be compiled.
     */
    private static Map<Long, Api.Totals> floor(Connection data, String sql) throws SQLException {
        Map<Long, Api.Totals> map = new HashMap<>();
        try (Statement st = data.createStatement()) {
            st.execute("SET jit = off");
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    map.put(rs.getLong(1), new Api.Totals(rs.getLong(2), rs.getBigDecimal(3)));
                }
            }
        }
        return map;
    }

    /** A floor statement with its dates written in for {@code :name} (so that each run is planned for them). */
    private static String sql(String resource, Map<String, LocalDate> dates) throws IOException {
        String sql;
        try (InputStream in = Benchmark.class.getResourceAsStream(resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, LocalDate> d : dates.entrySet()) {
            sql = sql.replace("DATE :" + d.getKey(), "DATE '" + d.getValue() + "'");
        }
        return sql;
    }

    // ------------------------------------------------------------------ 3. bed list under load

    private void bedList(Api auditor, int port, Plan plan, String[] row) throws Exception {
        Duration warmUp = Duration.ofSeconds(quick ? 3 : 5);
        Duration measure = Duration.ofSeconds(quick ? 5 : 20);
        int homes = plan.homeCount;
        int firstDay = plan.windowStart;
        int days = plan.todayDay - plan.windowStart + 1;
        String sample = "/api/care-homes/1/beds?on=" + today;
        if (auditor.status(STATIC_FILE) != 200 || auditor.status(sample) != 200) {
            throw new IllegalStateException("The static file or the bed list does not answer 200");
        }
        out.printf(
                "  3. %d connections, %d s warm-up, %d s measured; a random home and day (%s..%s) per request:%n",
                connections, warmUp.toSeconds(), measure.toSeconds(), LocalDate.ofEpochDay(firstDay), today);
        // Cold first: the server holds a home's bed timeline after its first bed list (see the README's Design),
        // so the first read of every home is measured on its own, and the load below is the steady state of a
        // server that has been in use for a while.
        long coldStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<Integer>> first = new ArrayList<>();
            for (int h = 1; h <= homes; h++) {
                String path = "/api/care-homes/" + h + "/beds?on=" + today;
                first.add(pool.submit(() -> auditor.status(path)));
            }
            for (Future<Integer> f : first) {
                if (f.get() != 200) {
                    throw new IllegalStateException("A home's first bed list answered " + f.get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double cold = seconds(coldStart);
        out.printf(
                Locale.ROOT,
                "     first bed list of each of the %,d homes (read from the database, %d at a time): %.1f s, %,.0f homes/s%n",
                homes,
                connections,
                cold,
                homes / cold);
        LoadTest.Result statics = LoadTest.run("static", port, null, connections, warmUp, measure, r -> STATIC_FILE);
        out.println("     static file " + STATIC_FILE + ": " + statics);
        LoadTest.Result rest = LoadTest.run(
                "beds",
                port,
                auditor.authorization(),
                connections,
                warmUp,
                measure,
                r -> "/api/care-homes/" + (1 + r.nextInt(homes)) + "/beds?on="
                        + LocalDate.ofEpochDay(firstDay + r.nextInt(days)));
        out.println("     GET /api/care-homes/{id}/beds?on=: " + rest);
        // the cheapest authenticated call (login remembered, one query): what any REST call costs here
        LoadTest.Result me =
                LoadTest.run("me", port, auditor.authorization(), connections, warmUp, measure, r -> "/api/me");
        out.println("     (reference) GET /api/me:        " + me);
        double share = rest.perSecond() / statics.perSecond();
        out.printf(
                Locale.ROOT,
                "     REST at %.1f%% of static (goal >= %.0f%%: %s); p99 %.1f ms (goal <= %.0f ms: %s)%n",
                100 * share,
                100 * REST_SHARE_GOAL,
                share >= REST_SHARE_GOAL ? "met" : "NOT met",
                rest.p99Ms(),
                P99_GOAL_MS,
                rest.p99Ms() <= P99_GOAL_MS ? "met" : "NOT met");
        out.printf(Locale.ROOT, "     /api/me at %.1f%% of static%n", 100 * me.perSecond() / statics.perSecond());
        if (rest.errors() > 0 || statics.errors() > 0 || me.errors() > 0) {
            problems.add("requests failed under load: " + rest.firstError() + " / " + statics.firstError() + " / "
                    + me.firstError());
        }
        row[10] = String.format(Locale.ROOT, "%,.0f / %,.0f", rest.perSecond(), statics.perSecond());
        row[11] = String.format(Locale.ROOT, "%.0f%%", 100 * share);
        row[12] = String.format(Locale.ROOT, "%.1f / %.1f ms", rest.p50Ms(), rest.p99Ms());
    }

    // ------------------------------------------------------------------ 4. Excel import

    /**
     * A care home's administrator imports 10,000 new residents from Excel: first a file with wrong rows (the
     * import takes all rows or none and answers 400 with every wrong row), then the corrected file.
     */
    private void residentImport(Api admin, WildFly server, Connection data, String[] row) throws Exception {
        int port = server.httpPort();
        int count = 10_000;
        int wrongRows = 25;
        String password = UUID.randomUUID().toString();
        admin.post(
                "/api/users",
                "{\"username\": \"bench-home\", \"password\": \"" + password
                        + "\", \"role\": \"HOME_ADMIN\", \"careHomeId\": 1}",
                201);
        Api home = new Api(port, "bench-home", password);
        List<String> registered = new ArrayList<>();
        try (Statement st = data.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT id_number FROM resident ORDER BY id LIMIT " + (wrongRows / 6 + 1))) {
            while (rs.next()) {
                registered.add(rs.getString(1));
            }
        }
        ResidentWorkbook withErrors = new ResidentWorkbook(count, wrongRows, today, seed, registered);
        byte[] file = withErrors.xlsx();
        byte[] corrected = withErrors.corrected().xlsx();
        home.status("/api/me"); // the login's password check is not part of the import

        long t0 = System.nanoTime();
        Api.Answer rejected = home.postFile("/api/residents/import", XLSX, file);
        double rejectSeconds = seconds(t0);
        Map<Integer, String> reported = new HashMap<>();
        if (rejected.body().containsKey("errors")) {
            rejected.body()
                    .getJsonArray("errors")
                    .forEach(e -> reported.put(
                            e.asJsonObject().getInt("row"), e.asJsonObject().getString("code")));
        }
        boolean allReported = rejected.status() == 400 && reported.equals(withErrors.wrong);
        t0 = System.nanoTime();
        Api.Answer imported = home.postFile("/api/residents/import", XLSX, corrected);
        double importSeconds = seconds(t0);
        long stored;
        try (Statement st = data.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM resident WHERE id_number LIKE '110101%'")) {
            rs.next();
            stored = rs.getLong(1);
        }
        boolean ok = imported.status() == 200 && stored == count;
        out.printf(
                Locale.ROOT,
                "  4. Excel import of %,d residents (%,d KB .xlsx) by a care home's administrator:%n",
                count,
                file.length / 1024);
        out.printf(
                Locale.ROOT,
                "     file with %d wrong rows: %.2f s, answered %d, %d rows reported; every wrong row "
                        + "reported with its row number and code: %s%n",
                wrongRows,
                rejectSeconds,
                rejected.status(),
                reported.size(),
                allReported ? "yes" : "NO " + reported);
        out.printf(
                Locale.ROOT,
                "     corrected file: %.2f s, answered %d, %,d residents stored (goal <= 10 s: %s)%n",
                importSeconds,
                imported.status(),
                stored,
                importSeconds <= 10 && rejectSeconds <= 10 ? "met" : "NOT met");
        if (!allReported || !ok) {
            problems.add("import of residents: wrong rows reported " + allReported + ", corrected file imported " + ok
                    + " (" + imported.status() + " " + imported.body() + ")");
        }
        row[13] = String.format(Locale.ROOT, "%.1f / %.1f s", rejectSeconds, importSeconds);
        row[14] = allReported && ok ? "yes" : "NO";
        largestImport(home, server, data);
    }

    /**
     * The largest file the import accepts ({@link ResidentSheet#MAX_ROWS} residents, new ID numbers of their
     * own), with the server's heap sampled while it runs: the import streams the sheet, so what it holds is
     * the rows of one file, whatever the file's size.
     */
    private void largestImport(Api home, WildFly server, Connection data) throws Exception {
        int count = ResidentSheet.MAX_ROWS;
        byte[] file = new ResidentWorkbook(count, 0, today, seed + 1, List.of(), "110102").xlsx();
        ExecutorService one = Executors.newSingleThreadExecutor();
        List<WildFly.Heap> during = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            Future<Api.Answer> running = one.submit(() -> home.postFile("/api/residents/import", XLSX, file));
            while (!running.isDone()) {
                WildFly.Heap h = server.heap();
                if (!running.isDone()) {
                    during.add(h);
                }
            }
            Api.Answer answer = running.get();
            double seconds = seconds(t0);
            long stored;
            try (Statement st = data.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM resident WHERE id_number LIKE '110102%'")) {
                rs.next();
                stored = rs.getLong(1);
            }
            long maxUsed = during.stream().mapToLong(WildFly.Heap::usedMb).max().orElse(-1);
            long maxLive = during.stream().mapToLong(WildFly.Heap::liveMb).max().orElse(-1);
            out.printf(
                    Locale.ROOT,
                    "     largest file allowed (%,d residents, %,d KB .xlsx): %.2f s, answered %d, %,d "
                            + "stored; server heap during it (%d samples): at most %,d MB used, %,d MB live after a full GC "
                            + "(max %,d MB)%n",
                    count,
                    file.length / 1024,
                    seconds,
                    answer.status(),
                    stored,
                    during.size(),
                    maxUsed,
                    maxLive,
                    during.isEmpty() ? -1 : during.get(0).maxMb());
            if (answer.status() != 200 || stored != count) {
                problems.add("import of the largest file allowed: answered " + answer.status() + ", " + stored
                        + " stored (" + answer.body() + ")");
            }
        } finally {
            one.shutdownNow();
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // ------------------------------------------------------------------ summary and helpers

    private void printSummary() {
        out.println();
        out.println(
                "Summary (application / floor medians; REST / static; import: the file with wrong rows / the corrected one; heap = live after the last step;"
                        + " recomputation: paid lines / deaths / lines changed / time of every paid line / time of the operating preview)");
        String[] head = {
            "scale",
            "stays",
            "load",
            "rows/s",
            "operating",
            "ratio",
            "fen",
            "construction",
            "ratio",
            "fen",
            "beds req/s",
            "share",
            "p50 / p99",
            "import (report / 10,000)",
            "rows",
            "heap",
            "recomputation after deaths"
        };
        List<String[]> rows = new ArrayList<>();
        rows.add(head);
        rows.addAll(summary);
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i] == null ? 1 : r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                String cell = r[i] == null ? "-" : r[i];
                sb.append(cell).append(" ".repeat(width[i] - cell.length())).append(i < r.length - 1 ? " | " : "");
            }
            out.println(sb);
        }
    }

    /** PostgreSQL's date + interval against java.time's plusMonths / plusYears, on the days where they could differ. */
    private void checkDateArithmetic() throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusMonths(1)) {
            for (int day = 28; day <= d.lengthOfMonth(); day++) {
                days.add(d.withDayOfMonth(day));
            }
        }
        days.add(LocalDate.of(1956, 2, 29));
        days.add(LocalDate.of(1964, 2, 29));
        int mismatches = 0;
        try (Connection c = admin();
                Statement st = c.createStatement()) {
            for (LocalDate d : days) {
                try (ResultSet rs = st.executeQuery("SELECT (DATE '" + d + "' + interval '6 months')::date, (DATE '" + d
                        + "' + make_interval(years => 60))::date, (DATE '" + d
                        + "' + make_interval(months => 1))::date")) {
                    rs.next();
                    if (!rs.getDate(1).toLocalDate().equals(d.plusMonths(6))
                            || !rs.getDate(2).toLocalDate().equals(d.plusYears(60))
                            || !rs.getDate(3).toLocalDate().equals(d.plusMonths(1))) {
                        mismatches++;
                    }
                }
            }
        }
        out.printf(
                "  PostgreSQL date + interval equals LocalDate.plusMonths/plusYears on %d month ends and leap days: %s%n",
                days.size(), mismatches == 0 ? "yes" : "NO (" + mismatches + " differ)");
        if (mismatches > 0) {
            problems.add("date arithmetic differs between PostgreSQL and java.time");
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url("postgres"), pgUser, "bench");
    }

    private String url(String db) {
        return "jdbc:postgresql://" + pgHost + "/" + db;
    }

    private void execute(Connection c, String sql) throws SQLException {
        try (c;
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Writes to the console and the report file. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }

    /** What the figures were measured on. */
    static final class Machine {

        private Machine() {}

        static String describe(Connection pg) throws SQLException, IOException {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("?");
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> String.format("%.1f GB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024))
                    .orElse("?");
            String version;
            try (pg;
                    Statement st = pg.createStatement();
                    ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            return String.format(
                    "%d cores (%s), %s RAM, Java %s, PostgreSQL %s; load average %s",
                    Runtime.getRuntime().availableProcessors(),
                    cpu,
                    mem,
                    System.getProperty("java.version"),
                    version,
                    loadAverage());
        }

        static String loadAverage() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "?";
            }
        }
    }
}
