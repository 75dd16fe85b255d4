package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A record's history through {@code GET /api/audit} (docs/RULES.md §8, issue #14 item 8): events written by the
 * real endpoints (admit, move, absence, assessment, discharge); a resident's related records in one answer; the
 * filters, the pages and their limits; the scope (404 outside, 403 for a search over every record by whom it is
 * not open to, a county auditor only their county's); every bad parameter a 400 naming the field.
 */
@DisplayName("Audit history: a record's and its related records' events, filtered, paged and scoped")
class AuditHistoryIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 3, 1);

    /** A resident who lived in home A (moved once, away once, discharged), then in home B; one more assessment. */
    private record Story(
            long homeA, long homeB, long bedA1, long bedA2, long bedB, long resident, long stayA, long stayB) {}

    private Story story() {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        long bedA1 = city.bed(homeA, "H-1", D);
        long bedA2 = city.bed(homeA, "H-2", D);
        long bedB = city.bed(homeB, "H-1", D);
        long resident = city.resident(LocalDate.of(1948, 5, 5), "511102", 1, D);
        long stayA = city.admit(resident, bedA1, LocalDate.of(2024, 4, 1));
        ok(admin.post(
                "api/stays/" + stayA + "/transfers",
                object().add("bedId", bedA2).add("on", "2024-05-01").build()));
        ok(admin.post(
                "api/stays/" + stayA + "/absences",
                object().add("from", "2024-06-01")
                        .add("until", "2024-06-05")
                        .add("kind", "HOSPITAL")
                        .build()));
        ok(admin.post(
                "api/residents/" + resident + "/assessments",
                object().add("level", 3).add("effectiveOn", "2024-06-30").build()));
        ok(admin.post(
                "api/stays/" + stayA + "/discharge",
                object().add("on", "2024-07-01")
                        .add("reason", "MOVED_TO_OTHER_HOME")
                        .build()));
        long stayB = city.admit(resident, bedB, LocalDate.of(2024, 7, 1));
        return new Story(homeA, homeB, bedA1, bedA2, bedB, resident, stayA, stayB);
    }

    @Test
    @DisplayName(
            "a resident's history, alone or with their stays' events, oldest or newest first; a home's with its beds")
    void related() {
        Story s = story();
        assertThat(actions(admin.get("api/audit?entityType=Resident&entityId=" + s.resident())))
                .containsExactly("RESIDENT_REGISTERED", "ASSESSED");
        List<JsonObject> all =
                events(admin.get("api/audit?entityType=Resident&entityId=" + s.resident() + "&includeRelated=true"));
        assertThat(all)
                .extracting(e -> e.getString("action"))
                .containsExactly(
                        "RESIDENT_REGISTERED",
                        "ADMITTED",
                        "TRANSFERRED",
                        "ABSENCE_RECORDED",
                        "ASSESSED",
                        "DISCHARGED",
                        "ADMITTED");
        assertThat(all)
                .extracting(e -> e.getString("entityType") + "#" + e.getJsonNumber("entityId"))
                .contains("Stay#" + s.stayA(), "Stay#" + s.stayB(), "Resident#" + s.resident());
        // a plain event: neither a change nor a correction, not a withdrawal, no field changes
        JsonObject admitted = all.get(1);
        assertThat(admitted.getOrDefault("kind", JsonValue.NULL).getValueType()).isEqualTo(JsonValue.ValueType.NULL);
        assertThat(admitted.getBoolean("withdrawal")).isFalse();
        assertThat(admitted.getJsonArray("changes")).isEmpty();
        assertThat(admitted.getString("actor")).isEqualTo("admin");

        assertThat(actions(admin.get("api/audit?entityType=Resident&entityId=" + s.resident()
                        + "&includeRelated=true&order=NEWEST_FIRST")))
                .containsExactly(
                        "ADMITTED",
                        "DISCHARGED",
                        "ASSESSED",
                        "ABSENCE_RECORDED",
                        "TRANSFERRED",
                        "ADMITTED",
                        "RESIDENT_REGISTERED");
        assertThat(actions(admin.get("api/audit?entityType=CareHome&entityId=" + s.homeA() + "&includeRelated=true")))
                .containsExactly("CARE_HOME_CREATED", "BED_ADDED", "BED_ADDED");
        assertThat(actions(admin.get("api/audit?entityType=CareHome&entityId=" + s.homeA())))
                .containsExactly("CARE_HOME_CREATED");
    }

    @Test
    @DisplayName("filters: actor, action, days, kind; a search over every record for the city")
    void filters() {
        Story s = story();
        String mover = "api/audit?entityType=Stay&entityId=" + s.stayB();
        String day = events(admin.get(mover)).get(0).getString("at").substring(0, 10);
        LocalDate today = LocalDate.parse(day);
        String resident = "api/audit?entityType=Resident&entityId=" + s.resident() + "&includeRelated=true";
        assertThat(actions(admin.get(resident + "&action=ADMITTED"))).containsExactly("ADMITTED", "ADMITTED");
        assertThat(actions(admin.get(resident + "&actor=admin"))).hasSize(7);
        assertThat(actions(admin.get(resident + "&actor=nobody-at-all"))).isEmpty();
        assertThat(actions(admin.get(resident + "&from=" + day + "&to=" + day))).hasSize(7);
        assertThat(actions(admin.get(resident + "&to=" + today.minusDays(1)))).isEmpty();
        assertThat(actions(admin.get(resident + "&from=" + today.plusDays(1)))).isEmpty();
        // no endpoint on this branch yet records a change or a correction: each kind filters everything out
        assertThat(actions(admin.get(resident + "&kind=CORRECTION"))).isEmpty();
        assertThat(actions(admin.get(resident + "&kind=CHANGE"))).isEmpty();

        // a search over every record: the city and the administrator
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        var everyAdmission = events(cityAuditor.get("api/audit?action=ADMITTED&order=NEWEST_FIRST&size=200"));
        assertThat(everyAdmission)
                .isNotEmpty()
                .allMatch(e -> e.getString("action").equals("ADMITTED"));
        // other classes admit on the same server (and move its training clock), so ours need not be the newest:
        // it is on one of the pages of that day's admissions
        boolean found = false;
        for (int page = 0; !found && page < 100; page++) {
            var slice = events(cityAuditor.get("api/audit?action=ADMITTED&from=" + day + "&size=200&page=" + page));
            if (slice.isEmpty()) {
                break;
            }
            found = slice.stream().anyMatch(e -> e.getJsonNumber("entityId").longValue() == s.stayB());
        }
        assertThat(found)
                .as("the story's admission is among every admission since " + day)
                .isTrue();
    }

    @Test
    @DisplayName("pages: page and size like every list (X-Total-Count says how many), 1 to 200 a page")
    void pages() throws Exception {
        Story s = story();
        String resident = "api/audit?entityType=Resident&entityId=" + s.resident() + "&includeRelated=true";
        assertThat(actions(admin.get(resident + "&size=3")))
                .containsExactly("RESIDENT_REGISTERED", "ADMITTED", "TRANSFERRED");
        assertThat(actions(admin.get(resident + "&size=3&page=1")))
                .containsExactly("ABSENCE_RECORDED", "ASSESSED", "DISCHARGED");
        assertThat(actions(admin.get(resident + "&size=3&page=2"))).containsExactly("ADMITTED");
        assertThat(actions(admin.get(resident + "&size=3&page=3"))).isEmpty();
        assertThat(actions(admin.get(resident + "&size=200"))).hasSize(7);

        HttpResponse<String> raw = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + resident + "&size=2"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("admin:" + Deployments.ADMIN_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("X-Total-Count")).hasValue("7");

        ApiClient bad = admin.sendingInvalid();
        assertThat(bad.get(resident + "&size=201").code()).isEqualTo("INVALID_PAGE_SIZE");
        assertThat(bad.get(resident + "&size=0").code()).isEqualTo("INVALID_PAGE_SIZE");
        assertThat(bad.get(resident + "&page=-1").code()).isEqualTo("INVALID_PAGE");
        assertThat(bad.get(resident + "&page=1000001").code()).isEqualTo("INVALID_PAGE");
    }

    @Test
    @DisplayName("scope: outside it a record is 404 like a missing one; related stays only in the scope; "
            + "a search over every record only for the city and the administrator")
    void scope() {
        Story s = story();
        ApiClient homeA =
                city.user("HOME_ADMIN", object().add("careHomeId", s.homeA()).build());
        ApiClient homeB =
                city.user("HOME_ADMIN", object().add("careHomeId", s.homeB()).build());
        ApiClient countyA =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        ApiClient countyB =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build());
        ApiClient family = city.user(
                "FAMILY",
                object().add(
                                "residentIds",
                                jakarta.json.Json.createArrayBuilder().add(s.resident()))
                        .build());

        // the resident lived in both homes: each home's administrator sees the resident, and only their own stay
        String related = "api/audit?entityType=Resident&entityId=" + s.resident() + "&includeRelated=true";
        assertThat(events(homeB.get(related)))
                .extracting(e -> e.getString("entityType") + "#" + e.getJsonNumber("entityId"))
                .doesNotContain("Stay#" + s.stayA())
                .contains("Stay#" + s.stayB(), "Resident#" + s.resident());
        assertThat(events(homeA.get(related)))
                .extracting(e -> e.getString("entityType") + "#" + e.getJsonNumber("entityId"))
                .doesNotContain("Stay#" + s.stayB())
                .contains("Stay#" + s.stayA());
        assertThat(events(countyB.get(related)))
                .extracting(e -> e.getString("entityType") + "#" + e.getJsonNumber("entityId"))
                .doesNotContain("Stay#" + s.stayA());
        assertThat(events(countyA.get(related))).hasSize(6); // all but home B's admission

        // outside the scope: 404, exactly like a record that does not exist
        for (String q : List.of(
                "entityType=Stay&entityId=" + s.stayA(),
                "entityType=Bed&entityId=" + s.bedA1(),
                "entityType=CareHome&entityId=" + s.homeA() + "&includeRelated=true")) {
            assertThat(homeB.get("api/audit?" + q).status()).as(q).isEqualTo(404);
            assertThat(countyB.get("api/audit?" + q).status()).as(q).isEqualTo(404);
            assertThat(homeA.get("api/audit?" + q).status()).as(q).isEqualTo(200);
        }
        assertThat(homeB.get("api/audit?entityType=Stay&entityId=987654321").status())
                .isEqualTo(404);

        // a county auditor's search over every record: their county's records only
        String admissions = "api/audit?action=ADMITTED&order=NEWEST_FIRST&size=200";
        assertThat(events(countyA.get(admissions)))
                .extracting(e -> e.getJsonNumber("entityId").longValue())
                .contains(s.stayA())
                .doesNotContain(s.stayB());
        assertThat(events(countyB.get(admissions)))
                .extracting(e -> e.getJsonNumber("entityId").longValue())
                .contains(s.stayB())
                .doesNotContain(s.stayA());
        assertThat(events(countyB.get("api/audit?action=BED_ADDED&size=200")))
                .extracting(e -> e.getJsonNumber("entityId").longValue())
                .contains(s.bedB())
                .doesNotContain(s.bedA1(), s.bedA2());
        assertThat(events(countyA.get("api/audit?action=RESIDENT_REGISTERED&size=200")))
                .extracting(e -> e.getJsonNumber("entityId").longValue())
                .contains(s.resident());

        // a search over every record: 403 for a home and a family member
        for (ApiClient c : List.of(homeA, family)) {
            var r = c.get("api/audit?action=ADMITTED");
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.code()).isEqualTo("ROLE_NOT_ALLOWED");
        }
        assertThat(family.get(related).status()).isEqualTo(403);
        assertThat(admin.get("api/audit?size=1").status()).isEqualTo(200);
        // the accounts' history stays the city's
        assertThat(homeA.get("api/audit?entityType=User&entityId=1").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a record's history as CSV for a spreadsheet: the same events, the same scope and checks")
    void csv() {
        Story s = story();
        var r = admin.download(
                "api/audit/history.csv?entityType=Resident&entityId=" + s.resident() + "&includeRelated=true");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        String[] lines = r.body().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("id,at,actor,action,entityType,entityId,kind,reason,effectiveOn,field");
        assertThat(lines).hasSize(8);
        assertThat(lines[1]).contains(",admin,RESIDENT_REGISTERED,Resident," + s.resident() + ",");
        ApiClient homeB =
                city.user("HOME_ADMIN", object().add("careHomeId", s.homeB()).build());
        assertThat(homeB.download("api/audit/history.csv?entityType=Stay&entityId=" + s.stayA())
                        .status())
                .isEqualTo(404);
        assertThat(admin.sendingInvalid()
                        .download("api/audit/history.csv?kind=ALL")
                        .code())
                .isEqualTo("INVALID_KIND");
    }

    @Test
    @DisplayName("every bad parameter is a 400 with a code and the field")
    void badParameters() {
        Story s = story();
        ApiClient bad = admin.sendingInvalid();
        String r = "api/audit?entityType=Resident&entityId=" + s.resident();
        String[][] cases = {
            {"api/audit?entityType=Resident&entityId=abc", "INVALID_NUMBER", "entityId"},
            {"api/audit?entityType=Resident&entityId=0", "INVALID_NUMBER", "entityId"},
            {"api/audit?entityType=Resident&entityId=99999999999999999999999", "INVALID_NUMBER", "entityId"},
            {"api/audit?entityId=" + s.resident(), "FIELD_REQUIRED", "entityType"},
            {"api/audit?entityType=Resident", "FIELD_REQUIRED", "entityId"},
            {"api/audit?entityType=Res%27ident&entityId=1", "INVALID_ENTITY_TYPE", "entityType"},
            {"api/audit?entityType=" + "A".repeat(65) + "&entityId=1", "INVALID_ENTITY_TYPE", "entityType"},
            {r + "&includeRelated=yes", "INVALID_BOOLEAN", "includeRelated"},
            {r + "&action=admitted", "INVALID_ACTION", "action"},
            {r + "&action=A%3B%20drop", "INVALID_ACTION", "action"},
            {r + "&actor=" + "x".repeat(65), "INVALID_ACTOR", "actor"},
            {r + "&from=2023-02-30", "INVALID_DATE", "from"},
            {r + "&to=yesterday", "INVALID_DATE", "to"},
            {r + "&from=2024-02-01&to=2024-01-01", "INVALID_DATE_RANGE", "to"},
            {r + "&kind=BOTH", "INVALID_KIND", "kind"},
            {r + "&order=UP", "INVALID_ORDER", "order"},
            {r + "&page=x", "INVALID_NUMBER", "page"},
            {r + "&size=1.5", "INVALID_NUMBER", "size"},
        };
        for (String[] c : cases) {
            var answer = bad.get(c[0]);
            assertThat(answer.status()).as(c[0] + " → " + answer).isEqualTo(400);
            assertThat(answer.code()).as(c[0]).isEqualTo(c[1]);
            assertThat(answer.string("field")).as(c[0]).isEqualTo(c[2]);
        }
    }

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    private static List<JsonObject> events(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }

    private static List<String> actions(ApiClient.Response r) {
        return events(r).stream().map(e -> e.getString("action")).toList();
    }
}
