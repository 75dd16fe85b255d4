package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1 for beds (issue #14): a bed retired on R and back in service from D keeps the days [R, D) out
 * of service in its history — admissions and transfers, the bed board of a day, the construction subsidy; the
 * change is audited with its effective day.
 */
@DisplayName("Beds: back in service on a day")
class BedChangesIT extends ApiITBase {

    private static final LocalDate R = LocalDate.of(2024, 3, 1);
    private static final LocalDate D = LocalDate.of(2024, 5, 1);

    private static JsonObject back(String on) {
        return object().add("kind", "RETURNED_TO_SERVICE")
                .add("effectiveOn", on)
                .build();
    }

    private String status(long home, long bed, LocalDate day) {
        var r = admin.get("api/care-homes/" + home + "/beds?on=" + day);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("id").longValue() == bed)
                .findFirst()
                .orElseThrow()
                .getString("status");
    }

    private long eligibleBeds(long home, LocalDate asOf) {
        var r = admin.get("api/care-homes/" + home + "/subsidies/construction?asOf=" + asOf);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("lines").stream()
                .filter(l -> l.asJsonObject().getBoolean("eligible"))
                .count();
    }

    private long previewBeds(long home, LocalDate asOf) {
        var r = admin.get("api/subsidies/construction?asOf=" + asOf);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("homes").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("careHomeId").longValue() == home)
                .mapToLong(h -> h.getJsonNumber("eligibleBeds").longValue())
                .findFirst()
                .orElse(0);
    }

    private ApiClient.Response admit(long resident, long bed, LocalDate on) {
        return admin.post(
                "api/stays",
                object().add("residentId", resident)
                        .add("bedId", bed)
                        .add("admittedOn", on.toString())
                        .build());
    }

    @Test
    @DisplayName(
            "§8.1 retired on R, back from D: refused on [R, D), admitted on D; board, construction, history follow")
    void backInService() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2021, 1, 1), 10);
        long bed = city.bed(home, "R-1", LocalDate.of(2022, 1, 1));
        long other = city.bed(home, "R-2", LocalDate.of(2022, 1, 1));
        String path = "api/care-homes/" + home + "/beds/" + bed;

        var notRetired = admin.post(path + "/changes", back(D.toString()));
        assertThat(notRetired.status()).as(notRetired.toString()).isEqualTo(409);
        assertThat(notRetired.code()).isEqualTo("BED_NOT_RETIRED");

        var retired =
                admin.post(path + "/retire", object().add("on", R.toString()).build());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(eligibleBeds(home, R.minusDays(1))).isEqualTo(2);
        assertThat(eligibleBeds(home, D)).as("retired, not yet back").isEqualTo(1);

        var early = admin.post(path + "/changes", back(R.toString()));
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.code()).isEqualTo("RETURNED_BEFORE_RETIRED");
        var future = admin.post(path + "/changes", back("2999-01-01"));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("DATE_IN_FUTURE");

        var ok = admin.post(path + "/changes", back(D.toString()));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().containsKey("retiredOn")).as(ok.toString()).isFalse();

        // retired again: not on or before the return day (checked here, before anyone holds the bed from D)
        var again =
                admin.post(path + "/retire", object().add("on", D.toString()).build());
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("RETIRED_BEFORE_RETURNED");

        // the bed board of a day
        assertThat(status(home, bed, R.minusDays(1))).isEqualTo("VACANT");
        assertThat(status(home, bed, R)).isEqualTo("RETIRED");
        assertThat(status(home, bed, D.minusDays(1))).isEqualTo("RETIRED");
        assertThat(status(home, bed, D)).isEqualTo("VACANT");

        // the construction subsidy, per home and in the city-wide preview
        assertThat(eligibleBeds(home, R.plusDays(10))).isEqualTo(1);
        assertThat(previewBeds(home, R.plusDays(10))).isEqualTo(1);
        assertThat(eligibleBeds(home, D)).isEqualTo(2);
        assertThat(previewBeds(home, D)).isEqualTo(2);

        // admissions and transfers on a day out of service are refused; on D accepted
        long resident = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, LocalDate.of(2023, 1, 1));
        for (LocalDate day : List.of(R, R.plusDays(30), D.minusDays(1))) {
            var refused = admit(resident, bed, day);
            assertThat(refused.status()).as(day + " " + refused).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("BED_OUT_OF_SERVICE");
        }
        var before = admit(resident, bed, R.minusDays(10));
        assertThat(before.status())
                .as("an open stay across the period " + before)
                .isEqualTo(409);
        assertThat(before.code()).isEqualTo("BED_OUT_OF_SERVICE");

        long mover = city.resident(LocalDate.of(1951, 1, 1), "511102", 1, LocalDate.of(2023, 1, 1));
        long stay = city.admit(mover, other, R.minusDays(20));
        var moveIn = admin.post(
                "api/stays/" + stay + "/transfers",
                object().add("bedId", bed).add("on", R.plusDays(5).toString()).build());
        assertThat(moveIn.status()).as(moveIn.toString()).isEqualTo(409);
        assertThat(moveIn.code()).isEqualTo("BED_OUT_OF_SERVICE");

        var admitted = admit(resident, bed, D);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        assertThat(status(home, bed, D)).isEqualTo("OCCUPIED");
        assertThat(status(home, bed, D.minusDays(1))).isEqualTo("RETIRED");

        // the history: a change on D
        var audit = admin.get("api/audit?entityType=Bed&entityId=" + bed);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        JsonObject event = audit.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("BED_RETURNED_TO_SERVICE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(audit.toString()));
        assertThat(event.getString("effectiveOn")).isEqualTo(D.toString());
        assertThat(event.getJsonArray("changes").toString()).contains("retiredOn", R.toString(), "returnedOn");
    }

    @Test
    @DisplayName("§7 the home's administrator and the administrator; another home's administrator 404; others 403")
    void scopes() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2021, 1, 1), 10);
        long bed = city.bed(home, "S-1", LocalDate.of(2022, 1, 1));
        long other = city.home("PRIVATE", "511102", LocalDate.of(2021, 1, 1), 10);
        admin.post(
                "api/care-homes/" + home + "/beds/" + bed + "/retire",
                object().add("on", R.toString()).build());
        String path = "api/care-homes/" + home + "/beds/" + bed + "/changes";
        ApiClient elsewhere =
                city.user("HOME_ADMIN", object().add("careHomeId", other).build());
        assertThat(elsewhere.post(path, back(D.toString())).status()).isEqualTo(404);
        ApiClient auditor = city.user("CITY_AUDITOR", object().build());
        assertThat(auditor.post(path, back(D.toString())).status()).isEqualTo(403);
        ApiClient own = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        var r = own.post(path, back(D.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
