package com.jialicare.it.policychange;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.ApiITBase;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.ServerClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 1, docs/RULES.md §8.3: a claimed line is recomputed under the policy table as it stood when it
 * was frozen. A version added after the submission — dated back into the claimed months, with another rate —
 * changes a fresh computation of the same months but not the recomputed amounts.
 * <p>
 * It adds a version dated in the past, so it runs on the server of its own (see MinimumStayPolicyChangeIT), and
 * dates it so that either class may run first: after that class's version (today − 75 days) if it is there, else
 * about five months back, before the one it will add.
 */
@DisplayName("Recomputation: a policy version added after the submission does not move frozen money")
class RecomputationPolicyChangeIT extends ApiITBase {

    private static final String COUNTY = "511102";

    @Test
    @DisplayName(
            "a version dated back into the claimed months changes the preview, not the recomputation; a later discharge is recomputed at the frozen rate")
    void versionAddedAfterSubmission() {
        // after the latest version (MinimumStayPolicyChangeIT's, today − 75 days, if it ran first), else some five
        // months back, so that the version it adds afterwards (dated today − 75 days) still comes after this one
        LocalDate real = ServerClock.today(admin);
        LocalDate latest = CityPolicies.versions(admin).keySet().stream()
                .max(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate after = latest.isAfter(real.minusDays(150)) ? latest : real.minusDays(150);
        LocalDate change = YearMonth.from(after).plusMonths(1).atDay(1);
        YearMonth from = YearMonth.from(change).minusMonths(2);
        YearMonth to = YearMonth.from(change).plusMonths(1);
        // the claimed months must have ended (the clock is this class's own: a deployment starts it afresh)
        LocalDate today = ServerClock.advanceTo(admin, to.plusMonths(1).atDay(1));
        assertThat(to).isBefore(YearMonth.from(today));

        long home = city.home("PRIVATE", COUNTY, today.minusYears(5), 10);
        long bed = city.bed(home, "P-1", today.minusYears(3));
        long resident = city.resident(LocalDate.of(1950, 3, 1), COUNTY, 2, today.minusYears(3));
        long stay = city.admit(resident, bed, today.minusYears(2));
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
        var created = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", from.toString())
                        .add("to", to.toString())
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        List<JsonObject> frozen = submitted.json().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(frozen).hasSize(4).allMatch(l -> l.getBoolean("eligible"));
        BigDecimal rate = frozen.get(0).getJsonNumber("amount").bigDecimalValue();
        BigDecimal total = submitted.json().getJsonNumber("total").bigDecimalValue();
        assertThat(total).isEqualByComparingTo(rate.multiply(BigDecimal.valueOf(4)));

        // the bureau adds a version dated back to the third claimed month, with a higher rate for level 2
        BigDecimal newRate = rate.add(new BigDecimal("111.00"));
        var added = admin.post(
                "api/policies",
                object().add("effectiveFrom", change.toString())
                        .add("operatingMonthlyRates", object().add("2", newRate))
                        .build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        var preview = admin.get("api/care-homes/" + home + "/subsidies/operating?from=" + from + "&to=" + to);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        // (its lines are already claimed, so the preview shows them excluded, but under the new version)
        int newVersion = added.json().getInt("version");
        assertThat(preview.json().getJsonArray("lines").getValuesAs(JsonObject.class))
                .as("a fresh computation uses the new version from its day")
                .filteredOn(l -> !YearMonth.parse(l.getString("month")).isBefore(YearMonth.from(change)))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l.getInt("policyVersion")).isEqualTo(newVersion));

        var same = county.get("api/applications/" + id + "/recomputation");
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.json().getJsonNumber("currentTotal").bigDecimalValue()).isEqualByComparingTo(total);
        assertThat(same.json().getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("0.00");
        assertThat(same.json().getJsonArray("lines")).isEmpty();

        // a discharge at the end of the third month: the last line goes, the third stays at the frozen rate
        var discharged = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", YearMonth.from(change).atEndOfMonth().toString())
                        .add("reason", "RETURNED_HOME")
                        .build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        JsonObject r = county.get("api/applications/" + id + "/recomputation").json();
        assertThat(r.getJsonNumber("currentTotal").bigDecimalValue()).isEqualByComparingTo(total.subtract(rate));
        List<JsonObject> lines = r.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.getString("month")).isEqualTo(to.toString());
            assertThat(l.getJsonNumber("frozenAmount").bigDecimalValue()).isEqualByComparingTo(rate);
            assertThat(l.getJsonNumber("currentAmount").bigDecimalValue()).isEqualByComparingTo("0.00");
            assertThat(l.getJsonObject("cause").getString("kind")).isEqualTo("DISCHARGED");
        });
    }
}
