package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.ServerClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Money over time, adjustments end to end (issue #15 item 2, RULES.md §8.4): a paid operating year, then a
 * correction of the facts; the home's next operating application carries the difference as back-pay (补发) or
 * recovery (追缴), linked to the paid line, through the same review and payment; its total = lines + adjustments,
 * never below zero, the rest of a recovery carried over.
 * <p>
 * Every test: a private home (level 0 is 120 a month from 2025, {@link CityPolicies}), residents admitted on
 * 2024-06-01 (the minimum stay is reached before 2025), an operating application for 2025 paid in full.
 */
@DisplayName("Adjustments: back-pay and recovery after payment, carried by the next application")
class AdjustmentsIT extends ApiITBase {

    private static final String COUNTY = "511126";

    private long home;
    private long bed1;
    private long bed2;
    private ApiClient homeAdmin;
    private ApiClient county;
    private ApiClient cityAuditor;

    @BeforeEach
    void aPrivateHome() {
        CityPolicies.ensure(admin);
        home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        bed1 = city.bed(home, "T-1", LocalDate.of(2022, 1, 10));
        bed2 = city.bed(home, "T-2", LocalDate.of(2022, 1, 10));
        homeAdmin = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        county = city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
        cityAuditor = city.user("CITY_AUDITOR", object().build());
    }

    private long resident(int n) {
        return city.resident(LocalDate.of(1950, 1, 1).plusDays(n), COUNTY, 0, LocalDate.of(2024, 1, 1));
    }

    private long operating(String from, String to) {
        var r = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", from)
                        .add("to", to)
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private JsonObject submit(long id) {
        var r = homeAdmin.post("api/applications/" + id + "/submit");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** County approval, a public notice run to its end on the training clock, city approval, payment. */
    private JsonObject pay(long id) {
        ok(county.post("api/applications/" + id + "/approve", "{}"));
        LocalDate today = ServerClock.today(admin);
        var notice = ok(cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", today.toString()).build()));
        today = ServerClock.advanceTo(
                admin,
                LocalDate.parse(notice.getJsonObject("notice").getString("lastDay"))
                        .plusDays(1));
        var approved = ok(cityAuditor.post("api/applications/" + id + "/approve", "{}"));
        return ok(cityAuditor.post(
                "api/applications/" + id + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", approved.getJsonNumber("total"))
                        .add("voucher", "ADJ-" + id + "-" + System.nanoTime())
                        .build()));
    }

    private static JsonObject ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The year 2025 applied for and paid; answers the paid application. */
    private JsonObject paidYear() {
        long id = operating("2025-01", "2025-12");
        submit(id);
        JsonObject paid = pay(id);
        assertThat(paid.getString("state")).isEqualTo("PAID");
        return paid;
    }

    private void correctDischarge(long stay, String day, String reason) {
        ok(admin.post(
                "api/stays/" + stay + "/corrections",
                object().add("reason", "死亡证明迟报，按实际日期更正")
                        .add("dischargedOn", day)
                        .add("dischargeReason", reason)
                        .build()));
    }

    private void discharge(long stay, String day) {
        assertThat(admin.post(
                                "api/stays/" + stay + "/discharge",
                                object().add("on", day)
                                        .add("reason", "RETURNED_HOME")
                                        .build())
                        .status())
                .isEqualTo(200);
    }

    private List<JsonObject> adjustments(String query) {
        var r = homeAdmin.get("api/care-homes/" + home + "/adjustments" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    private static List<JsonObject> adjustmentsOf(JsonObject application) {
        return application.getJsonArray("adjustments").getValuesAs(JsonObject.class);
    }

    /** The paid application's line for the stay's month. */
    private static int lineNo(JsonObject application, long stay, String month) {
        return application.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l ->
                        l.containsKey("stayId") && l.getJsonNumber("stayId").longValue() == stay)
                .filter(l -> month.equals(l.getString("month")))
                .findFirst()
                .orElseThrow()
                .getInt("lineNo");
    }

    @Test
    @DisplayName(
            "(a) a death recorded late: the next application carries exactly the recovered months at the paid amounts")
    void deathRecordedLate() {
        long a = resident(1);
        long b = resident(2);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        JsonObject paid = paidYear();
        assertThat(money(paid, "total")).isEqualByComparingTo("2880.00");
        long paidId = paid.getJsonNumber("id").longValue();
        assertThat(adjustments("")).isEmpty();

        correctDischarge(stayA, "2025-09-01", "DECEASED");

        List<JsonObject> outstanding = adjustments("?state=OUTSTANDING&kind=OPERATING");
        assertThat(outstanding).hasSize(4);
        assertThat(outstanding)
                .extracting(o -> o.getString("month"))
                .containsExactly("2025-09", "2025-10", "2025-11", "2025-12");
        for (JsonObject o : outstanding) {
            assertThat(o.isNull("id")).as("outstanding: computed, not stored").isTrue();
            assertThat(o.getString("type")).isEqualTo("RECOVERY");
            assertThat(o.getString("kind")).isEqualTo("OPERATING");
            assertThat(money(o, "amount")).isEqualByComparingTo("-120.00");
            assertThat(money(o, "oldAmount")).isEqualByComparingTo("120.00");
            assertThat(money(o, "newAmount")).isEqualByComparingTo("0.00");
            assertThat(o.getJsonNumber("correctsApplicationId").longValue()).isEqualTo(paidId);
            assertThat(o.getInt("lineNo")).isEqualTo(lineNo(paid, stayA, o.getString("month")));
            assertThat(o.getJsonNumber("stayId").longValue()).isEqualTo(stayA);
            assertThat(o.getJsonObject("cause").getString("kind")).isEqualTo("STAY_CORRECTED");
            assertThat(o.getString("state")).isEqualTo("OUTSTANDING");
        }
        assertThat(adjustments("?kind=CONSTRUCTION")).isEmpty();

        long next = operating("2026-01", "2026-06");
        JsonObject draft = homeAdmin.get("api/applications/" + next).json();
        assertThat(money(draft, "adjustmentsTotal"))
                .as("a draft shows what it would carry")
                .isEqualByComparingTo("-480.00");
        JsonObject submitted = submit(next);
        assertThat(money(submitted, "linesTotal")).isEqualByComparingTo("720.00"); // the other resident, 6 × 120
        assertThat(money(submitted, "adjustmentsTotal")).isEqualByComparingTo("-480.00");
        assertThat(money(submitted, "total")).isEqualByComparingTo("240.00");
        assertThat(money(submitted, "recoveryCarriedOver")).isEqualByComparingTo("0.00");
        List<JsonObject> carried = adjustmentsOf(submitted);
        assertThat(carried).hasSize(4);
        assertThat(carried).allSatisfy(c -> {
            assertThat(c.isNull("adjustmentId")).isFalse();
            assertThat(c.getString("state")).isEqualTo("CLAIMED");
            assertThat(c.getJsonNumber("correctsApplicationId").longValue()).isEqualTo(paidId);
        });
        assertThat(carried)
                .extracting(c -> c.getString("month"))
                .containsExactly("2025-09", "2025-10", "2025-11", "2025-12");
        assertThat(adjustments("?state=OUTSTANDING"))
                .as("claimed once: nothing outstanding")
                .isEmpty();
        assertThat(adjustments("?state=CLAIMED")).hasSize(4);

        JsonObject paidNext = pay(next);
        assertThat(money(paidNext.getJsonObject("payment"), "amount")).isEqualByComparingTo("240.00");
        assertThat(adjustments("?state=PAID"))
                .hasSize(4)
                .allSatisfy(o ->
                        assertThat(o.getJsonNumber("applicationId").longValue()).isEqualTo(next));
        assertThat(adjustments("?state=OUTSTANDING")).isEmpty();
        assertThat(adjustments("")).hasSize(4);
        // the lines and the approval sheet carry them in their own section
        assertThat(cityAuditor.bytes("api/applications/" + next + "/lines.xlsx", 200))
                .isNotEmpty();
        assertThat(cityAuditor.bytes("api/applications/" + next + "/approval-sheet.pdf", 200))
                .startsWith("%PDF-".getBytes());
    }

    @Test
    @DisplayName(
            "(b) a discharge corrected later yields the matching back-pay; an application with no lines of its own may"
                    + " carry it")
    void dischargeCorrectedLater() {
        long a = resident(3);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        // reassessed at level 2 (220 a month) from 2025-09-25; discharged on the 22nd, September was paid at level 0
        assertThat(admin.post(
                                "api/residents/" + a + "/assessments",
                                object().add("level", 2)
                                        .add("effectiveOn", "2025-09-25")
                                        .build())
                        .status())
                .isEqualTo(201);
        discharge(stayA, "2025-09-22");
        JsonObject paid = paidYear();
        assertThat(money(paid, "total")).isEqualByComparingTo("1080.00"); // January to September, 9 × 120

        correctDischarge(stayA, "2025-10-01", "RETURNED_HOME"); // the last day in the stay is now 09-30, level 2

        List<JsonObject> outstanding = adjustments("?state=OUTSTANDING");
        assertThat(outstanding).hasSize(1);
        JsonObject backPay = outstanding.get(0);
        assertThat(backPay.getString("type")).isEqualTo("BACK_PAY");
        assertThat(backPay.getString("month")).isEqualTo("2025-09");
        assertThat(money(backPay, "amount")).isEqualByComparingTo("100.00");
        assertThat(money(backPay, "oldAmount")).isEqualByComparingTo("120.00");
        assertThat(money(backPay, "newAmount")).isEqualByComparingTo("220.00");
        assertThat(backPay.getInt("lineNo")).isEqualTo(lineNo(paid, stayA, "2025-09"));

        // nothing of its own (the only resident left in 2025), but a back-pay: it may be submitted
        long next = operating("2026-01", "2026-03");
        JsonObject submitted = submit(next);
        assertThat(money(submitted, "linesTotal")).isEqualByComparingTo("0.00");
        assertThat(money(submitted, "adjustmentsTotal")).isEqualByComparingTo("100.00");
        assertThat(money(submitted, "total")).isEqualByComparingTo("100.00");
        assertThat(adjustmentsOf(submitted))
                .singleElement()
                .satisfies(c -> assertThat(c.getString("type")).isEqualTo("BACK_PAY"));
        assertThat(money(pay(next).getJsonObject("payment"), "amount")).isEqualByComparingTo("100.00");
        assertThat(adjustments("?state=OUTSTANDING")).isEmpty();
    }

    @Test
    @DisplayName("(c) a recovery larger than the next application's lines: total 0, the rest carried over and claimed"
            + " by the one after")
    void recoveryCarriedOver() {
        long a = resident(4);
        long b = resident(5);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        paidYear();
        correctDischarge(stayA, "2025-09-01", "DECEASED"); // 4 × 120 to recover

        long second = operating("2026-01", "2026-01"); // 120 of its own
        JsonObject s = submit(second);
        assertThat(money(s, "linesTotal")).isEqualByComparingTo("120.00");
        assertThat(money(s, "adjustmentsTotal")).isEqualByComparingTo("-120.00");
        assertThat(money(s, "total")).isEqualByComparingTo("0.00");
        assertThat(money(s, "recoveryCarriedOver")).isEqualByComparingTo("360.00");
        assertThat(adjustments("?state=OUTSTANDING"))
                .extracting(o -> money(o, "amount"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-120"), new BigDecimal("-120"), new BigDecimal("-120"));

        // a total of 0 goes through the review and is paid as 0.00; its claimed recovery is paid with it
        assertThat(money(pay(second).getJsonObject("payment"), "amount")).isEqualByComparingTo("0.00");
        assertThat(adjustments("?state=PAID")).hasSize(1);

        long third = operating("2026-02", "2026-06"); // 5 × 120
        JsonObject t = submit(third);
        assertThat(money(t, "linesTotal")).isEqualByComparingTo("600.00");
        assertThat(money(t, "adjustmentsTotal")).isEqualByComparingTo("-360.00");
        assertThat(money(t, "total")).isEqualByComparingTo("240.00");
        assertThat(money(t, "recoveryCarriedOver")).isEqualByComparingTo("0.00");
        assertThat(adjustments("?state=OUTSTANDING")).isEmpty();
        // every recovered month claimed exactly once over the two
        assertThat(Database.scalar("select count(*) from adjustment where care_home_id = " + home
                        + " and state in ('CLAIMED', 'PAID')"))
                .isEqualTo(4);
        assertThat(Database.scalar("select count(distinct month_start) from adjustment where care_home_id = " + home
                        + " and state in ('CLAIMED', 'PAID')"))
                .isEqualTo(4);
    }

    @Test
    @DisplayName("(d) a change corrected back before the next payment leaves nothing")
    void correctedBack() {
        long a = resident(6);
        long b = resident(7);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        paidYear();
        correctDischarge(stayA, "2025-09-01", "DECEASED");
        assertThat(adjustments("?state=OUTSTANDING")).hasSize(4);
        correctDischarge(stayA, "2026-01-01", "RETURNED_HOME"); // entered by mistake: back as it was

        assertThat(adjustments("")).isEmpty();
        long next = operating("2026-01", "2026-03");
        JsonObject s = submit(next);
        assertThat(adjustmentsOf(s)).isEmpty();
        assertThat(money(s, "adjustmentsTotal")).isEqualByComparingTo("0.00");
        assertThat(money(s, "total")).isEqualByComparingTo(money(s, "linesTotal"));
    }

    @Test
    @DisplayName("(e) a return releases the adjustments; the resubmission claims again what is owed then")
    void returnReleasesResubmitClaims() {
        long a = resident(8);
        long b = resident(9);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        paidYear();
        correctDischarge(stayA, "2025-09-01", "DECEASED");

        long next = operating("2026-01", "2026-06");
        assertThat(adjustmentsOf(submit(next))).hasSize(4);
        JsonObject returned = ok(county.post(
                "api/applications/" + next + "/return",
                object().add("reason", "请核对").build()));
        assertThat(returned.getString("state")).isEqualTo("RETURNED");
        assertThat(adjustmentsOf(returned))
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.getString("state")).isEqualTo("RELEASED"));
        assertThat(adjustments("?state=OUTSTANDING")).hasSize(4);
        assertThat(adjustments("?state=RELEASED")).hasSize(4);

        // meanwhile the death is found to be a month later: the resubmission claims what is owed then
        correctDischarge(stayA, "2025-10-01", "DECEASED");
        JsonObject again = submit(next);
        assertThat(again.getInt("revision")).isEqualTo(2);
        assertThat(adjustmentsOf(again))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.getString("state")).isEqualTo("CLAIMED"));
        assertThat(money(again, "adjustmentsTotal")).isEqualByComparingTo("-360.00");
        assertThat(money(again, "total")).isEqualByComparingTo("360.00");
        JsonObject first =
                homeAdmin.get("api/applications/" + next + "?revision=1").json();
        assertThat(adjustmentsOf(first))
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.getString("state")).isEqualTo("RELEASED"));
        assertThat(adjustments("?state=OUTSTANDING")).isEmpty();
    }

    @Test
    @DisplayName("two applications of the home submitted at once never claim one adjustment twice")
    void racingSubmissions() throws Exception {
        long a = resident(10);
        long b = resident(11);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        paidYear();
        correctDischarge(stayA, "2025-09-01", "DECEASED"); // 4 × 120 to recover
        List<Long> ids = List.of(operating("2026-01", "2026-01"), operating("2026-02", "2026-02"));
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
            for (Future<ApiClient.Response> f : answers) {
                var r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(money(r.json(), "adjustmentsTotal")).isEqualByComparingTo("-120.00");
                assertThat(money(r.json(), "total")).isEqualByComparingTo("0.00");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.scalar(
                        "select count(*) from adjustment where care_home_id = " + home + " and state = 'CLAIMED'"))
                .isEqualTo(2);
        assertThat(Database.scalar("select count(distinct month_start) from adjustment where care_home_id = " + home
                        + " and state = 'CLAIMED'"))
                .as("two different months, each claimed once")
                .isEqualTo(2);
        assertThat(adjustments("?state=OUTSTANDING")).hasSize(2);
    }

    private JsonObject recomputationSummary(int year) {
        var r = admin.get("api/subsidies/recomputation-summary?year=" + year);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    @DisplayName("(f) every paid line of a year recomputed: a death recorded late moves the city's counts and totals by"
            + " exactly the months recovered; the administrator only")
    void recomputationSummary() {
        long a = resident(12);
        long b = resident(13);
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        discharge(stayA, "2026-01-01");
        // other tests of the server have paid applications of 2025 too: the figures are compared before and after
        JsonObject before = recomputationSummary(2025);
        JsonObject paid = paidYear();
        long paidId = paid.getJsonNumber("id").longValue();
        JsonObject afterPayment = recomputationSummary(2025);
        assertThat(afterPayment.getInt("year")).isEqualTo(2025);
        assertThat(afterPayment.getInt("applications")).isEqualTo(before.getInt("applications") + 1);
        assertThat(afterPayment.getJsonNumber("paidLines").longValue())
                .as("12 months of each of the two residents")
                .isEqualTo(before.getJsonNumber("paidLines").longValue() + 24);
        assertThat(money(afterPayment, "frozenTotal").subtract(money(before, "frozenTotal")))
                .isEqualByComparingTo(money(paid, "total"));
        assertThat(afterPayment.getJsonNumber("changedLines").longValue())
                .isEqualTo(before.getJsonNumber("changedLines").longValue());
        assertThat(money(afterPayment, "recovery")).isEqualByComparingTo(money(before, "recovery"));

        correctDischarge(stayA, "2025-09-01", "DECEASED"); // September to December: 4 × 120 to recover

        JsonObject after = recomputationSummary(2025);
        assertThat(after.getJsonNumber("paidLines").longValue())
                .isEqualTo(afterPayment.getJsonNumber("paidLines").longValue());
        assertThat(after.getJsonNumber("changedLines").longValue())
                .isEqualTo(afterPayment.getJsonNumber("changedLines").longValue() + 4);
        assertThat(money(after, "recovery").subtract(money(afterPayment, "recovery")))
                .isEqualByComparingTo("480.00");
        assertThat(money(after, "backPay")).isEqualByComparingTo(money(afterPayment, "backPay"));
        assertThat(money(after, "frozenTotal")).isEqualByComparingTo(money(afterPayment, "frozenTotal"));
        assertThat(money(after, "difference"))
                .isEqualByComparingTo(money(after, "currentTotal").subtract(money(after, "frozenTotal")))
                .isEqualByComparingTo(money(after, "backPay").subtract(money(after, "recovery")));
        // the same figure as the application's own recomputation
        var one = cityAuditor.get("api/applications/" + paidId + "/recomputation");
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(money(after, "difference").subtract(money(afterPayment, "difference")))
                .isEqualByComparingTo(money(one.json(), "difference"))
                .isEqualByComparingTo("-480.00");
        assertThat(recomputationSummary(2019).getInt("applications")).isZero();

        assertThat(cityAuditor
                        .get("api/subsidies/recomputation-summary?year=2025")
                        .status())
                .isEqualTo(403);
        assertThat(homeAdmin
                        .get("api/subsidies/recomputation-summary?year=2025")
                        .status())
                .isEqualTo(403);
        assertThat(admin.get("api/subsidies/recomputation-summary").status()).isEqualTo(400);
        assertThat(admin.get("api/subsidies/recomputation-summary?year=abc").status())
                .isEqualTo(400);
    }
}
