package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.OpenApiContract;
import com.jialicare.it.support.TestData;
import com.jialicare.it.support.Workbooks;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing residents from Excel: all rows or none, every rejected row reported")
class ResidentImportIT extends ApiITBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<String> row(String name, String id, String hukou, String supported, String level, String date) {
        return List.of(name, id, hukou, supported, level, date);
    }

    @Test
    @DisplayName("a file with one bad row imports nothing and names the row; corrected, it imports every row")
    void badRowThenGoodFile() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 10);
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(
                    TestData.name("导入"),
                    TestData.idNumber(LocalDate.of(1945, 1, 1).plusDays(i), i % 2 == 0),
                    "511102",
                    i == 0 ? "是" : "否",
                    String.valueOf(i % 5),
                    "2024-03-01"));
        }
        List<List<String>> bad = new ArrayList<>(rows);
        String good = rows.get(2).get(1);
        bad.set(
                2,
                row(
                        rows.get(2).get(0),
                        good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'),
                        "511102",
                        "否",
                        "2",
                        "2024-03-01"));
        bad.set(4, row(rows.get(4).get(0), rows.get(4).get(1), "511102", "否", "7", "2024-02-30"));

        Map<String, Long> before = Database.counts();
        var rejected = homeAdmin.upload("api/residents/import", Workbooks.residents(bad), XLSX);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("IMPORT_REJECTED");
        assertThat(rejected.json().getInt("imported")).isZero();
        var errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors)
                .extracting(e -> e.getInt("row") + ":" + e.getString("code"))
                .containsExactly("4:ID_NUMBER_CHECK", "6:INVALID_CARE_LEVEL", "6:INVALID_DATE");
        assertThat(Database.counts()).as("nothing imported").isEqualTo(before);

        var imported = homeAdmin.upload("api/residents/import", Workbooks.residents(rows), XLSX);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(5);
        var list =
                homeAdmin.get("api/residents?careHomeId=" + home + "&size=50").json();
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(5);

        var again = homeAdmin.upload("api/residents/import", Workbooks.residents(rows), XLSX);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .hasSize(5)
                .allMatch(e -> e.getString("code").equals("RESIDENT_ALREADY_REGISTERED"));

        var junk = homeAdmin.upload("api/residents/import", "not a workbook".getBytes(), XLSX);
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.code()).isEqualTo("IMPORT_FILE_UNREADABLE");
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        assertThat(county.upload("api/residents/import", Workbooks.residents(rows), XLSX)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "?preview=true stores nothing and says what an import would do; every bad cell of a row with its column"
                    + " as written; missing columns by their reason; the template to fill in")
    void previewColumnsAndTemplate() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 10);
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        String first = TestData.idNumber(LocalDate.of(1946, 2, 2), true);
        String second = TestData.idNumber(LocalDate.of(1946, 2, 3), false);
        List<List<String>> rows = List.of(
                row(TestData.name("预览"), first, "511102", "否", "1", "2024-03-01"),
                row(TestData.name("预览"), second, "511102", "是", "2", "2024-03-01"));
        String wrongCheck = second.substring(0, 17) + (second.charAt(17) == '1' ? '2' : '1');
        List<List<String>> bad =
                List.of(rows.get(0), row(rows.get(1).get(0), wrongCheck, "5111", "是", "9", "2024-03-01"));

        Map<String, Long> before = Database.counts();
        var rejected = homeAdmin.upload("api/residents/import?preview=true", Workbooks.residents(bad), XLSX);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("IMPORT_REJECTED");
        assertThat(rejected.json().getBoolean("preview")).isTrue();
        assertThat(rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row") + ":" + e.getString("column") + ":" + e.getString("columnKey") + ":"
                        + e.getString("field") + ":" + e.getString("code"))
                .containsExactly(
                        "3:身份证号码:ID_NUMBER:idNumber:ID_NUMBER_CHECK",
                        "3:户籍地代码:HUKOU:hukouCode:DIVISION_CODE_FORMAT",
                        "3:能力等级:CARE_LEVEL:careLevel:INVALID_CARE_LEVEL");

        var preview = homeAdmin.upload("api/residents/import?preview=true", Workbooks.residents(rows), XLSX);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().getBoolean("preview")).isTrue();
        assertThat(preview.json().getInt("rows")).isEqualTo(2);
        assertThat(preview.json().getInt("imported")).isZero();
        assertThat(Database.counts()).as("a preview stores nothing").isEqualTo(before);

        var imported = homeAdmin.upload("api/residents/import", Workbooks.residents(rows), XLSX);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(2);
        assertThat(imported.json().getBoolean("preview")).isFalse();

        // a list of another import: its ID number column only
        var missing = homeAdmin.upload(
                "api/residents/import",
                com.jialicare.infrastructure.importing.RegistryEventSheet.xlsx(List.of()),
                XLSX);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.code()).as("the file's code is as before").isEqualTo("IMPORT_FILE_UNREADABLE");
        assertThat(missing.json().getString("reason")).isEqualTo("IMPORT_MISSING_COLUMN");
        assertThat(missing.json().getJsonArray("reasonArgs").getString(0)).isEqualTo("姓名, 户籍地代码, 特困供养, 能力等级, 评估日期");

        byte[] template = homeAdmin.bytes("api/residents/template.xlsx", 200);
        var read = new com.jialicare.infrastructure.importing.ResidentSheet().read(template);
        assertThat(read.headers()).containsExactlyElementsOf(Workbooks.HEADER);
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    @DisplayName("2,000 residents import in one go (time printed, not asserted)")
    void twoThousandRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row(
                    "批量" + i,
                    TestData.idNumber(LocalDate.of(1930, 1, 1).plusDays(i * 7L), i % 2 == 0),
                    "511124",
                    "否",
                    String.valueOf(i % 5),
                    "2024-05-01"));
        }
        byte[] file = Workbooks.residents(rows);
        long started = System.nanoTime();
        var r = admin.upload("api/residents/import", file, XLSX);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(
                "Imported 2,000 residents from a " + file.length / 1024 + " KiB workbook in " + millis + " ms");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("imported")).isEqualTo(2000);
    }

    // ------------------------------------------------------------ exhausting the server (issue 12, finding 2)

    private static byte[] large;

    /**
     * 120,000 residents, about 4 MB: six times the row limit (made once, it takes a few seconds). Before the
     * sheet was streamed, one such file took most of the test server's 1 GB heap and three at once ran it out
     * of memory.
     */
    private static synchronized byte[] large() {
        if (large == null) {
            large = Workbooks.manyResidents(120_000);
            System.out.println("A workbook of 120,000 residents: " + large.length / 1024 + " KiB");
        }
        return large;
    }

    /** An answer to an upload with its headers; {@code failure} when no answer came at all. */
    private record Answer(int status, String code, String retryAfter, String body, String failure) {}

    /** Uploads as the administrator with a client of its own (so that a reset connection is seen, not thrown). */
    private Answer upload(byte[] file) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/residents/import"))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Content-Type", XLSX)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + Deployments.ADMIN_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        try {
            HttpResponse<String> r = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OpenApiContract.check(
                    URI.create(base.toString()),
                    request,
                    new String(file, StandardCharsets.ISO_8859_1),
                    r,
                    OpenApiContract.Check.BOTH);
            String code = null;
            if (r.body().startsWith("{")) {
                JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
                code = json.isNull("code") ? null : json.getString("code", null);
            }
            return new Answer(
                    r.statusCode(),
                    code,
                    r.headers().firstValue("Retry-After").orElse(null),
                    r.body().length() > 300 ? r.body().substring(0, 300) : r.body(),
                    null);
        } catch (IOException e) {
            return new Answer(0, null, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks {@code /api/health} every quarter second while something else runs; every answer is kept. */
    private final class HealthWatch implements AutoCloseable {

        final List<Integer> statuses = new CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private final Thread thread = new Thread(
                () -> {
                    ApiClient anyone = ApiClient.anonymous(base);
                    while (running) {
                        try {
                            statuses.add(anyone.get("api/health").status());
                        } catch (RuntimeException e) {
                            statuses.add(0);
                        }
                        try {
                            Thread.sleep(250);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "health-watch");

        HealthWatch() {
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(70_000);
        }
    }

    @Test
    @DisplayName(
            "120,000 rows (4 MB): a clear 400 IMPORT_TOO_MANY_ROWS, /api/health answering all along, nothing stored")
    void tooManyRows() throws Exception {
        byte[] file = large();
        Map<String, Long> before = Database.counts();
        Answer r;
        long millis;
        try (HealthWatch health = new HealthWatch()) {
            long started = System.nanoTime();
            r = upload(file);
            millis = (System.nanoTime() - started) / 1_000_000;
            health.close();
            assertThat(health.statuses)
                    .as("/api/health during the import")
                    .isNotEmpty()
                    .containsOnly(200);
        }
        System.out.println("120,000 rows refused in " + millis + " ms");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        assertThat(r.body()).contains("20000");
        assertThat(Database.counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName("a zip bomb (a small file whose sheet unpacks to 500 MB) is refused with 400 IMPORT_CONTENT_TOO_LARGE")
    void zipBomb() {
        byte[] bomb = Workbooks.zipBomb(500);
        assertThat(bomb.length).as("compressed").isLessThan(2_000_000);
        Map<String, Long> before = Database.counts();
        Answer r = upload(bomb);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IMPORT_CONTENT_TOO_LARGE");
        assertThat(Database.counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName(
            "three large uploads at once: each answered 400, or 503 IMPORT_BUSY with Retry-After; never 500; health answers")
    void threeAtOnce() throws Exception {
        byte[] file = large();
        Map<String, Long> before = Database.counts();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Answer> answers = new ArrayList<>();
        try (HealthWatch health = new HealthWatch()) {
            List<CompletableFuture<Answer>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(CompletableFuture.supplyAsync(() -> upload(file), pool));
            }
            for (CompletableFuture<Answer> f : sent) {
                answers.add(f.get());
            }
            health.close();
            assertThat(health.statuses)
                    .as("/api/health during the imports")
                    .isNotEmpty()
                    .containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Three at once: "
                + answers.stream().map(a -> a.status() + " " + a.code()).toList());
        for (Answer a : answers) {
            assertThat(a.status()).as(a.toString()).isIn(400, 503);
            if (a.status() == 503) {
                assertThat(a.code()).isEqualTo("IMPORT_BUSY");
                assertThat(a.retryAfter()).isNotBlank();
            } else {
                assertThat(a.code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
            }
        }
        assertThat(Database.counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @DisplayName("a body over 10 MB is refused with 413 IMPORT_FILE_TOO_LARGE, unread")
    void bodyTooLarge() {
        // (above 10 MiB, the server's max-post-size, Undertow itself answers 400 before the application)
        byte[] junk = new byte[10_200_000];
        Answer r = upload(junk);
        assertThat(r.status()).as(r.toString()).isEqualTo(413);
        assertThat(r.code()).isEqualTo("IMPORT_FILE_TOO_LARGE");
    }
}
