package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The subsidy endpoints over a small city built through the API, checked line by line against amounts
 * worked out by hand from RULES.md and the suite's policy versions ({@link CityPolicies}):
 * <pre>
 * v1   from 2021-01-01: 11,000 per bed; 100/150/200/250/300 a month; 15 days present; operating for all but PUBLIC
 * vMid from 2024-07-01: 12,000 per bed; level 2 → 220, level 4 → 330; 20 days present
 * v25  from 2025-01-01: operating subsidy for PRIVATE homes only; level 0 → 120
 * </pre>
 */
@DisplayName("Subsidies: computed lines, reasons and totals through the API")
class SubsidyIT extends ApiITBase {

    private static final String SHIZHONG = "511102";
    private static final String EMEISHAN = "511181";

    /** Built once for the class, through the API. */
    private static World w;

    @BeforeEach
    void buildCity() {
        if (w == null) {
            w = new World(admin, CityPolicies.ensure(admin));
        }
    }

    // ---------------------------------------------------------------- construction, one home

    @Test
    @DisplayName(
            "construction as of 2025-06-30: before policy, retired, capacity; each bed at the rate of its commissioning day")
    void constructionMidYear() {
        var r = w.cityAuditor.get(construction(w.c1, "2025-06-30"));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getInt("policyVersion")).isEqualTo(w.v25);
        assertThat(amount(body, "total")).isEqualByComparingTo("35000.00");
        assertThat(lines(body))
                .extracting(l -> l.getString("bedCode"))
                .containsExactly("A", "B", "F", "C", "D", "E"); // by commissioning day, then code; G is after asOf
        assertBed(body, "A", "2020-06-01", null, "COMMISSIONED_BEFORE_POLICY", w.v25);
        assertBed(body, "B", "2023-03-01", "11000.00", null, w.v1);
        assertBed(body, "F", "2024-05-01", null, "BED_RETIRED", w.v25);
        assertBed(body, "C", "2024-08-01", "12000.00", null, w.vMid);
        assertBed(body, "D", "2024-08-01", "12000.00", null, w.vMid);
        assertBed(body, "E", "2024-09-01", null, "OVER_FILED_CAPACITY", w.v25);
        assertThat(line(body, "bedCode", "B").getJsonNumber("bedId").longValue())
                .isEqualTo(w.bedB);
        // money as decimals with two places, and the null reasonCode present on eligible lines
        assertThat(r.body())
                .contains("\"total\":35000.00")
                .contains("\"amount\":11000.00")
                .contains("\"amount\":0.00")
                .contains("\"reasonCode\":null")
                .doesNotContain("E+");
    }

    @Test
    @DisplayName("construction as of 2024-06-30 uses version 1: the bed retired later was still in service")
    void constructionEarlier() {
        JsonObject body = ok(w.cityAuditor.get(construction(w.c1, "2024-06-30")));

        assertThat(body.getInt("policyVersion")).isEqualTo(w.v1);
        assertThat(lines(body)).extracting(l -> l.getString("bedCode")).containsExactly("A", "B", "F");
        assertBed(body, "A", "2020-06-01", null, "COMMISSIONED_BEFORE_POLICY", w.v1);
        assertBed(body, "B", "2023-03-01", "11000.00", null, w.v1);
        assertBed(body, "F", "2024-05-01", "11000.00", null, w.v1);
        assertThat(amount(body, "total")).isEqualByComparingTo("22000.00");
    }

    @Test
    @DisplayName("construction: home conditions come first — filed too recently, ownership, lease")
    void constructionHomeConditions() {
        JsonObject tooNew = ok(w.cityAuditor.get(construction(w.c1, "2023-12-31")));
        assertThat(lines(tooNew))
                .extracting(l -> l.getString("reasonCode"))
                .containsExactly("HOME_NOT_OPERATING_LONG_ENOUGH", "HOME_NOT_OPERATING_LONG_ENOUGH");
        assertThat(amount(tooNew, "total")).isEqualByComparingTo("0.00");

        JsonObject publicBuilt = ok(w.cityAuditor.get(construction(w.c2, "2025-06-30")));
        assertThat(lines(publicBuilt))
                .extracting(l -> l.getString("reasonCode"))
                .containsExactly("HOME_NOT_ELIGIBLE");

        JsonObject leaseShort = ok(w.cityAuditor.get(construction(w.c3, "2025-06-30")));
        assertThat(lines(leaseShort)).extracting(l -> l.getString("reasonCode")).containsExactly("LEASE_TOO_SHORT");
        // a year earlier the lease (to 2029-12-31) still ran five years past the as-of date
        JsonObject leaseLongEnough = ok(w.cityAuditor.get(construction(w.c3, "2024-06-30")));
        assertThat(amount(leaseLongEnough, "total")).isEqualByComparingTo("11000.00");
    }

    @Test
    @DisplayName("reasons are in Chinese by default and in English when Accept-Language prefers it")
    void reasonLanguage() {
        String path = construction(w.c1, "2025-06-30");
        String zh = "床位投入使用早于政策起始日期";
        String en = "Bed was put into service before the policy start date";

        assertThat(reasonOfA(w.cityAuditor.get(path))).isEqualTo(zh);
        assertThat(reasonOfA(w.cityAuditor.acceptLanguage("en").get(path))).isEqualTo(en);
        assertThat(reasonOfA(
                        w.cityAuditor.acceptLanguage("fr, en;q=0.8, zh;q=0.5").get(path)))
                .isEqualTo(en);
        assertThat(reasonOfA(w.cityAuditor.acceptLanguage("zh-CN, en;q=0.5").get(path)))
                .isEqualTo(zh);
        JsonObject eligible = line(ok(w.cityAuditor.acceptLanguage("en").get(path)), "bedCode", "B");
        assertThat(eligible.isNull("reason")).isTrue();
        assertThat(eligible.isNull("reasonCode")).isTrue();
    }

    // ---------------------------------------------------------------- operating, one home

    @Test
    @DisplayName("operating May 2024 – Feb 2025: every resident-month with its days, level, reason and policy version")
    void operatingLines() {
        var r = w.cityAuditor.get(operating(w.o1, "2024-05", "2025-02"));
        JsonObject body = ok(r);

        Map<String, Expected> expected = new LinkedHashMap<>();
        // R1: admitted 2024-01-01, so June is the first month (anniversary 07-01 = first day of July); level 2,
        // then 4 from 2024-11-20; away 08-05..08-19 (16 days present, under vMid's 20); moved bed 10-15
        expected.put(key(w.r1, w.s1, "2024-05"), excluded(31, 2, "STAY_UNDER_SIX_MONTHS", w.v1));
        expected.put(key(w.r1, w.s1, "2024-06"), paid(30, 2, "200.00", w.v1));
        expected.put(key(w.r1, w.s1, "2024-07"), paid(31, 2, "220.00", w.vMid));
        expected.put(key(w.r1, w.s1, "2024-08"), excluded(16, 2, "TOO_FEW_DAYS_PRESENT", w.vMid));
        expected.put(key(w.r1, w.s1, "2024-09"), paid(30, 2, "220.00", w.vMid));
        expected.put(key(w.r1, w.s1, "2024-10"), paid(31, 2, "220.00", w.vMid));
        expected.put(key(w.r1, w.s1, "2024-11"), paid(30, 4, "330.00", w.vMid));
        expected.put(key(w.r1, w.s1, "2024-12"), paid(31, 4, "330.00", w.vMid));
        expected.put(key(w.r1, w.s1, "2025-01"), paid(31, 4, "330.00", w.v25));
        expected.put(key(w.r1, w.s1, "2025-02"), paid(28, 4, "330.00", w.v25));
        // R2: turns 60 on 2024-09-15; discharged 2024-12-10 (9 days in December)
        expected.put(key(w.r2, w.s2, "2024-05"), excluded(31, 0, "UNDER_AGE", w.v1));
        expected.put(key(w.r2, w.s2, "2024-06"), excluded(30, 0, "UNDER_AGE", w.v1));
        expected.put(key(w.r2, w.s2, "2024-07"), excluded(31, 0, "UNDER_AGE", w.vMid));
        expected.put(key(w.r2, w.s2, "2024-08"), excluded(31, 0, "UNDER_AGE", w.vMid));
        expected.put(key(w.r2, w.s2, "2024-09"), paid(30, 0, "100.00", w.vMid));
        expected.put(key(w.r2, w.s2, "2024-10"), paid(31, 0, "100.00", w.vMid));
        expected.put(key(w.r2, w.s2, "2024-11"), paid(30, 0, "100.00", w.vMid));
        expected.put(key(w.r2, w.s2, "2024-12"), excluded(9, 0, "TOO_FEW_DAYS_PRESENT", w.vMid));
        // R3: hukou in Chengdu; discharged 2024-06-15
        expected.put(key(w.r3, w.s3, "2024-05"), excluded(31, 3, "NOT_LOCAL_HUKOU", w.v1));
        expected.put(key(w.r3, w.s3, "2024-06"), excluded(14, 3, "NOT_LOCAL_HUKOU", w.v1));
        // R4: state-supported; discharged 2024-07-01, the first day away, so no July line
        expected.put(key(w.r4, w.s4, "2024-05"), excluded(31, 1, "STATE_SUPPORTED", w.v1));
        expected.put(key(w.r4, w.s4, "2024-06"), excluded(30, 1, "STATE_SUPPORTED", w.v1));
        // R5: here since 2023-10-01, left for another home on 2024-06-20: 19 days in June, enough under v1
        expected.put(key(w.r5, w.s5a, "2024-05"), paid(31, 1, "150.00", w.v1));
        expected.put(key(w.r5, w.s5a, "2024-06"), paid(19, 1, "150.00", w.v1));

        assertLines(body, expected);
        assertThat(amount(body, "total")).isEqualByComparingTo("2780.00");
        assertThat(lines(body))
                .isSortedAccordingTo(Comparator.comparing((JsonObject l) -> l.getString("month"))
                        .thenComparingLong(l -> l.getJsonNumber("residentId").longValue())
                        .thenComparingLong(l -> l.getJsonNumber("stayId").longValue()));
        assertThat(r.body())
                .contains("\"month\":\"2024-05\"")
                .contains("\"amount\":200.00")
                .contains("\"reasonCode\":null");
    }

    @Test
    @DisplayName(
            "operating: a new stay in another home starts its own six months; that home's ownership drops out in 2025")
    void operatingOtherHome() {
        JsonObject body = ok(w.cityAuditor.get(operating(w.o2, "2024-05", "2025-02")));

        Map<String, Expected> expected = new LinkedHashMap<>();
        // admitted 2024-06-20: anniversary 2024-12-20, on or before 2025-01-01, so December counts
        expected.put(key(w.r5, w.s5b, "2024-06"), excluded(11, 1, "STAY_UNDER_SIX_MONTHS", w.v1));
        for (String m : List.of("2024-07", "2024-08", "2024-09", "2024-10", "2024-11")) {
            int days = YearMonth.parse(m).lengthOfMonth();
            expected.put(key(w.r5, w.s5b, m), excluded(days, 1, "STAY_UNDER_SIX_MONTHS", w.vMid));
        }
        expected.put(key(w.r5, w.s5b, "2024-12"), paid(31, 1, "150.00", w.vMid));
        // v25 pays the operating subsidy to PRIVATE homes only; this one is public-built, private-run
        expected.put(key(w.r5, w.s5b, "2025-01"), excluded(31, 1, "HOME_NOT_ELIGIBLE", w.v25));
        expected.put(key(w.r5, w.s5b, "2025-02"), excluded(28, 1, "HOME_NOT_ELIGIBLE", w.v25));

        assertLines(body, expected);
        assertThat(amount(body, "total")).isEqualByComparingTo("150.00");
    }

    @Test
    @DisplayName("operating: one month alone, and a range with no stays, give just those lines")
    void operatingShortRanges() {
        JsonObject june = ok(w.cityAuditor.get(operating(w.o1, "2024-06", "2024-06")));
        assertThat(lines(june)).hasSize(5).allMatch(l -> l.getString("month").equals("2024-06"));
        assertThat(amount(june, "total")).isEqualByComparingTo("350.00"); // R1 200 + R5 150

        JsonObject before = ok(w.cityAuditor.get(operating(w.o1, "2022-01", "2022-12")));
        assertThat(lines(before)).isEmpty();
        assertThat(amount(before, "total")).isEqualByComparingTo("0.00");
        assertThat(ok(w.cityAuditor.get(operating(w.c1, "2024-01", "2024-12"))).getJsonArray("lines"))
                .isEmpty();
    }

    // ---------------------------------------------------------------- city-wide previews

    @Test
    @DisplayName("operating preview: per home eligible months and total; the grand total sums the homes")
    void operatingPreview() {
        JsonObject city = ok(w.cityAuditor.get("api/subsidies/operating?from=2024-05&to=2025-02"));

        assertPreviewHome(city, w.o1, SHIZHONG, "eligibleMonths", 13, "2780.00");
        assertPreviewHome(city, w.o2, EMEISHAN, "eligibleMonths", 1, "150.00");
        assertPreviewHome(city, w.c1, SHIZHONG, "eligibleMonths", 0, "0.00");
        assertGrandTotal(city);

        JsonObject emeishan =
                ok(w.cityAuditor.get("api/subsidies/operating?from=2024-05&to=2025-02&countyCode=" + EMEISHAN));
        assertThat(homes(emeishan))
                .allMatch(h -> h.getString("countyCode").equals(EMEISHAN))
                .anyMatch(h -> id(h) == w.o2)
                .noneMatch(h -> id(h) == w.o1);
        assertGrandTotal(emeishan);
    }

    @Test
    @DisplayName("construction preview: per home eligible beds and total as of a day")
    void constructionPreview() {
        JsonObject city = ok(admin.get("api/subsidies/construction?asOf=2025-06-30&countyCode=" + SHIZHONG));

        assertPreviewHome(city, w.c1, SHIZHONG, "eligibleBeds", 3, "35000.00");
        assertPreviewHome(city, w.c2, SHIZHONG, "eligibleBeds", 0, "0.00");
        assertPreviewHome(city, w.c3, SHIZHONG, "eligibleBeds", 0, "0.00");
        assertPreviewHome(city, w.o1, SHIZHONG, "eligibleBeds", 6, "66000.00"); // six beds of 2023, capacity 20
        assertThat(homes(city)).allMatch(h -> h.getString("countyCode").equals(SHIZHONG));
        assertGrandTotal(city);
    }

    @Test
    @DisplayName("a county auditor's preview is their county; another county is 404, a made-up one 400")
    void countyAuditorPreview() {
        ApiClient auditor = w.city.user(
                "COUNTY_AUDITOR", object().add("countyCode", SHIZHONG).build());

        JsonObject own = ok(auditor.get("api/subsidies/operating?from=2024-05&to=2025-02"));
        assertThat(homes(own))
                .allMatch(h -> h.getString("countyCode").equals(SHIZHONG))
                .anyMatch(h -> id(h) == w.o1);
        assertPreviewHome(own, w.o1, SHIZHONG, "eligibleMonths", 13, "2780.00");
        assertThat(ok(auditor.get("api/subsidies/construction?asOf=2025-06-30&countyCode=" + SHIZHONG))
                        .getJsonArray("homes"))
                .isNotEmpty();

        var other = auditor.get("api/subsidies/operating?from=2024-05&to=2025-02&countyCode=" + EMEISHAN);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("COUNTY_NOT_FOUND");
        var madeUp = auditor.get("api/subsidies/construction?asOf=2025-06-30&countyCode=110105");
        assertThat(madeUp.status()).isEqualTo(400);
        assertThat(madeUp.code()).isEqualTo("INVALID_COUNTY");
    }

    // ---------------------------------------------------------------- already claimed

    @Test
    @DisplayName("lines of a submitted application are ALREADY_CLAIMED here too, and its beds use up filed capacity")
    void alreadyClaimed() {
        // a home of its own: the claims must not change what the other tests compute
        long home = w.home("PRIVATE", SHIZHONG, "2020-01-01", 2, null);
        w.city.bed(home, "P1", d("2023-01-01"));
        w.city.bed(home, "P2", d("2023-02-01"));
        long p3 = w.city.bed(home, "P3", d("2023-03-01"));
        long resident = w.city.resident(d("1944-04-04"), "511102", 1, d("2023-06-01"));
        long stay = w.city.admit(resident, p3, d("2023-06-01"));
        ApiClient homeAdmin =
                w.city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        submit(
                homeAdmin,
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-30")
                        .build());
        submit(
                homeAdmin,
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-01")
                        .add("to", "2024-06")
                        .build());

        // P1 and P2 were claimed as of 2024-06-30; with capacity 2 nothing is left for P3
        JsonObject construction = ok(homeAdmin.get(construction(home, "2025-06-30")));
        assertBed(construction, "P1", "2023-01-01", null, "ALREADY_CLAIMED", w.v25);
        assertBed(construction, "P2", "2023-02-01", null, "ALREADY_CLAIMED", w.v25);
        assertBed(construction, "P3", "2023-03-01", null, "OVER_FILED_CAPACITY", w.v25);
        assertThat(amount(construction, "total")).isEqualByComparingTo("0.00");

        // January to June 2024 are claimed; July to December still count (level 1: 150 a month under vMid)
        JsonObject operating = ok(homeAdmin.get(operating(home, "2024-01", "2024-12")));
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2024, m);
            int version = m <= 6 ? w.v1 : w.vMid;
            expected.put(
                    key(resident, stay, month.toString()),
                    m <= 6
                            ? excluded(month.lengthOfMonth(), 1, "ALREADY_CLAIMED", version)
                            : paid(month.lengthOfMonth(), 1, "150.00", version));
        }
        assertLines(operating, expected);
        assertThat(amount(operating, "total")).isEqualByComparingTo("900.00");

        assertPreviewHome(
                ok(w.cityAuditor.get("api/subsidies/operating?from=2024-01&to=2024-12&countyCode=" + SHIZHONG)),
                home,
                SHIZHONG,
                "eligibleMonths",
                6,
                "900.00");
        assertPreviewHome(
                ok(w.cityAuditor.get("api/subsidies/construction?asOf=2025-06-30&countyCode=" + SHIZHONG)),
                home,
                SHIZHONG,
                "eligibleBeds",
                0,
                "0.00");
    }

    private static void submit(ApiClient homeAdmin, JsonObject application) {
        var created = homeAdmin.post("api/applications", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var submitted = homeAdmin.post("api/applications/" + created.id() + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().getString("state")).isEqualTo("SUBMITTED");
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    @DisplayName("scope: a home's administrator sees their home only; a county auditor their county; a family nothing")
    void scope() {
        ApiClient homeAdmin =
                w.city.user("HOME_ADMIN", object().add("careHomeId", w.o1).build());
        ApiClient county = w.city.user(
                "COUNTY_AUDITOR", object().add("countyCode", SHIZHONG).build());
        ApiClient family = w.city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(w.r1)).build());

        assertThat(amount(ok(homeAdmin.get(operating(w.o1, "2024-05", "2025-02"))), "total"))
                .isEqualByComparingTo("2780.00");
        assertNotFound(homeAdmin.get(operating(w.o2, "2024-05", "2025-02")));
        assertNotFound(homeAdmin.get(construction(w.c1, "2025-06-30")));
        assertThat(homeAdmin
                        .get("api/subsidies/operating?from=2024-05&to=2025-02")
                        .code())
                .isEqualTo("ROLE_NOT_ALLOWED");

        assertThat(county.get(construction(w.c1, "2025-06-30")).status()).isEqualTo(200);
        assertNotFound(county.get(operating(w.o2, "2024-05", "2025-02")));

        assertNotFound(family.get(operating(w.o1, "2024-05", "2025-02")));
        var familyPreview = family.get("api/subsidies/construction?asOf=2025-06-30");
        assertThat(familyPreview.status()).isEqualTo(403);
        assertThat(familyPreview.code()).isEqualTo("ROLE_NOT_ALLOWED");

        assertNotFound(w.cityAuditor.get(construction(999_999_999L, "2025-06-30")));
        assertThat(ApiClient.anonymous(base)
                        .sendingInvalid()
                        .get(construction(w.c1, "2025-06-30"))
                        .status())
                .isEqualTo(401);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    @DisplayName("bad dates and months are 400s naming the parameter")
    void badInput() {
        LocalDate today = com.jialicare.it.support.ServerClock.today(admin); // the training clock may have moved on
        String home = "api/care-homes/" + w.c1 + "/subsidies/";

        assertBad(w.cityAuditor.get(home + "construction"), "DATE_REQUIRED", "asOf");
        assertBad(w.cityAuditor.get(home + "construction?asOf=2023-02-30"), "INVALID_DATE", "asOf");
        assertBad(w.cityAuditor.get(home + "construction?asOf=" + today.plusDays(1)), "DATE_IN_FUTURE", "asOf");
        assertBad(w.cityAuditor.get(home + "construction?asOf=2020-12-31"), "NO_POLICY_IN_FORCE", "asOf");
        assertBad(w.cityAuditor.get(home + "operating?from=2023-13&to=2024-01"), "INVALID_MONTH", "from");
        assertBad(w.cityAuditor.get(home + "operating?from=2024-01"), "MONTH_REQUIRED", "to");
        assertBad(w.cityAuditor.get(home + "operating?from=2024-06&to=2024-05"), "INVALID_MONTH_RANGE", "to");
        assertBad(
                w.cityAuditor.get(home + "operating?from=2024-01&to=" + YearMonth.from(today)),
                "MONTH_NOT_ENDED",
                "to");
        assertBad(
                w.cityAuditor.get("api/subsidies/operating?from=2024-01&to=" + YearMonth.from(today)),
                "MONTH_NOT_ENDED",
                "to");
        assertBad(w.cityAuditor.get("api/subsidies/construction?asOf=2025-6-30"), "INVALID_DATE", "asOf");
        // today itself is allowed
        assertThat(w.cityAuditor.get(home + "construction?asOf=" + today).status())
                .isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    /** The city of this test, built through the API. */
    private static final class World {
        final City city;
        final ApiClient admin;
        final ApiClient cityAuditor;
        final int v1;
        final int vMid;
        final int v25;
        long c1;
        long c2;
        long c3;
        long o1;
        long o2;
        long bedB;
        long r1;
        long r2;
        long r3;
        long r4;
        long r5;
        long s1;
        long s2;
        long s3;
        long s4;
        long s5a;
        long s5b;

        World(ApiClient admin, Map<LocalDate, Integer> versions) {
            this.admin = admin;
            this.city = new City(admin);
            this.cityAuditor = city.user("CITY_AUDITOR", object().build());
            v1 = versions.get(LocalDate.of(2021, 1, 1));
            vMid = versions.get(CityPolicies.MID_2024);
            v25 = versions.get(CityPolicies.YEAR_2025);
            constructionHomes();
            operatingHomes();
        }

        private void constructionHomes() {
            // private, filed 2023-01-10 (12 months later: 2024-01-10), capacity 3
            c1 = home("PRIVATE", SHIZHONG, "2023-01-10", 3, null);
            city.bed(c1, "A", d("2020-06-01"));
            bedB = city.bed(c1, "B", d("2023-03-01"));
            long f = city.bed(c1, "F", d("2024-05-01"));
            city.bed(c1, "C", d("2024-08-01"));
            city.bed(c1, "D", d("2024-08-01"));
            city.bed(c1, "E", d("2024-09-01"));
            city.bed(c1, "G", d("2025-07-01"));
            ok(admin.post(
                    "api/care-homes/" + c1 + "/beds/" + f + "/retire",
                    object().add("on", "2025-03-01").build()));

            c2 = home("PUBLIC_BUILT_PRIVATE_RUN", SHIZHONG, "2022-01-01", 5, null);
            city.bed(c2, "X", d("2023-01-01"));
            c3 = home("PRIVATE", SHIZHONG, "2022-01-01", 5, "2029-12-31");
            city.bed(c3, "X", d("2023-01-01"));
        }

        private void operatingHomes() {
            o1 = home("PRIVATE", SHIZHONG, "2020-01-01", 20, null);
            List<Long> beds = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                beds.add(city.bed(o1, "O1-" + i, d("2023-01-01")));
            }
            o2 = home("PUBLIC_BUILT_PRIVATE_RUN", EMEISHAN, "2020-01-01", 10, null);
            long o2bed = city.bed(o2, "O2-1", d("2023-01-01"));

            r1 = city.resident(d("1950-03-10"), "511102", 2, d("2023-12-01"));
            s1 = city.admit(r1, beds.get(0), d("2024-01-01"));
            ok(admin.post(
                    "api/stays/" + s1 + "/absences",
                    object().add("from", "2024-08-05")
                            .add("until", "2024-08-20")
                            .add("kind", "HOSPITAL")
                            .build()));
            ok(admin.post(
                    "api/stays/" + s1 + "/transfers",
                    object().add("bedId", beds.get(1)).add("on", "2024-10-15").build()));
            ok(admin.post(
                    "api/residents/" + r1 + "/assessments",
                    object().add("level", 4).add("effectiveOn", "2024-11-20").build()));

            r2 = city.resident(d("1964-09-15"), "511112", 0, d("2023-06-01"));
            s2 = city.admit(r2, beds.get(2), d("2023-06-01"));
            discharge(s2, "2024-12-10", "RETURNED_HOME");

            r3 = city.resident(d("1940-01-01"), "510104", 3, d("2024-03-01"));
            s3 = city.admit(r3, beds.get(3), d("2024-03-01"));
            discharge(s3, "2024-06-15", "RETURNED_HOME");

            r4 = ok(admin.post(
                            "api/residents",
                            object().add("name", TestData.name("特困"))
                                    .add("idNumber", TestData.idNumber(d("1945-01-01"), false))
                                    .add("hukouCode", "511123")
                                    .add("stateSupported", true)
                                    .add("careLevel", 1)
                                    .add("assessedOn", "2024-04-20")
                                    .build()))
                    .getJsonNumber("id")
                    .longValue();
            s4 = city.admit(r4, beds.get(4), d("2024-04-20"));
            discharge(s4, "2024-07-01", "OTHER");

            r5 = city.resident(d("1948-02-02"), "511181", 1, d("2023-01-01"));
            s5a = city.admit(r5, beds.get(5), d("2023-10-01"));
            discharge(s5a, "2024-06-20", "MOVED_TO_OTHER_HOME");
            s5b = city.admit(r5, o2bed, d("2024-06-20"));
        }

        private long home(String ownership, String county, String filedOn, int filedBeds, String leaseEndsOn) {
            var b = object().add("name", TestData.name("补贴测试养老院"))
                    .add("creditCode", TestData.creditCode())
                    .add("ownership", ownership)
                    .add("countyCode", county)
                    .add("filedOn", filedOn)
                    .add("filedBeds", filedBeds)
                    .add("premises", leaseEndsOn == null ? "OWNED" : "LEASED");
            if (leaseEndsOn != null) {
                b.add("leaseEndsOn", leaseEndsOn);
            }
            return ok(admin.post("api/care-homes", b.build()))
                    .getJsonNumber("id")
                    .longValue();
        }

        private void discharge(long stay, String on, String reason) {
            ok(admin.post(
                    "api/stays/" + stay + "/discharge",
                    object().add("on", on).add("reason", reason).build()));
        }
    }

    /** What one line should say. */
    private record Expected(
            int presentDays, int level, boolean eligible, String amount, String reasonCode, int policyVersion) {}

    private static Expected paid(int presentDays, int level, String amount, int policyVersion) {
        return new Expected(presentDays, level, true, amount, null, policyVersion);
    }

    private static Expected excluded(int presentDays, int level, String reasonCode, int policyVersion) {
        return new Expected(presentDays, level, false, "0.00", reasonCode, policyVersion);
    }

    private static String key(long residentId, long stayId, String month) {
        return residentId + "/" + stayId + "/" + month;
    }

    private static void assertLines(JsonObject body, Map<String, Expected> expected) {
        Map<String, JsonObject> actual = new LinkedHashMap<>();
        for (JsonObject l : lines(body)) {
            actual.put(
                    key(
                            l.getJsonNumber("residentId").longValue(),
                            l.getJsonNumber("stayId").longValue(),
                            l.getString("month")),
                    l);
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((k, e) -> {
            JsonObject l = actual.get(k);
            assertThat(l.getInt("presentDays")).as(k + " presentDays").isEqualTo(e.presentDays());
            assertThat(l.getInt("level")).as(k + " level").isEqualTo(e.level());
            assertThat(l.getBoolean("eligible")).as(k + " eligible").isEqualTo(e.eligible());
            assertThat(l.getJsonNumber("amount").bigDecimalValue())
                    .as(k + " amount")
                    .isEqualTo(new BigDecimal(e.amount()));
            assertThat(l.containsKey("reasonCode")).as(k + " has reasonCode").isTrue();
            assertThat(l.isNull("reasonCode") ? null : l.getString("reasonCode"))
                    .as(k + " reasonCode")
                    .isEqualTo(e.reasonCode());
            assertThat(l.getInt("policyVersion")).as(k + " policyVersion").isEqualTo(e.policyVersion());
        });
    }

    private static void assertBed(
            JsonObject body, String code, String commissionedOn, String amount, String reasonCode, int policyVersion) {
        JsonObject l = line(body, "bedCode", code);
        assertThat(l.getString("commissionedOn")).isEqualTo(commissionedOn);
        assertThat(l.getBoolean("eligible")).as(code + " eligible").isEqualTo(amount != null);
        assertThat(l.getJsonNumber("amount").bigDecimalValue())
                .as(code + " amount")
                .isEqualTo(new BigDecimal(amount == null ? "0.00" : amount));
        assertThat(l.containsKey("reasonCode")).isTrue();
        assertThat(l.isNull("reasonCode") ? null : l.getString("reasonCode"))
                .as(code + " reasonCode")
                .isEqualTo(reasonCode);
        assertThat(l.getInt("policyVersion")).as(code + " policyVersion").isEqualTo(policyVersion);
    }

    private static void assertPreviewHome(
            JsonObject preview, long homeId, String county, String countField, long count, String total) {
        JsonObject h = homes(preview).stream()
                .filter(x -> id(x) == homeId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("home " + homeId + " not in " + preview));
        assertThat(h.getString("countyCode")).isEqualTo(county);
        assertThat(h.getString("name")).isNotBlank();
        assertThat(h.getJsonNumber(countField).longValue())
                .as(homeId + " " + countField)
                .isEqualTo(count);
        assertThat(h.getJsonNumber("total").bigDecimalValue())
                .as(homeId + " total")
                .isEqualTo(new BigDecimal(total));
    }

    /** Other test classes add homes too: the grand total is checked as the sum of whatever homes are listed. */
    private static void assertGrandTotal(JsonObject preview) {
        BigDecimal sum = homes(preview).stream()
                .map(h -> h.getJsonNumber("total").bigDecimalValue())
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        assertThat(amount(preview, "total")).isEqualTo(sum);
    }

    private static void assertNotFound(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("CARE_HOME_NOT_FOUND");
    }

    private static void assertBad(ApiClient.Response r, String code, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).as(r.toString()).isEqualTo(code);
        assertThat(r.string("field")).as(r.toString()).isEqualTo(field);
    }

    private static String reasonOfA(ApiClient.Response r) {
        return line(ok(r), "bedCode", "A").getString("reason");
    }

    private static JsonObject ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.json();
    }

    private static List<JsonObject> lines(JsonObject body) {
        return body.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> homes(JsonObject body) {
        return body.getJsonArray("homes").getValuesAs(JsonObject.class);
    }

    private static JsonObject line(JsonObject body, String field, String value) {
        return lines(body).stream()
                .filter(l -> l.getString(field).equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + field + "=" + value + " in " + body));
    }

    private static long id(JsonObject home) {
        return home.getJsonNumber("careHomeId").longValue();
    }

    private static BigDecimal amount(JsonObject body, String field) {
        return body.getJsonNumber(field).bigDecimalValue();
    }

    private static String construction(long home, String asOf) {
        return "api/care-homes/" + home + "/subsidies/construction?asOf=" + asOf;
    }

    private static String operating(long home, String from, String to) {
        return "api/care-homes/" + home + "/subsidies/operating?from=" + from + "&to=" + to;
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
