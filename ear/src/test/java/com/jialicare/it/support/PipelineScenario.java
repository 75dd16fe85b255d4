package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The year 2025 of three homes in two counties, built through the API for the pipeline's tests (RULES.md §8.8):
 * <ul>
 * <li>{@link #a1} (county {@link #COUNTY_A}): two residents at 120 a month, operating 2025 paid (2,880.00), then
 * one's death recorded late (2025-09-01): 480.00 to recover; a construction application as of 2025-06-01 for its two
 * beds (commissioned 2023: 11,000 each) submitted only (22,000.00 applied);</li>
 * <li>{@link #a2} (county A): one resident, operating 2025-01…06 approved by the city, not paid (720.00); 2025-07…12
 * submitted and returned (not counted);</li>
 * <li>{@link #b1} (county {@link #COUNTY_B}): one resident, level 2 from 2025-09-25, discharged 2025-09-22: operating
 * 2025 paid (9 × 120 = 1,080.00); the discharge then corrected to 2025-10-01: September is worth 220, 100.00 to pay
 * back.</li>
 * </ul>
 * Policies: {@link CityPolicies} (120 a month for level 0 in private homes from 2025, 220 for level 2, 12,000 a bed).
 */
public final class PipelineScenario {

    /** 沐川县 and 马边彝族自治县: no other test files applications there. */
    public static final String COUNTY_A = "511129";

    public static final String COUNTY_B = "511133";

    /** A home of the scenario: its id, name, administrator and its applications. */
    public record Home(long id, String name, ApiClient admin) {}

    public Home a1;
    public Home a2;
    public Home b1;
    public long a1Operating;
    public long a1Construction;
    public long a2Approved;
    public long a2Returned;
    public long b1Operating;
    public long a1DeceasedStay;
    public long b1Stay;
    public long b1Resident;
    public ApiClient countyA;
    public ApiClient countyB;
    public ApiClient cityAuditor;

    private final City city;
    private final ApiClient admin;

    private PipelineScenario(City city, ApiClient admin) {
        this.city = city;
        this.admin = admin;
    }

    /** Builds the whole scenario: applications submitted, approved and paid, then the late facts. */
    public static PipelineScenario build(City city, ApiClient admin) {
        CityPolicies.ensure(admin);
        PipelineScenario s = new PipelineScenario(city, admin);
        s.countyA =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY_A).build());
        s.countyB =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY_B).build());
        s.cityAuditor = city.user("CITY_AUDITOR", object().build());

        s.a1 = s.home(COUNTY_A);
        long a1bed1 = city.bed(s.a1.id(), "P-1", LocalDate.of(2023, 3, 1));
        long a1bed2 = city.bed(s.a1.id(), "P-2", LocalDate.of(2023, 3, 1));
        s.a1DeceasedStay = city.admit(s.resident(1, 0), a1bed1, LocalDate.of(2024, 6, 1));
        city.admit(s.resident(2, 0), a1bed2, LocalDate.of(2024, 6, 1));
        s.discharge(s.a1DeceasedStay, "2026-01-01", "RETURNED_HOME");

        s.a2 = s.home(COUNTY_A);
        long a2bed = city.bed(s.a2.id(), "P-1", LocalDate.of(2023, 3, 1));
        city.admit(s.resident(3, 0), a2bed, LocalDate.of(2024, 6, 1));

        s.b1 = s.home(COUNTY_B);
        long b1bed = city.bed(s.b1.id(), "P-1", LocalDate.of(2023, 3, 1));
        s.b1Resident = s.resident(4, 0);
        s.b1Stay = city.admit(s.b1Resident, b1bed, LocalDate.of(2024, 6, 1));
        var assessed = admin.post(
                "api/residents/" + s.b1Resident + "/assessments",
                object().add("level", 2).add("effectiveOn", "2025-09-25").build());
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        s.discharge(s.b1Stay, "2025-09-22", "RETURNED_HOME");

        s.a1Operating = s.submitted(s.a1, operating("2025-01", "2025-12"), "2880.00");
        s.a1Construction =
                s.submitted(s.a1, object().add("kind", "CONSTRUCTION").add("asOf", "2025-06-01"), "22000.00");
        s.a2Approved = s.submitted(s.a2, operating("2025-01", "2025-06"), "720.00");
        s.a2Returned = s.submitted(s.a2, operating("2025-07", "2025-12"), "720.00");
        s.b1Operating = s.submitted(s.b1, operating("2025-01", "2025-12"), "1080.00");

        ok(s.countyA.post(
                "api/applications/" + s.a2Returned + "/return",
                object().add("reason", "请补充材料").build()));
        s.cityApproved(List.of(s.a1Operating, s.a2Approved, s.b1Operating));
        s.pay(s.a1Operating);
        s.pay(s.b1Operating);

        // after the payments: a death recorded late (a recovery), a discharge corrected later (a back-pay)
        s.correctDischarge(s.a1DeceasedStay, "2025-09-01", "DECEASED");
        s.correctDischarge(s.b1Stay, "2025-10-01", "RETURNED_HOME");
        return s;
    }

    private Home home(String county) {
        long id = city.home("PRIVATE", county, LocalDate.of(2020, 1, 1), 10);
        String name = admin.get("api/care-homes/" + id).json().getString("name");
        return new Home(
                id, name, city.user("HOME_ADMIN", object().add("careHomeId", id).build()));
    }

    private long resident(int n, int level) {
        return city.resident(LocalDate.of(1948, 2, 1).plusDays(n * 37L), "511102", level, LocalDate.of(2024, 1, 1));
    }

    private static jakarta.json.JsonObjectBuilder operating(String from, String to) {
        return object().add("kind", "OPERATING").add("from", from).add("to", to);
    }

    /** Creates and submits an application of the home; asserts its total; answers its id. */
    private long submitted(Home home, jakarta.json.JsonObjectBuilder body, String total) {
        var created = home.admin()
                .post("api/applications", body.add("careHomeId", home.id()).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        JsonObject submitted = ok(home.admin().post("api/applications/" + id + "/submit"));
        assertThat(submitted.getJsonNumber("total").bigDecimalValue())
                .as("application %s", id)
                .isEqualByComparingTo(total);
        return id;
    }

    /** County approval, one public notice run to its end on the training clock, city approval. */
    private void cityApproved(List<Long> ids) {
        LocalDate today = ServerClock.today(admin);
        LocalDate lastDay = today;
        for (long id : ids) {
            ApiClient county = id == b1Operating ? countyB : countyA;
            ok(county.post(
                    "api/applications/" + id + "/approve",
                    object().add("comment", "材料齐全").build()));
            JsonObject notice = ok(cityAuditor.post(
                    "api/applications/" + id + "/notice",
                    object().add("from", today.toString()).build()));
            LocalDate last = LocalDate.parse(notice.getJsonObject("notice").getString("lastDay"));
            lastDay = last.isAfter(lastDay) ? last : lastDay;
        }
        ServerClock.advanceTo(admin, lastDay.plusDays(1));
        for (long id : ids) {
            assertThat(ok(cityAuditor.post("api/applications/" + id + "/approve", "{}"))
                            .getString("state"))
                    .isEqualTo("CITY_APPROVED");
        }
    }

    private void pay(long id) {
        BigDecimal total = cityAuditor
                .get("api/applications/" + id)
                .json()
                .getJsonNumber("total")
                .bigDecimalValue();
        JsonObject paid = ok(cityAuditor.post(
                "api/applications/" + id + "/payment",
                object().add("paidOn", ServerClock.today(admin).toString())
                        .add("amount", Json.createValue(total))
                        .add("voucher", "PZ-PIPE-" + id + "-" + System.nanoTime())
                        .build()));
        assertThat(paid.getString("state")).isEqualTo("PAID");
    }

    private void discharge(long stay, String day, String reason) {
        ok(admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", day).add("reason", reason).build()));
    }

    private void correctDischarge(long stay, String day, String reason) {
        ok(admin.post(
                "api/stays/" + stay + "/corrections",
                object().add("reason", "按死亡证明与实际日期更正")
                        .add("dischargedOn", day)
                        .add("dischargeReason", reason)
                        .build()));
    }

    private static JsonObject ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}
