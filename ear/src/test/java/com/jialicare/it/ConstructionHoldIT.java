package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.PaidConstruction;
import com.jialicare.it.support.ServerClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The construction hold period and its clawback (docs/RULES.md §8.6, issue #15 item 4), end to end: construction
 * applications paid (with a payment day in the past), beds retired afterwards, and what {@code GET
 * /api/beds/{id}/subsidy} says is due. Under {@code PRORATA} (the defaults, version 1) a bed paid 2024-06-01 and
 * retired 24 months later owes 11,000 × 36/60 = 6,600.00; under the suite's {@code FULL} version
 * ({@link CityPolicies#HOLD_FULL_2026}) the whole amount; after the hold, nothing.
 */
@DisplayName("Construction hold period: a paid bed retired within 60 months is recovered, PRORATA or FULL")
class ConstructionHoldIT extends ApiITBase {

    private static final String COUNTY = "511124";

    /** One home with its beds and its administrator. */
    private record Home(long id, List<Long> beds, ApiClient admin) {}

    private Home home(LocalDate filedOn, LocalDate commissionedOn, int beds) {
        long id = city.home("PRIVATE", COUNTY, filedOn, 10);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= beds; i++) {
            ids.add(city.bed(id, "H-" + i, commissionedOn));
        }
        return new Home(
                id, ids, city.user("HOME_ADMIN", object().add("careHomeId", id).build()));
    }

    private static long submitted(Home home, LocalDate asOf) {
        return PaidConstruction.submitted(home.admin(), home.id(), asOf);
    }

    private void approveAndPay(Map<Long, LocalDate> paidOn) {
        PaidConstruction.approveAndPay(city, admin, COUNTY, paidOn);
    }

    private static void retire(Home home, long bed, String on) {
        PaidConstruction.retire(home.admin(), home.id(), bed, on);
    }

    private JsonObject subsidy(ApiClient as, long bed) {
        var r = as.get("api/beds/" + bed + "/subsidy");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Left out or null: the API leaves out what is not there. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static BigDecimal amount(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    @DisplayName(
            "paid 2024-06-01, retired 2026-06-01: 36 of 60 months left, 6,600.00 under PRORATA; FULL recovers 12,000.00; after the hold nothing")
    void clawbacks() {
        Map<LocalDate, Integer> versions = CityPolicies.ensure(admin);
        assertThat(ServerClock.today(admin))
                .as("the cases retire beds up to 2026-09-01, which must not be in the future")
                .isAfterOrEqualTo(LocalDate.of(2026, 9, 1));

        // PRORATA (version 1): beds of 2023, as of 2024-06-01, paid the same day
        Home prorata = home(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 1), 2);
        long prorataApp = submitted(prorata, LocalDate.of(2024, 6, 1));
        // FULL (the suite's version of 2026-06-01): a bed of 2025 (12,000), as of 2026-07-01, paid 2026-07-15
        Home full = home(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 1), 1);
        long fullApp = submitted(full, LocalDate.of(2026, 7, 1));
        // after the hold: paid 2021-06-01, held until 2026-06-01
        Home early = home(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 2, 1), 2);
        long earlyApp = submitted(early, LocalDate.of(2021, 6, 1));
        approveAndPay(Map.of(
                prorataApp, LocalDate.of(2024, 6, 1),
                fullApp, LocalDate.of(2026, 7, 15),
                earlyApp, LocalDate.of(2021, 6, 1)));

        // paid and still in service: the hold runs, nothing is due
        long bed = prorata.beds().get(0);
        JsonObject before = subsidy(prorata.admin(), bed);
        assertThat(before.getJsonArray("claims")).hasSize(1);
        JsonObject claim = before.getJsonArray("claims").getJsonObject(0);
        assertThat(claim.getJsonNumber("applicationId").longValue()).isEqualTo(prorataApp);
        assertThat(claim.getString("state")).isEqualTo("PAID");
        assertThat(amount(claim, "amount")).isEqualByComparingTo("11000.00");
        JsonObject paid = before.getJsonObject("paid");
        assertThat(paid.getString("paidOn")).isEqualTo("2024-06-01");
        assertThat(paid.getString("heldUntil")).isEqualTo("2029-06-01");
        assertThat(paid.getInt("holdMonths")).isEqualTo(60);
        assertThat(paid.getString("clawback")).isEqualTo("PRORATA");
        assertThat(paid.getInt("policyVersion")).isEqualTo(versions.get(LocalDate.of(2021, 1, 1)));
        assertThat(absent(paid, "due")).as("nothing due yet: " + paid).isTrue();

        // retired 24 months after the payment: 36 whole months left → 11,000 × 36/60
        retire(prorata, bed, "2026-06-01");
        JsonObject due = subsidy(prorata.admin(), bed).getJsonObject("paid").getJsonObject("due");
        assertThat(due.toString()).contains("\"amount\":6600.00");
        assertThat(amount(due, "amount")).isEqualByComparingTo("6600.00");
        assertThat(due.getString("trigger")).isEqualTo("BED_RETIRED");
        assertThat(due.getString("triggeredOn")).isEqualTo("2026-06-01");
        assertThat(due.getInt("monthsLeft")).isEqualTo(36);
        // the auditors see the same; the other bed of the home owes nothing
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
        assertThat(amount(subsidy(county, bed).getJsonObject("paid").getJsonObject("due"), "amount"))
                .isEqualByComparingTo("6600.00");
        assertThat(absent(subsidy(admin, prorata.beds().get(1)).getJsonObject("paid"), "due"))
                .isTrue();

        // FULL: the whole amount, whatever is left of the hold
        long fullBed = full.beds().get(0);
        retire(full, fullBed, "2026-09-01");
        JsonObject fullPaid = subsidy(full.admin(), fullBed).getJsonObject("paid");
        assertThat(fullPaid.getString("clawback")).isEqualTo("FULL");
        assertThat(fullPaid.getInt("policyVersion")).isEqualTo(versions.get(CityPolicies.HOLD_FULL_2026));
        assertThat(amount(fullPaid, "amount")).isEqualByComparingTo("12000.00");
        JsonObject fullDue = fullPaid.getJsonObject("due");
        assertThat(amount(fullDue, "amount")).isEqualByComparingTo("12000.00");
        assertThat(fullDue.getInt("monthsLeft")).isEqualTo(58); // 2026-09-01 → 2031-07-15

        // the hold of 2021-06-01 ended on 2026-06-01: one month before it 1/60 is due, on that day nothing
        retire(early, early.beds().get(0), "2026-05-01");
        retire(early, early.beds().get(1), "2026-06-01");
        JsonObject lastMonth = subsidy(early.admin(), early.beds().get(0)).getJsonObject("paid");
        assertThat(lastMonth.getString("heldUntil")).isEqualTo("2026-06-01");
        assertThat(amount(lastMonth.getJsonObject("due"), "amount")).isEqualByComparingTo("183.33");
        JsonObject afterHold = subsidy(early.admin(), early.beds().get(1)).getJsonObject("paid");
        assertThat(afterHold.getString("heldUntil")).isEqualTo("2026-06-01");
        assertThat(absent(afterHold, "due")).as(afterHold.toString()).isTrue();
    }

    @Test
    @DisplayName("a bed never claimed has no claims and no payment; the policy table shows the hold parameters")
    void neverClaimedAndPolicyTable() {
        Map<LocalDate, Integer> versions = CityPolicies.ensure(admin);
        Home home = home(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 1), 1);
        JsonObject s = subsidy(home.admin(), home.beds().get(0));
        assertThat(s.getJsonArray("claims")).isEmpty();
        assertThat(absent(s, "paid")).isTrue();
        assertThat(s.getString("code")).isEqualTo("H-1");

        JsonObject v1 = admin.get("api/policies/" + versions.get(LocalDate.of(2021, 1, 1)))
                .json();
        assertThat(v1.getInt("constructionHoldMonths")).isEqualTo(60);
        assertThat(v1.getString("constructionClawback")).isEqualTo("PRORATA");
        JsonObject v2026 = admin.get("api/policies/" + versions.get(CityPolicies.HOLD_FULL_2026))
                .json();
        assertThat(v2026.getInt("constructionHoldMonths")).isEqualTo(60);
        assertThat(v2026.getString("constructionClawback")).isEqualTo("FULL");

        // a bad mode or hold is refused with the policy's code, naming the parameter
        for (String body : List.of(
                "{\"effectiveFrom\": \"2099-01-01\", \"constructionClawback\": \"HALF\"}",
                "{\"effectiveFrom\": \"2099-01-01\", \"constructionHoldMonths\": 60.5}",
                "{\"effectiveFrom\": \"2099-01-01\", \"constructionHoldMonths\": \"60\"}")) {
            var r = admin.sendingInvalid().post("api/policies", body);
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("POLICY_INVALID");
            assertThat(r.json().getString("field")).startsWith("construction");
        }
    }

    @Test
    @DisplayName(
            "the clawback is a RECOVERY on the hold-period key, claimed by the home's next construction application: 12,000 − 6,600 = 5,400")
    void clawbackClaimedByTheNextApplication() {
        CityPolicies.ensure(admin);
        Home home = home(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 3, 1), 2);
        long paidApp = submitted(home, LocalDate.of(2024, 6, 1));
        approveAndPay(Map.of(paidApp, LocalDate.of(2024, 6, 1)));
        long bed = home.beds().get(0);
        retire(home, bed, "2026-06-01");

        var outstanding =
                home.admin().get("api/care-homes/" + home.id() + "/adjustments?state=OUTSTANDING&kind=CONSTRUCTION");
        assertThat(outstanding.status()).as(outstanding.toString()).isEqualTo(200);
        assertThat(outstanding.array()).hasSize(1);
        JsonObject owed = outstanding.array().getJsonObject(0);
        assertThat(owed.getString("type")).isEqualTo("RECOVERY");
        assertThat(amount(owed, "amount")).isEqualByComparingTo("-6600.00");
        assertThat(owed.getJsonNumber("bedId").longValue()).isEqualTo(bed);
        assertThat(owed.getJsonNumber("correctsApplicationId").longValue()).isEqualTo(paidApp);

        // a new bed of 2025 (12,000 under the suite's version of mid-2024) applied for as of 2025-06-01
        long newBed = city.bed(home.id(), "H-NEW", LocalDate.of(2025, 3, 1));
        long next = submitted(home, LocalDate.of(2025, 6, 1));
        JsonObject application = home.admin().get("api/applications/" + next).json();
        assertThat(amount(application, "linesTotal")).isEqualByComparingTo("12000.00");
        assertThat(amount(application, "adjustmentsTotal")).isEqualByComparingTo("-6600.00");
        assertThat(amount(application, "total")).isEqualByComparingTo("5400.00");
        assertThat(application.getJsonArray("adjustments")).hasSize(1);
        assertThat(home.admin()
                        .get("api/care-homes/" + home.id() + "/adjustments?state=OUTSTANDING&kind=CONSTRUCTION")
                        .array())
                .as("claimed once: nothing outstanding any more")
                .isEmpty();
        approveAndPay(Map.of(next, ServerClock.today(admin)));
        assertThat(home.admin()
                        .get("api/care-homes/" + home.id() + "/adjustments?state=PAID&kind=CONSTRUCTION")
                        .array())
                .hasSize(1);
        assertThat(newBed).isPositive();
    }
}
