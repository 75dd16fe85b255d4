package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.AdmittedResident;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1–8.2 for residents: {@code POST /api/residents/{id}/changes} (hukou and state support from a
 * day on) and {@code POST /api/residents/{id}/corrections} (name, ID number, a history entry withdrawn or
 * rewritten, with a reason): histories in the resident's view, the audit trail's old and new values, roles and
 * scope, nothing changed on a refusal, and the operating subsidy reading the facts on each month's rule day.
 */
@DisplayName("Resident changes and corrections (§8.1–8.2)")
class ResidentCorrectionsIT extends ApiITBase {

    private static final LocalDate BORN = LocalDate.of(1950, 3, 1);

    private record Setup(AdmittedResident.Ids ids, ApiClient homeAdmin) {}

    /** A resident of county 511102 born 1950-03-01, level 3 (250 a month), admitted 2024-01-01 to a private home. */
    private Setup admitted() {
        // the suite's policy versions (CityPolicies: from 2025 level 0 → 120 a month, private homes only), whichever
        // class added them first: the amounts below hold with them
        com.jialicare.it.support.CityPolicies.ensure(admin);
        AdmittedResident.Ids ids = city.admitted()
                .resident(BORN, 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", ids.home()).build());
        return new Setup(ids, homeAdmin);
    }

    private static String path(long resident, String what) {
        return "api/residents/" + resident + "/" + what;
    }

    private static JsonObject stateSupport(String on, boolean supported) {
        return object().add("kind", "STATE_SUPPORT")
                .add("effectiveOn", on)
                .add("stateSupported", supported)
                .build();
    }

    private static JsonObject hukou(String on, String code) {
        return object().add("kind", "HUKOU")
                .add("effectiveOn", on)
                .add("hukouCode", code)
                .build();
    }

    /** The home's eligible months and total in the city-wide operating preview of 2025. */
    private static JsonObject previewOf2025(ApiClient auditor, long home) {
        var r = auditor.get("api/subsidies/operating?from=2025-01&to=2025-12");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("homes").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonNumber("careHomeId").longValue() == home)
                .findFirst()
                .orElseThrow();
    }

