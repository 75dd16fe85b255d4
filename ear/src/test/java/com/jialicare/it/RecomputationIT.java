package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #15 item 1 (docs/RULES.md §8.3): {@code GET /api/applications/{id}/recomputation} — the claimed lines of
 * a submitted application recomputed from the facts as they are now, the lines that differ with the change or
 * correction behind each. (A policy version added after the submission: it/policychange, which may add versions
 * dated in the past.)
 */
@DisplayName("Recomputation of frozen lines: what the facts give now, and the change or correction behind it")
class RecomputationIT extends ApiITBase {

    /** 金口河区: no other test class files homes there. */
    private static final String COUNTY = "511113";

    private long home;
    private ApiClient homeAdmin;
    private ApiClient county;

    @BeforeEach
    void aPrivateHome() {
        // level 2 is 220 a month in 2025 under the suite's versions, whichever class added them
        CityPolicies.ensure(admin);
        home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        homeAdmin = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        county = city.user("COUNTY_AUDITOR", object().add("countyCode", COUNTY).build());
    }

    private long submittedOperating(String from, String to) {
        var created = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", from)
                        .add("to", to)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var submitted = homeAdmin.post("api/applications/" + created.id() + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return created.id();
    }

    private JsonObject recomputation(ApiClient as, long id) {
        var r = as.get("api/applications/" + id + "/recomputation");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonObject> lines(JsonObject r) {
        return r.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue();
    }

    /** The newest audit event of {@code action} on the record. */
    private long newestEvent(String entityType, long entityId, String action) {
        List<JsonObject> events = admin.get("api/audit?entityType=" + entityType + "&entityId=" + entityId)
                .array()
                .getValuesAs(JsonObject.class);
        return events.stream()
                .filter(e -> e.getString("action").equals(action))
                .mapToLong(e -> e.getJsonNumber("id").longValue())
                .max()
                .orElseThrow(() -> new AssertionError("no " + action + " on " + entityType + " " + entityId));
    }

    private long resident(int level) {
        return city.resident(LocalDate.of(1950, 3, 1), COUNTY, level, LocalDate.of(2023, 12, 1));
    }

    @Test
    @DisplayName(
            "a discharge day corrected two months earlier: exactly those two lines, now 0.00 (NOT_IN_FACTS), caused by STAY_CORRECTED; before it nothing differs")
    void dischargeCorrected() {
        long bed = city.bed(home, "R-1", LocalDate.of(2022, 1, 10));
        long resident = resident(2);
        long stay = city.admit(resident, bed, LocalDate.of(2024, 1, 1));
        var discharged = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2025-06-30").add("reason", "RETURNED_HOME").build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        long id = submittedOperating("2025-01", "2025-06");

        // nothing has changed yet: the totals agree, no line is listed
        JsonObject same = recomputation(county, id);
        assertThat(same.getString("state")).isEqualTo("SUBMITTED");
        assertThat(money(same, "frozenTotal")).isEqualByComparingTo("1320.00");
        assertThat(money(same, "currentTotal")).isEqualByComparingTo("1320.00");
        assertThat(money(same, "difference")).isEqualByComparingTo("0.00");
        assertThat(lines(same)).isEmpty();

        var corrected = admin.post(
                "api/stays/" + stay + "/corrections",
                object().add("reason", "退住日期录错")
                        .add("dischargedOn", "2025-04-30")
                        .build());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long event = newestEvent("Stay", stay, "STAY_CORRECTED");

        JsonObject r = recomputation(county, id);
        assertThat(money(r, "frozenTotal")).isEqualByComparingTo("1320.00");
        assertThat(money(r, "currentTotal")).isEqualByComparingTo("880.00");
        assertThat(money(r, "difference")).isEqualByComparingTo("-440.00");
        assertThat(r.toString()).contains("\"difference\":-440.00");
        assertThat(lines(r)).extracting(l -> l.getString("month")).containsExactly("2025-05", "2025-06");
        for (JsonObject l : lines(r)) {
            assertThat(money(l, "frozenAmount")).isEqualByComparingTo("220.00");
            assertThat(money(l, "currentAmount")).isEqualByComparingTo("0.00");
            assertThat(money(l, "difference")).isEqualByComparingTo("-220.00");
            assertThat(l.getString("currentReasonCode")).isEqualTo("NOT_IN_FACTS");
            assertThat(l.getString("currentReason")).isNotBlank();
            assertThat(l.getJsonNumber("stayId").longValue()).isEqualTo(stay);
            assertThat(l.getJsonNumber("residentId").longValue()).isEqualTo(resident);
            assertThat(l.getString("residentName")).isNotBlank();
            JsonObject cause = l.getJsonObject("cause");
            assertThat(cause.getString("kind")).isEqualTo("STAY_CORRECTED");
            assertThat(cause.getJsonNumber("auditEventId").longValue()).isEqualTo(event);
            assertThat(cause.getString("actor")).isEqualTo("admin");
            assertThat(cause.getString("entityType")).isEqualTo("Stay");
            assertThat(cause.getJsonNumber("entityId").longValue()).isEqualTo(stay);
        }
        // the home's administrator reads the same; the frozen application itself is unchanged
        assertThat(recomputation(homeAdmin, id)).isEqualTo(r);
        assertThat(homeAdmin.get("api/applications/" + id).body()).contains("\"total\":1320.00");
    }

    @Test
    @DisplayName(
            "a hukou moved out of the city from mid-April: April to June are now NOT_LOCAL_HUKOU, by HUKOU_CHANGED")
    void hukouChanged() {
        long bed = city.bed(home, "R-2", LocalDate.of(2022, 1, 10));
        long resident = resident(2);
        city.admit(resident, bed, LocalDate.of(2024, 1, 1));
        long id = submittedOperating("2025-01", "2025-06");

        var moved = admin.post(
                "api/residents/" + resident + "/changes",
                object().add("kind", "HUKOU")
                        .add("effectiveOn", "2025-04-15")
                        .add("hukouCode", "510104")
                        .build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        long event = newestEvent("Resident", resident, "HUKOU_CHANGED");

        JsonObject r = recomputation(county, id);
        assertThat(money(r, "frozenTotal")).isEqualByComparingTo("1320.00");
        assertThat(money(r, "currentTotal")).isEqualByComparingTo("660.00");
        assertThat(money(r, "difference")).isEqualByComparingTo("-660.00");
        assertThat(lines(r)).extracting(l -> l.getString("month")).containsExactly("2025-04", "2025-05", "2025-06");
        assertThat(lines(r)).allSatisfy(l -> {
            assertThat(money(l, "currentAmount")).isEqualByComparingTo("0.00");
            assertThat(money(l, "difference")).isEqualByComparingTo("-220.00");
            assertThat(l.getString("currentReasonCode")).isEqualTo("NOT_LOCAL_HUKOU");
            assertThat(l.getJsonObject("cause").getString("kind")).isEqualTo("HUKOU_CHANGED");
            assertThat(l.getJsonObject("cause").getJsonNumber("auditEventId").longValue())
                    .isEqualTo(event);
        });
        // the reason in the caller's language
        var english = county.acceptLanguage("en").get("api/applications/" + id + "/recomputation");
        assertThat(lines(english.json()).get(0).getString("currentReason")).isEqualTo("Hukou is not in Leshan");
    }

    @Test
    @DisplayName(
            "a construction line whose bed's commissioning day is corrected to after the as-of date: NOT_IN_FACTS, 0.00, by BED_CORRECTED")
    void bedCommissionedLater() {
        long kept = city.bed(home, "C-1", LocalDate.of(2022, 1, 10));
        long moved = city.bed(home, "C-2", LocalDate.of(2022, 1, 10));
        var created = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-01")
                        .build());
        long id = created.id();
        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        assertThat(submitted.body()).as(submitted.toString()).contains("\"total\":22000.00");

        var corrected = county.post(
                "api/care-homes/" + home + "/beds/" + moved + "/corrections",
                object().add("reason", "投用日期录错")
                        .add("commissionedOn", "2024-07-01")
                        .build());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        long event = newestEvent("Bed", moved, "BED_CORRECTED");

        JsonObject r = recomputation(county, id);
        assertThat(r.getString("kind")).isEqualTo("CONSTRUCTION");
        assertThat(money(r, "frozenTotal")).isEqualByComparingTo("22000.00");
        assertThat(money(r, "currentTotal")).isEqualByComparingTo("11000.00");
        assertThat(money(r, "difference")).isEqualByComparingTo("-11000.00");
        JsonObject line = lines(r).get(0);
        assertThat(lines(r)).hasSize(1);
        assertThat(line.getJsonNumber("bedId").longValue()).isEqualTo(moved);
        assertThat(line.getString("bedCode")).isEqualTo("C-2");
        assertThat(line.containsKey("month")).isFalse();
        assertThat(money(line, "frozenAmount")).isEqualByComparingTo("11000.00");
        assertThat(money(line, "currentAmount")).isEqualByComparingTo("0.00");
        assertThat(line.getString("currentReasonCode")).isEqualTo("NOT_IN_FACTS");
        JsonObject cause = line.getJsonObject("cause");
        assertThat(cause.getString("kind")).isEqualTo("BED_CORRECTED");
        assertThat(cause.getJsonNumber("auditEventId").longValue()).isEqualTo(event);
        assertThat(cause.getString("entityType")).isEqualTo("Bed");
        assertThat(kept).isNotEqualTo(moved);
    }

    @Test
    @DisplayName(
            "only submitted or paid applications: a draft and a returned one are 409 APPLICATION_NOT_SUBMITTED; other homes and families 404")
    void onlyFrozenApplications() {
        long bed = city.bed(home, "R-3", LocalDate.of(2022, 1, 10));
        long resident = resident(2);
        city.admit(resident, bed, LocalDate.of(2024, 1, 1));
        var draft = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2025-01")
                        .add("to", "2025-02")
                        .build());
        var notYet = county.get("api/applications/" + draft.id() + "/recomputation");
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(409);
        assertThat(notYet.code()).isEqualTo("APPLICATION_NOT_SUBMITTED");

        long id = submittedOperating("2025-03", "2025-04");
        assertThat(recomputation(county, id).getJsonArray("lines")).isEmpty();
        var returned = county.post(
                "api/applications/" + id + "/return",
                object().add("reason", "请核实").build());
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(county.get("api/applications/" + id + "/recomputation").code())
                .isEqualTo("APPLICATION_NOT_SUBMITTED");

        long other = submittedOperating("2025-05", "2025-06");
        ApiClient otherHome = city.user(
                "HOME_ADMIN",
                object().add("careHomeId", city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 5))
                        .build());
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(resident))
                        .build());
        for (ApiClient outsider : List.of(otherHome, family)) {
            var r = outsider.get("api/applications/" + other + "/recomputation");
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("APPLICATION_NOT_FOUND");
        }
        assertThat(admin.get("api/applications/987654321/recomputation").code()).isEqualTo("APPLICATION_NOT_FOUND");
    }
}
