package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.OpenApiContract;
import com.jialicare.it.support.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Applications over HTTP: county review, public notice, city approval, payment")
class ApplicationWorkflowIT extends ApiITBase {

    /** The server's date: its training clock only moves forward, and earlier tests may have moved it. */
    private LocalDate today;

    private long home;
    private long bed1;
    private long bed2;
    private ApiClient homeAdmin;
    private ApiClient county;
    private ApiClient cityAuditor;

    @BeforeEach
    void aPrivateHomeWithTwoNewBeds() {
        today = ServerClock.today(admin);
        // the suite's shared policy versions (level 2: 220 a month from 2024-07), whichever class runs first
        com.jialicare.it.support.CityPolicies.ensure(admin);
        home = city.home("PRIVATE", "511124", LocalDate.of(2020, 1, 1), 10);
        bed1 = city.bed(home, "N-1", LocalDate.of(2022, 1, 10));
        bed2 = city.bed(home, "N-2", LocalDate.of(2022, 1, 10));
        homeAdmin = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511124").build());
        cityAuditor = city.user("CITY_AUDITOR", object().build());
    }

    private ApiClient.Response create(JsonObject body) {
        return homeAdmin.post("api/applications", body);
    }

    private long construction() {
        var r = create(object().add("careHomeId", home)
                .add("kind", "CONSTRUCTION")
                .add("asOf", "2024-06-01")
                .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static void ok(ApiClient.Response r, String state) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("state")).as(r.toString()).isEqualTo(state);
    }

    @Test
    @DisplayName("from draft to paid, every step recorded; the lines are frozen at submission")
    void fromDraftToPaid() {
        long id = construction();
        var draft = homeAdmin.get("api/applications/" + id).json();
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getBoolean("frozen")).isFalse();
        assertThat(draft.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("22000.00");

        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        ok(submitted, "SUBMITTED");
        assertThat(submitted.json().getInt("revision")).isEqualTo(1);
        assertThat(submitted.json().getBoolean("frozen")).isTrue();
        assertThat(submitted.json().getJsonArray("lines")).hasSize(2);
        assertThat(submitted.body()).contains("\"total\":22000.00");

        assertThat(cityAuditor
                        .post(
                                "api/applications/" + id + "/notice",
                                object().add("from", today.toString()).build())
                        .code())
                .isEqualTo("WRONG_STATE");
        ok(
                county.post(
                        "api/applications/" + id + "/approve",
                        object().add("comment", "材料齐全").build()),
                "COUNTY_APPROVED");
        var notice = cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", today.toString()).build());
        ok(notice, "PUBLIC_NOTICE");
        // the training clock, not a backdated notice, gets past the seven days
        today = ServerClock.advanceTo(admin, lastDay(notice).plusDays(1));
        ok(cityAuditor.post("api/applications/" + id + "/approve", "{}"), "CITY_APPROVED");

        var wrong = cityAuditor.post(
                "api/applications/" + id + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", Json.createValue(new java.math.BigDecimal("21999.99")))
                        .add("voucher", "PZ-" + id)
                        .build());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.code()).isEqualTo("AMOUNT_MISMATCH");
        var paid = cityAuditor.post(
                "api/applications/" + id + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", Json.createValue(new java.math.BigDecimal("22000.00")))
                        .add("voucher", "PZ-" + id)
                        .build());
        ok(paid, "PAID");
        assertThat(paid.json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "COUNTY_APPROVE", "START_NOTICE", "CITY_APPROVE", "PAY");

