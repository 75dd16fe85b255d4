package com.jialicare.it.policychange;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.ApiITBase;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §4.3: the minimum stay is a policy parameter, and a month is judged by the version in force at its
 * end. When a version shortens it, a family, the home's dashboard and the operating preview must give the same
 * first day and month for a stay admitted before the change and for one admitted after it.
 * <p>
 * It adds a version dated before today, which the suite's shared server cannot take (versions are only added
 * after the latest, and other classes add theirs from 2040 on), so the build runs this package on a server
 * and database of its own (Failsafe executions {@code it-h2-policy-change}).
 */
@DisplayName("A policy version that shortens the minimum stay")
class MinimumStayPolicyChangeIT extends ApiITBase {

    @Test
    @DisplayName(
            "gives the same first day on the family's page and the dashboard, and the same first month in the preview, for stays admitted before and after it")
    void familyDashboardAndPreviewAgree() {
        LocalDate today = ServerClock.today(admin);
        LocalDate change = today.minusDays(75);
        var added = admin.post(
                "api/policies",
                object().add("effectiveFrom", change.toString())
                        .add("minStayMonths", 3)
                        .build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        long home = city.home("PRIVATE", "511102", today.minusYears(3), 20);
        long bedBefore = city.bed(home, "A-1", today.minusYears(2));
        long bedAfter = city.bed(home, "A-2", today.minusYears(2));
        LocalDate birth = today.minusYears(80);
        long before = city.resident(birth, "511102", 2, today.minusYears(1));
        long after = city.resident(birth, "511102", 2, today.minusYears(1));
        LocalDate admittedBefore = today.minusDays(80); // under version 1 (six months) on its admission day
        LocalDate admittedAfter = today.minusDays(70);
        long stayBefore = city.admit(before, bedBefore, admittedBefore);
        long stayAfter = city.admit(after, bedAfter, admittedAfter);

        // Both stays' months from the change on are judged by the new version: three months, whatever the
        // version of the admission day said (six would put the first stay's day in the spring).
        Map<Long, LocalDate> expected =
                Map.of(before, admittedBefore.plusMonths(3), after, admittedAfter.plusMonths(3));
        assertThat(expected.values()).allSatisfy(d -> assertThat(d).isBetween(today, today.plusDays(30)));

        ApiClient family = city.user(
                "FAMILY",
                object().add(
                                "residentIds",
                                Json.createArrayBuilder().add(before).add(after))
                        .build());
        Map<Long, LocalDate> onFamilyPage = familyPage(family, 3);
        assertThat(onFamilyPage).isEqualTo(expected);

        var dashboard = admin.get("api/care-homes/" + home + "/dashboard");
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        JsonObject d = dashboard.json();
        assertThat(d.getInt("minimumStayMonths")).isEqualTo(3);
        Map<Long, LocalDate> onDashboard = new HashMap<>();
        for (JsonValue v : d.getJsonArray("reachingMinimumStay")) {
            JsonObject r = v.asJsonObject();
            onDashboard.put(
                    r.getJsonNumber("residentId").longValue(), LocalDate.parse(r.getString("minimumStayReachedOn")));
        }
        assertThat(onDashboard).isEqualTo(expected);

        // The preview computes months that have ended: move the training clock past the later day's month.
        LocalDate later = expected.values().stream().max(LocalDate::compareTo).orElseThrow();
        ServerClock.advanceTo(admin, YearMonth.from(later).plusMonths(1).atDay(2));
        YearMonth last = YearMonth.from(later);
        var preview = admin.get("api/care-homes/" + home + "/subsidies/operating?from=" + YearMonth.from(admittedBefore)
                + "&to=" + last);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        Map<Long, YearMonth> firstCounted = new HashMap<>();
        Map<Long, YearMonth> lastRefusedForStay = new HashMap<>();
        for (JsonValue v : preview.json().getJsonArray("lines")) {
            JsonObject line = v.asJsonObject();
            long resident = line.getJsonNumber("residentId").longValue();
            YearMonth month = YearMonth.parse(line.getString("month"));
            long stay = line.getJsonNumber("stayId").longValue();
            assertThat(stay).isIn(stayBefore, stayAfter);
            if (line.isNull("reasonCode")) {
                firstCounted.merge(resident, month, (x, y) -> x.isBefore(y) ? x : y);
            } else if ("STAY_UNDER_SIX_MONTHS".equals(line.getString("reasonCode"))) {
                lastRefusedForStay.merge(resident, month, (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        // a month counts when the day falls in it, or is the first day of the next one (§4.3)
        expected.forEach((resident, day) -> {
            YearMonth first = YearMonth.from(day.minusDays(1));
            assertThat(firstCounted.get(resident))
                    .as("first month counted for %s", resident)
                    .isEqualTo(first);
            assertThat(lastRefusedForStay.get(resident))
                    .as("last month under the minimum for %s", resident)
                    .isEqualTo(first.minusMonths(1));
        });

        // and the family's page still says the same day, now reached
        assertThat(familyPage(family, 3)).isEqualTo(expected);
    }

    /** Each linked elder's minimum-stay day from {@code GET /api/family/residents}, checking the months stated. */
    private static Map<Long, LocalDate> familyPage(ApiClient family, int months) {
        var r = family.get("api/family/residents");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<Long, LocalDate> days = new HashMap<>();
        for (JsonValue v : r.array()) {
            JsonObject elder = v.asJsonObject();
            assertThat(elder.getInt("minimumStayMonths")).isEqualTo(months);
            days.put(
                    elder.getJsonNumber("residentId").longValue(),
                    LocalDate.parse(elder.getString("minimumStayReachedOn")));
        }
        return days;
    }
}