    /** Each line of the home's operating subsidy of 2025 as "month:amount" or "month:REASON". */
    private static List<String> lines2025(ApiClient auditor, long home) {
        var r = auditor.get("api/care-homes/" + home + "/subsidies/operating?from=2025-01&to=2025-12");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("month") + ":"
                        + (l.getBoolean("eligible")
                                ? l.getJsonNumber("amount").bigDecimalValue().toPlainString()
                                : l.getString("reasonCode")))
                .toList();
    }

    /** The answer, after checking that it changed no table and left the resident as it was. */
    private ApiClient.Response refusedUnchanged(long resident, Supplier<ApiClient.Response> request) {
        Map<String, Long> before = Database.counts();
        String view = admin.get("api/residents/" + resident).body();
        var r = request.get();
        assertThat(Database.counts())
                .as("a refused request changes nothing: " + r)
                .isEqualTo(before);
        assertThat(admin.get("api/residents/" + resident).body())
                .as("the resident is unchanged")
                .isEqualTo(view);
        return r;
    }

    private List<JsonObject> audit(long resident) {
        var r = admin.get("api/audit?entityType=Resident&entityId=" + resident);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }

    private static String changes(JsonObject event) {
        StringBuilder out = new StringBuilder();
        for (JsonObject c : event.getJsonArray("changes").getValuesAs(JsonObject.class)) {
            out.append(c.getString("field"))
                    .append(':')
                    .append(text(c.get("before")))
                    .append('>')
                    .append(text(c.get("after")))
                    .append(' ');
        }
        return out.toString().trim();
    }

    private static String text(JsonValue v) {
        return v == null || v == JsonValue.NULL ? "null" : ((jakarta.json.JsonString) v).getString();
    }

    @Test
    @DisplayName("§8.1 state-supported from 2025-07-10: the preview excludes exactly July to December; withdrawn, they"
            + " count again; the audit trail keeps the change and the correction")
    void stateSupportChangeAndTheOperatingPreview() {
        Setup s = admitted();
        long resident = s.ids().resident();
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        JsonObject before = previewOf2025(cityAuditor, s.ids().home());
        assertThat(before.getInt("eligibleMonths")).isEqualTo(12);
        assertThat(before.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("3000.00");

        var changed = s.homeAdmin().post(path(resident, "changes"), stateSupport("2025-07-10", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject view = changed.json();
        assertThat(view.getBoolean("stateSupported")).isTrue();
        assertThat(view.getJsonArray("stateSupportHistory").toString())
                .isEqualTo(Json.createArrayBuilder()
                        .add(object().add("effectiveOn", BORN.toString()).add("stateSupported", false))
                        .add(object().add("effectiveOn", "2025-07-10").add("stateSupported", true))
                        .build()
                        .toString());
        assertThat(admin.get("api/residents/" + resident).json().getJsonArray("stateSupportHistory"))
                .hasSize(2);

        JsonObject after = previewOf2025(cityAuditor, s.ids().home());
        assertThat(after.getInt("eligibleMonths")).isEqualTo(6);
        assertThat(after.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("1500.00"));
        assertThat(lines2025(cityAuditor, s.ids().home()))
                .containsExactly(
                        "2025-01:250.00",
                        "2025-02:250.00",
                        "2025-03:250.00",
                        "2025-04:250.00",
                        "2025-05:250.00",
                        "2025-06:250.00",
                        "2025-07:STATE_SUPPORTED",
                        "2025-08:STATE_SUPPORTED",
                        "2025-09:STATE_SUPPORTED",
                        "2025-10:STATE_SUPPORTED",
                        "2025-11:STATE_SUPPORTED",
                        "2025-12:STATE_SUPPORTED");

        // the same day again is refused; nothing changes
        var twice = refusedUnchanged(
                resident, () -> s.homeAdmin().post(path(resident, "changes"), stateSupport("2025-07-10", false)));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("DUPLICATE_EFFECTIVE_DATE");

        // withdrawn as entered by mistake: the months count again, and the entry is kept in the database
        var withdrawn = s.homeAdmin()
                .post(
                        path(resident, "corrections"),
                        object().add("reason", "录入错误：不是特困供养人员")
                                .add("historyKind", "STATE_SUPPORT")
                                .add("effectiveOn", "2025-07-10")
                                .add("withdraw", true)
                                .build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getBoolean("stateSupported")).isFalse();
        assertThat(withdrawn.json().getJsonArray("stateSupportHistory")).hasSize(1);
        assertThat(previewOf2025(cityAuditor, s.ids().home()).getInt("eligibleMonths"))
                .isEqualTo(12);
        assertThat(Database.scalar("select count(*) from resident_state_support where resident_id = " + resident
                        + " and withdrawn_at is not null"))
                .isEqualTo(1);

        List<JsonObject> events = audit(resident);
        JsonObject change = events.stream()
                .filter(e -> e.getString("action").equals("STATE_SUPPORT_CHANGED"))
                .findFirst()
                .orElseThrow();
        assertThat(change.getString("effectiveOn")).isEqualTo("2025-07-10");
        assertThat(changes(change)).isEqualTo("stateSupported:false>true");
        JsonObject correction = events.stream()
                .filter(e -> e.getString("action").equals("RESIDENT_CORRECTED"))
                .findFirst()
                .orElseThrow();
        assertThat(correction.getString("reason")).isEqualTo("录入错误：不是特困供养人员");
        assertThat(changes(correction))
                .isEqualTo("stateSupportHistory:2025-07-10 stateSupported=true>null stateSupported:true>false");

        // the only entry cannot be withdrawn
        var last = refusedUnchanged(
                resident,
                () -> s.homeAdmin()
                        .post(
                                path(resident, "corrections"),
                                object().add("reason", "试一试")
                                        .add("historyKind", "STATE_SUPPORT")
                                        .add("effectiveOn", BORN.toString())
                                        .add("withdraw", true)
                                        .build()));
        assertThat(last.status()).as(last.toString()).isEqualTo(409);
        assertThat(last.code()).isEqualTo("LAST_ENTRY");
    }

    @Test
    @DisplayName("§8.1 hukou moved into the city on 2025-04-15: January to March are not local; today's hukouCode"
            + " follows the history")
    void hukouMovedIntoTheCity() {
        Setup s = admitted();
        long resident = s.ids().resident();
        // first recorded as from Chengdu: corrected in place (as if it had always been so)
        var corrected = s.homeAdmin()
                .post(
                        path(resident, "corrections"),
                        object().add("reason", "户籍录错")
                                .add("historyKind", "HUKOU")
                                .add("effectiveOn", BORN.toString())
                                .add("hukouCode", "510104")
                                .build());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getString("hukouCode")).isEqualTo("510104");
        var moved = s.homeAdmin().post(path(resident, "changes"), hukou("2025-04-15", "511102"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("hukouCode")).isEqualTo("511102");
        assertThat(moved.json().getJsonArray("hukouHistory").toString())
                .isEqualTo("[{\"effectiveOn\":\"1950-03-01\",\"hukouCode\":\"510104\"},"
                        + "{\"effectiveOn\":\"2025-04-15\",\"hukouCode\":\"511102\"}]");
        ApiClient auditor =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        assertThat(lines2025(auditor, s.ids().home()).subList(0, 5))
                .containsExactly(
                        "2025-01:NOT_LOCAL_HUKOU",
                        "2025-02:NOT_LOCAL_HUKOU",
                        "2025-03:NOT_LOCAL_HUKOU",
                        "2025-04:250.00",
                        "2025-05:250.00");
        JsonObject change = audit(resident).stream()
                .filter(e -> e.getString("action").equals("HUKOU_CHANGED"))
                .findFirst()
                .orElseThrow();
        assertThat(changes(change)).isEqualTo("hukouCode:510104>511102");
        assertThat(change.getString("effectiveOn")).isEqualTo("2025-04-15");

        // a change before birth or in the future is refused
        for (String day : List.of("1949-01-01", "2999-01-01")) {
            var r = refusedUnchanged(
                    resident, () -> s.homeAdmin().post(path(resident, "changes"), hukou(day, "511111")));
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
        }
    }

    @Test
    @DisplayName("§8.2 name and ID number: a home's administrator corrects the name but not the ID number (403); an"
            + " auditor corrects the ID number (birth date and sex follow); another resident's number is 409")
    void nameAndIdNumber() {
        Setup s = admitted();
        long resident = s.ids().resident();
        var named = s.homeAdmin()
                .post(
                        path(resident, "corrections"),
                        object().add("reason", "姓名错字").add("name", "王更正").build());
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        assertThat(named.json().getString("name")).isEqualTo("王更正");

        String newNumber = TestData.idNumber(LocalDate.of(1951, 6, 7), false);
        var homeTries = refusedUnchanged(
                resident,
                () -> s.homeAdmin()
                        .post(
                                path(resident, "corrections"),
                                object().add("reason", "号码错")
                                        .add("idNumber", newNumber)
                                        .build()));
        assertThat(homeTries.status()).as(homeTries.toString()).isEqualTo(403);
        assertThat(homeTries.code()).isEqualTo("ROLE_NOT_ALLOWED");

        var noReason = refusedUnchanged(
                resident,
                () -> s.homeAdmin()
                        .post(
                                path(resident, "corrections"),
                                object().add("name", "没有原因").build()));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");

        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        String oldNumber = admin.get("api/residents/" + resident).json().getString("idNumber");
        var numbered = county.post(
                path(resident, "corrections"),
                object().add("reason", "身份证号码录错").add("idNumber", newNumber).build());
        assertThat(numbered.status()).as(numbered.toString()).isEqualTo(200);
        assertThat(numbered.json().getString("idNumber")).isEqualTo(newNumber);
        assertThat(numbered.json().getString("birthDate")).isEqualTo("1951-06-07");
        assertThat(numbered.json().getString("sex")).isEqualTo("FEMALE");
        JsonObject event = audit(resident).stream()
                .filter(e -> e.getString("action").equals("RESIDENT_CORRECTED")
                        && e.getString("reason").equals("身份证号码录错"))
                .findFirst()
                .orElseThrow();
        assertThat(changes(event))
                .startsWith("idNumber:" + oldNumber + ">" + newNumber + " birthDate:1950-03-01>1951-06-07");

        long other = city.resident(LocalDate.of(1949, 2, 2), "511102", 1, LocalDate.of(2024, 1, 1));
        String taken = admin.get("api/residents/" + other).json().getString("idNumber");
        var clash = refusedUnchanged(
                resident,
                () -> admin.post(
                        path(resident, "corrections"),
                        object().add("reason", "换号").add("idNumber", taken).build()));
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("RESIDENT_ALREADY_REGISTERED");
    }

    @Test
    @DisplayName("§8.2 a withdrawn assessment no longer gives the level, in the resident's view and in the subsidy")
    void withdrawnAssessment() {
        Setup s = admitted();
        long resident = s.ids().resident();
        var assessed = s.homeAdmin()
                .post(
                        path(resident, "assessments"),
                        object().add("level", 0)
                                .add("effectiveOn", "2025-01-01")
                                .build());
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        assertThat(previewOf2025(cityAuditor, s.ids().home())
                        .getJsonNumber("total")
                        .bigDecimalValue())
                .isEqualByComparingTo("1440.00");
        var withdrawn = s.homeAdmin()
                .post(
                        path(resident, "corrections"),
                        object().add("reason", "评估表填错")
                                .add("historyKind", "ASSESSMENT")
                                .add("effectiveOn", "2025-01-01")
                                .add("withdraw", true)
                                .build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getJsonArray("assessments")).hasSize(1);
        assertThat(withdrawn.json().getInt("careLevel")).isEqualTo(3);
        assertThat(previewOf2025(cityAuditor, s.ids().home())
                        .getJsonNumber("total")
                        .bigDecimalValue())
                .isEqualByComparingTo("3000.00");
        // the day is free again
        var again = s.homeAdmin()
                .post(
                        path(resident, "assessments"),
                        object().add("level", 4)
                                .add("effectiveOn", "2025-01-01")
                                .build());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("outside the scope both endpoints answer 404 as for no such resident; a family member 403; nothing"
            + " changes")
    void scope() {
        Setup s = admitted();
        long resident = s.ids().resident();
        long otherHome = city.home("PRIVATE", "511181", LocalDate.of(2020, 1, 1), 5);
        ApiClient otherAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", otherHome).build());
        ApiClient otherCounty =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build());
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(resident))
                        .build());
        JsonObject change = stateSupport("2025-07-10", true);
        JsonObject correction = object().add("reason", "不该成功").add("name", "外人").build();
        for (ApiClient outsider : List.of(otherAdmin, otherCounty)) {
            for (String what : List.of("changes", "corrections")) {
                JsonObject body = what.equals("changes") ? change : correction;
                var r = refusedUnchanged(resident, () -> outsider.post(path(resident, what), body));
                assertThat(r.status()).as(r.toString()).isEqualTo(404);
                assertThat(r.code()).isEqualTo("RESIDENT_NOT_FOUND");
                var ghost = outsider.post(path(987_654_321L, what), body);
                assertThat(ghost.body().replace("987654321", "<id>"))
                        .isEqualTo(r.body().replace(String.valueOf(resident), "<id>"));
            }
        }
        var r = refusedUnchanged(resident, () -> family.post(path(resident, "changes"), change));
        assertThat(r.status()).as(r.toString()).isEqualTo(403);
        // the family member reads no history: the first entries are dated on the birth date, which the masked
        // number hides, and a hukou code can give digits back
        JsonObject seen = family.get("api/residents/" + resident).json();
        assertThat(seen.containsKey("hukouHistory")).isFalse();
        assertThat(seen.containsKey("stateSupportHistory")).isFalse();
    }
}