        var xlsx = cityAuditor.download("api/applications/" + id + "/lines.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var pdf = county.download("api/applications/" + id + "/approval-sheet.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        // the server read the font from the deployed jar: embedded as a subset, the amount labelled approved once
        // paid, states and actions in words, a page footer
        byte[] sheet = county.bytes("api/applications/" + id + "/approval-sheet.pdf", 200);
        assertThat(new String(sheet, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/FontFile3")
                .containsPattern("/[A-Z]{6}\\+NotoSansCJKsc-Regular")
                .doesNotContain("/STSong-Light");
        String sheetText = pdfText(sheet);
        assertThat(sheetText)
                .contains("核定金额（元）", "已拨付", "登记拨付", "第 1 页，共 1 页", "22,000.00")
                .doesNotContain("PAID", "COUNTY_APPROVE");
        assertThat(pdfText(county.bytes("api/applications/" + id + "/approval-sheet.pdf?lang=en", 200)))
                .contains("Approved (yuan)", "Payment recorded", "Page 1 of 1")
                .doesNotContain("PAID");
        // the language: the UI's links say it with lang=, which wins over the browser's Accept-Language
        String lines = "api/applications/" + id + "/lines.xlsx";
        assertThat(sheetName(cityAuditor.bytes(lines, 200))).isEqualTo("明细");
        assertThat(sheetName(cityAuditor.acceptLanguage("en").bytes(lines, 200)))
                .isEqualTo("Lines");
        assertThat(sheetName(cityAuditor.acceptLanguage("zh-CN").bytes(lines + "?lang=en", 200)))
                .isEqualTo("Lines");
        assertThat(sheetName(cityAuditor.acceptLanguage("en").bytes(lines + "?lang=zh", 200)))
                .isEqualTo("明细");
        assertThat(cityAuditor.download(lines + "?lang=fr").code()).isEqualTo("INVALID_LANGUAGE");
        assertThat(cityAuditor
                        .download("api/applications/" + id + "/approval-sheet.pdf?lang=fr")
                        .status())
                .isEqualTo(400);
        assertThat(county.bytes("api/applications/" + id + "/approval-sheet.pdf?lang=en", 200))
                .startsWith("%PDF-".getBytes());
        assertThat(city.user(
                                "COUNTY_AUDITOR",
                                object().add("countyCode", "511102").build())
                        .download("api/applications/" + id + "/approval-sheet.pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "roles: the home cannot approve its own application, the county cannot publish, the city cannot approve before the notice ends")
    void whoMayDoWhat() {
        long id = construction();
        assertThat(county.post("api/applications/" + id + "/approve", "{}").code())
                .isEqualTo("WRONG_STATE");
        homeAdmin.post("api/applications/" + id + "/submit");
        var own = homeAdmin.post("api/applications/" + id + "/approve", "{}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(cityAuditor.post("api/applications/" + id + "/approve", "{}").code())
                .isEqualTo("WRONG_STATE");
        ok(county.post("api/applications/" + id + "/approve", "{}"), "COUNTY_APPROVED");
        assertThat(county.post(
                                "api/applications/" + id + "/notice",
                                object().add("from", today.toString()).build())
                        .status())
                .isEqualTo(403);
        ok(
                cityAuditor.post(
                        "api/applications/" + id + "/notice",
                        object().add("from", today.toString()).build()),
                "PUBLIC_NOTICE");
        var early = cityAuditor.post("api/applications/" + id + "/approve", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("NOTICE_NOT_ENDED");
    }

    @Test
    @DisplayName("scope: another county, another home and a family account get 404")
    void scope() {
        long id = construction();
        ApiClient otherCounty =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        long otherHome = city.home("PRIVATE", "511124", LocalDate.of(2020, 1, 1), 10);
        ApiClient otherHomeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", otherHome).build());
        assertThat(otherCounty.get("api/applications/" + id).status()).isEqualTo(404);
        assertThat(otherHomeAdmin.get("api/applications/" + id).status()).isEqualTo(404);
        assertThat(otherHomeAdmin.post("api/applications/" + id + "/submit").status())
                .isEqualTo(404);
        assertThat(county.get("api/applications/" + id).status()).isEqualTo(200);
        assertThat(otherCounty
                        .get("api/applications?state=DRAFT")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .noneMatch(a -> a.getInt("id") == id);
    }

    @Test
    @DisplayName("already claimed: a second application gets nothing until the first is returned")
    void alreadyClaimed() {
        long first = construction();
        ok(homeAdmin.post("api/applications/" + first + "/submit"), "SUBMITTED");
        long second = construction();
        var preview = homeAdmin.get("api/applications/" + second).json();
        assertThat(preview.getJsonArray("lines").getValuesAs(JsonObject.class))
                .allMatch(l -> l.getString("reasonCode").equals("ALREADY_CLAIMED"));
        var refused = homeAdmin.post("api/applications/" + second + "/submit");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("NO_ELIGIBLE_LINES");

        ok(
                county.post(
                        "api/applications/" + first + "/return",
                        object().add("reason", "床位照片不清").build()),
                "RETURNED");
        ok(homeAdmin.post("api/applications/" + second + "/submit"), "SUBMITTED");
        assertThat(Database.scalar("select count(*) from claimed_bed where application_id = " + second))
                .isEqualTo(2);
        assertThat(Database.scalar("select count(*) from claimed_bed where application_id = " + first))
                .isZero();
        var resubmit = homeAdmin.post("api/applications/" + first + "/submit");
        assertThat(resubmit.code()).isEqualTo("NO_ELIGIBLE_LINES");
    }

    @Test
    @DisplayName(
            "operating months are frozen at submission: a later discharge does not change them; a new revision may")
    void frozenOperatingLines() {
        long resident = city.resident(LocalDate.of(1950, 3, 1), "511124", 2, LocalDate.of(2023, 12, 1));
        long stay = city.admit(resident, bed1, LocalDate.of(2024, 1, 1));
        var created = create(object().add("careHomeId", home)
                .add("kind", "OPERATING")
                .add("from", "2024-01")
                .add("to", "2024-12")
                .build());
        long id = created.id();
        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        ok(submitted, "SUBMITTED");
        // June to December count (six months reached on 2024-07-01), level 2: 200 in June, 220 a month from July
        assertThat(submitted.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1520.00");
        var lines = submitted.json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).hasSize(12);
        assertThat(lines.get(4).getString("reasonCode")).isEqualTo("STAY_UNDER_SIX_MONTHS");
        assertThat(lines.get(5).isNull("reasonCode")).isTrue();

        assertThat(admin.post(
                                "api/stays/" + stay + "/absences",
                                object().add("from", "2024-07-01")
                                        .add("until", "2024-07-25")
                                        .build())
                        .status())
                .isEqualTo(201);
        var later = homeAdmin.get("api/applications/" + id).json();
        assertThat(later.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1520.00");
        assertThat(later.getJsonArray("lines")
                        .getValuesAs(JsonObject.class)
                        .get(6)
                        .isNull("reasonCode"))
                .isTrue();

        ok(
                county.post(
                        "api/applications/" + id + "/return",
                        object().add("reason", "7月住院").build()),
                "RETURNED");
        var second = homeAdmin.post("api/applications/" + id + "/submit");
        ok(second, "SUBMITTED");
        assertThat(second.json().getInt("revision")).isEqualTo(2);
        assertThat(second.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("1300.00");
        assertThat(homeAdmin
                        .get("api/applications/" + id + "?revision=1")
                        .json()
                        .getJsonNumber("total")
                        .bigDecimalValue())
                .isEqualByComparingTo("1520.00"); // each revision shows its own lines' total
        assertThat(homeAdmin
                        .get("api/applications/" + id + "?revision=1")
                        .json()
                        .getJsonArray("lines")
                        .getValuesAs(JsonObject.class)
                        .get(6)
                        .isNull("reasonCode"))
                .isTrue();
    }

    @Test
    @DisplayName(
            "the facts behind a line: one call, the registry as it records them now, for whoever may read the application")
    void factsBehindALine() {
        long resident = city.resident(LocalDate.of(1950, 3, 1), "511124", 2, LocalDate.of(2023, 12, 1));
        long stay = city.admit(resident, bed1, LocalDate.of(2024, 1, 1));
        long operating = create(object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-07")
                        .build())
                .id();
        var line = homeAdmin
                .get("api/applications/" + operating)
                .json()
                .getJsonArray("lines")
                .getJsonObject(0);
        assertThat(admin.post(
                                "api/stays/" + stay + "/absences",
                                object().add("from", "2024-07-01")
                                        .add("until", "2024-07-05")
                                        .build())
                        .status())
                .isEqualTo(201);

        var r = county.get("api/applications/" + operating + "/lines/" + line.getInt("lineNo") + "/facts");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject facts = r.json();
        assertThat(facts.getString("month")).isEqualTo("2024-07");
        assertThat(facts.getJsonObject("policy").getJsonNumber("rate").bigDecimalValue())
                .isEqualByComparingTo("220");
        assertThat(facts.getJsonObject("policy").getInt("minStayMonths")).isEqualTo(6);
        JsonObject month = facts.getJsonObject("residentMonth");
        assertThat(month.getJsonNumber("stayId").longValue()).isEqualTo(stay);
        assertThat(month.getJsonNumber("residentId").longValue()).isEqualTo(resident);
        assertThat(month.getBoolean("localHukou")).isTrue();
        assertThat(month.getString("maskedIdNumber")).contains("*");
        assertThat(month.getJsonArray("beds").getJsonObject(0).getString("bedCode"))
                .isEqualTo("N-1");
        assertThat(month.getJsonArray("absences")).hasSize(1); // recorded after the line was computed: as it is now
        assertThat(facts.containsKey("bed") && !facts.isNull("bed")).isFalse();

        long construction = construction();
        var bedLine = homeAdmin
                .get("api/applications/" + construction)
                .json()
                .getJsonArray("lines")
                .getJsonObject(0);
        JsonObject bedFacts = homeAdmin
                .get("api/applications/" + construction + "/lines/" + bedLine.getInt("lineNo") + "/facts")
                .json();
        assertThat(bedFacts.getJsonObject("bed").getString("bedCode")).isEqualTo(bedLine.getString("bedCode"));
        assertThat(bedFacts.getJsonObject("bed").getString("ownership")).isEqualTo("PRIVATE");
        assertThat(bedFacts.getJsonObject("bed").getString("statusOnAsOf"))
                .isEqualTo("N-1".equals(bedLine.getString("bedCode")) ? "OCCUPIED" : "VACANT");
        assertThat(bedFacts.getJsonObject("policy").getJsonNumber("rate").bigDecimalValue())
                .isEqualByComparingTo("11000");

        assertThat(county.get("api/applications/" + construction + "/lines/999/facts")
                        .code())
                .isEqualTo("LINE_NOT_FOUND");
        ApiClient otherCounty =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        var hidden = otherCounty.get("api/applications/" + construction + "/lines/1/facts");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("APPLICATION_NOT_FOUND");
    }

    @Test
    @DisplayName(
            "public notice: anyone sees it without login, names masked; an upheld objection returns the application")
    void noticeAndObjection() {
        long resident = city.resident(LocalDate.of(1950, 3, 1), "511124", 1, LocalDate.of(2023, 12, 1));
        city.admit(resident, bed2, LocalDate.of(2024, 1, 1));
        long id = create(object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-08")
                        .build())
                .id();
        ok(homeAdmin.post("api/applications/" + id + "/submit"), "SUBMITTED");
        ok(county.post("api/applications/" + id + "/approve", "{}"), "COUNTY_APPROVED");
        ok(
                cityAuditor.post(
                        "api/applications/" + id + "/notice",
                        object().add("from", today.toString()).build()),
                "PUBLIC_NOTICE");

        ApiClient anybody = admin.anonymous();
        var notices = anybody.get("api/notices");
        assertThat(notices.status()).isEqualTo(200);
        JsonObject mine = notices.array().getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getInt("applicationId") == id)
                .findFirst()
                .orElseThrow();
        assertThat(mine.getJsonArray("lines").getValuesAs(JsonObject.class))
                .allMatch(l -> l.getString("resident").contains("*"));
        assertThat(notices.body()).doesNotContain("idNumber");

        var objection = anybody.post(
                "api/applications/" + id + "/objections",
                object().add("text", "该老人8月已回家居住").build());
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);
        long oid = objection.id();
        var decided = cityAuditor.post(
                "api/applications/" + id + "/objections/" + oid + "/decision",
                object().add("upheld", true).add("comment", "核实属实").build());
        ok(decided, "RETURNED");
        assertThat(Database.scalar("select count(*) from claimed_month where application_id = " + id))
                .isZero();
        assertThat(anybody.post(
                                "api/applications/" + id + "/objections",
                                object().add("text", "x").build())
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("family view: where the elder lives, the six-month date and the application's state in plain words")
    void familyView() {
        long resident = city.resident(LocalDate.of(1949, 5, 5), "511124", 3, LocalDate.of(2023, 12, 1));
        city.admit(resident, bed1, LocalDate.of(2024, 1, 15));
        long id = create(object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-09")
                        .build())
                .id();
        ok(homeAdmin.post("api/applications/" + id + "/submit"), "SUBMITTED");
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(resident))
                        .build());
        var r = family.get("api/family/residents");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject elder = r.array().getJsonObject(0);
        assertThat(elder.getString("minimumStayReachedOn")).isEqualTo("2024-07-15");
        assertThat(elder.getBoolean("minimumStayReached")).isTrue();
        assertThat(elder.getInt("minimumStayMonths")).isEqualTo(6);
        assertThat(elder.getString("idNumber")).contains("**********");
        assertThat(elder.getString("bed")).contains("N-1");
        JsonObject app = elder.getJsonArray("applications").getJsonObject(0);
        assertThat(app.getString("state")).isEqualTo("SUBMITTED");
        assertThat(app.getString("stateText")).isEqualTo("已提交，等待区县民政局审核");
        assertThat(app.getString("stateMeaning")).isEqualTo("区县民政局正在核对老人的入住记录。");
        assertThat(elder.getString("summary")).contains("2024年1月15日").doesNotContain("2024-01-15", "可计入");
        assertThat(elder.getJsonObject("home").isNull("phone"))
                .as("a home filed without a phone")
                .isTrue();
        assertThat(app.getJsonArray("months").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("2024-07", "2024-08", "2024-09");
        assertThat(family.get("api/applications/" + id).status()).isEqualTo(404);
        assertThat(homeAdmin.get("api/family/residents").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("two applications over the same months submitted at once: exactly one gets each line")
    void racingSubmissions() throws Exception {
        for (int i = 0; i < 2; i++) {
            long r = city.resident(LocalDate.of(1950, 1, 1).plusDays(i), "511124", 1, LocalDate.of(2023, 12, 1));
            city.admit(r, i == 0 ? bed1 : bed2, LocalDate.of(2024, 1, 1));
        }
        List<Long> ids = List.of(
                create(object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2024-07")
                                .add("to", "2024-12")
                                .build())
                        .id(),
                create(object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2024-07")
                                .add("to", "2024-12")
                                .build())
                        .id());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiClient.Response>> answers = ids.stream()
                    .map(id -> pool.submit(() -> {
                        go.await();
                        return homeAdmin.post("api/applications/" + id + "/submit");
                    }))
                    .toList();
            go.countDown();
            var a = answers.get(0).get();
            var b = answers.get(1).get();
            assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.scalar(
                        "select count(*) from claimed_month c join stay s on s.id = c.stay_id where s.care_home_id = "
                                + home))
                .isEqualTo(12);
        assertThat(Database.scalar(
                        "select count(distinct application_id) from claimed_month c join stay s on s.id = c.stay_id "
                                + "where s.care_home_id = " + home))
                .isEqualTo(1);
    }

    /** JSON leaves out what is null. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static LocalDate lastDay(ApiClient.Response r) {
        return LocalDate.parse(r.json().getJsonObject("notice").getString("lastDay"));
    }

    private List<String> actions(long id) {
        return cityAuditor
                .get("api/applications/" + id)
                .json()
                .getJsonArray("history")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action"))
                .toList();
    }

    /** A construction application approved by the county, ready for the city's notice. */
    private long countyApproved() {
        long id = construction();
        ok(homeAdmin.post("api/applications/" + id + "/submit"), "SUBMITTED");
        ok(county.post("api/applications/" + id + "/approve", "{}"), "COUNTY_APPROVED");
        return id;
    }

    @Test
    @DisplayName("the notice cannot be dated before the county's approval: 409, nothing changes")
    void noticeBeforeCountyApproval() {
        long id = countyApproved();
        List<String> before = actions(id);
        for (LocalDate from : List.of(today.minusDays(1), today.minusMonths(3))) {
            var r = cityAuditor.post(
                    "api/applications/" + id + "/notice",
                    object().add("from", from.toString())
                            .add("reason", "贴在乡政府公告栏")
                            .build());
            assertThat(r.status()).as(r.toString()).isEqualTo(409);
            assertThat(r.code()).isEqualTo("NOTICE_BEFORE_COUNTY_APPROVAL");
            assertThat(r.json().getString("field")).isEqualTo("from");
        }
        var after = cityAuditor.get("api/applications/" + id).json();
        assertThat(after.getString("state")).isEqualTo("COUNTY_APPROVED");
        assertThat(absent(after, "notice")).isTrue();
        assertThat(actions(id)).isEqualTo(before);
    }

    @Test
    @DisplayName(
            "a notice backdated beyond a day needs a reason; even then it runs its seven days from today, so approving at once is refused")
    void backdatedNotice() {
        long id = countyApproved();
        LocalDate approvedOn = today;
        today = ServerClock.advanceTo(admin, approvedOn.plusDays(3)); // the county approved three days ago

        var noReason = cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", approvedOn.toString()).build());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("NOTICE_BACKDATED_WITHOUT_REASON");
        assertThat(noReason.json().getString("field")).isEqualTo("reason");
        assertThat(cityAuditor.get("api/applications/" + id).json().getString("state"))
                .isEqualTo("COUNTY_APPROVED");

        var withReason = cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", approvedOn.toString())
                        .add("reason", "已于区县审核当日张贴在乡政府公告栏")
                        .build());
        ok(withReason, "PUBLIC_NOTICE");
        assertThat(withReason.json().getJsonObject("notice").getString("from")).isEqualTo(approvedOn.toString());
        assertThat(lastDay(withReason)).isEqualTo(today.plusDays(6));
        assertThat(withReason.body()).contains("已于区县审核当日张贴在乡政府公告栏");

        var early = cityAuditor.post("api/applications/" + id + "/approve", "{}");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("NOTICE_NOT_ENDED");
        ServerClock.advanceTo(admin, lastDay(withReason));
        assertThat(cityAuditor.post("api/applications/" + id + "/approve", "{}").code())
                .isEqualTo("NOTICE_NOT_ENDED");

        today = ServerClock.advanceTo(admin, lastDay(withReason).plusDays(1));
        ok(cityAuditor.post("api/applications/" + id + "/approve", "{}"), "CITY_APPROVED");
    }

    @Test
    @DisplayName(
            "20 objections in a burst from one address: 5 get through (429 with Retry-After after), the same text is stored once; the city decides them together")
    void objectionBurst() throws Exception {
        long id = countyApproved();
        ok(
                cityAuditor.post(
                        "api/applications/" + id + "/notice",
                        object().add("from", today.toString()).build()),
                "PUBLIC_NOTICE");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<Integer> statuses = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 20; i++) {
            String text = "该老人" + (i % 3 + 1) + "月已回家居住";
            String body = object().add("text", text).build().toString();
            var request = java.net.http.HttpRequest.newBuilder(
                            base.toURI().resolve("api/applications/" + id + "/objections"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build();
            var answer = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            OpenApiContract.check(base.toURI(), request, body, answer, OpenApiContract.Check.BOTH);
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
                assertThat(answer.body()).contains("TOO_MANY_OBJECTIONS");
            } else {
                ids.add(Json.createReader(new java.io.StringReader(answer.body()))
                        .readObject()
                        .getJsonNumber("id")
                        .longValue());
            }
        }
        // three texts, each raised again once: 201 201 201 200 200, then refused
        assertThat(statuses.subList(0, 5)).containsExactly(201, 201, 201, 200, 200);
        assertThat(statuses.subList(5, 20)).containsOnly(429);
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isPositive();
        assertThat(ids.get(3)).isEqualTo(ids.get(0));
        assertThat(ids.get(4)).isEqualTo(ids.get(1));

        var objections = cityAuditor
                .get("api/applications/" + id)
                .json()
                .getJsonArray("objections")
                .getValuesAs(JsonObject.class);
        assertThat(objections)
                .extracting(o -> o.getJsonNumber("id").longValue())
                .containsExactlyInAnyOrderElementsOf(ids.subList(0, 3));

        // one of another application among them: 404 and none is decided
        var mixed = cityAuditor.post(
                "api/applications/" + id + "/objections/decision",
                object().add(
                                "objectionIds",
                                Json.createArrayBuilder()
                                        .add(ids.get(0))
                                        .add(ids.get(1))
                                        .add(Long.MAX_VALUE))
                        .add("upheld", false)
                        .add("comment", "x")
                        .build());
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(404);
        assertThat(cityAuditor
                        .get("api/applications/" + id)
                        .json()
                        .getJsonArray("objections")
                        .getValuesAs(JsonObject.class))
                .allMatch(o -> absent(o, "upheld"));

        var together = cityAuditor.post(
                "api/applications/" + id + "/objections/decision",
                object().add(
                                "objectionIds",
                                Json.createArrayBuilder()
                                        .add(ids.get(0))
                                        .add(ids.get(1))
                                        .add(ids.get(2)))
                        .add("upheld", false)
                        .add("comment", "经核实，均不属实")
                        .build());
        ok(together, "PUBLIC_NOTICE");
        assertThat(together.json().getJsonArray("objections").getValuesAs(JsonObject.class))
                .hasSize(3)
                .allMatch(o -> !o.isNull("upheld")
                        && !o.getBoolean("upheld")
                        && o.getString("decisionComment").equals("经核实，均不属实"));
        var again = cityAuditor.post(
                "api/applications/" + id + "/objections/decision",
                object().add("objectionIds", Json.createArrayBuilder().add(ids.get(0)))
                        .add("upheld", true)
                        .build());
        assertThat(again.code()).isEqualTo("OBJECTION_ALREADY_DECIDED");
        assertThat(cityAuditor
                        .post(
                                "api/applications/" + id + "/objections/decision",
                                object().add("objectionIds", Json.createArrayBuilder())
                                        .add("upheld", false)
                                        .build())
                        .code())
                .isEqualTo("FIELD_REQUIRED");
    }

    @Test
    @DisplayName("the training clock: GET shows the date in use; it moves forward only, and only for the administrator")
    void trainingClock() {
        var shown = admin.get("api/demo/clock");
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(LocalDate.parse(shown.json().getString("today"))).isEqualTo(today);
        for (int days : new int[] {0, -1}) {
            var back = admin.post(
                    "api/demo/clock", object().add("advanceDays", days).build());
            assertThat(back.status()).as(back.toString()).isEqualTo(400);
            assertThat(back.code()).isEqualTo("CLOCK_FORWARD_ONLY");
        }
        assertThat(admin.sendingInvalid()
                        .post("api/demo/clock", object().add("advanceDays", 1.5).build())
                        .status())
                .isEqualTo(400);
        assertThat(cityAuditor
                        .post("api/demo/clock", object().add("advanceDays", 1).build())
                        .status())
                .isEqualTo(403);
        assertThat(admin.anonymous().get("api/demo/clock").status()).isEqualTo(401);
        assertThat(ServerClock.today(admin)).isEqualTo(today);
    }

    private static String sheetName(byte[] xlsx) {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return wb.getSheetAt(0).getSheetName();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try {
            var reader = new com.lowagie.text.pdf.PdfReader(pdf);
            try {
                var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    text.append(extractor.getTextFromPage(i)).append('\n');
                }
                return text.toString().replaceAll("\\s+", " ");
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
