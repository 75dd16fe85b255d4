package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who may do what (RULES.md §7) as one table: every role × endpoint × own or other scope, plus
 * nobody logged in → the expected status. Writes use requests that an allowed caller gets refused for
 * their content (a future date, a wrong state), so the table changes no data. Outside the scope the answer
 * is 404, exactly as for a record that does not exist.
 */
@DisplayName("Access matrix: role × endpoint × own/other scope × unauthenticated")
class AccessMatrixIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private enum Who {
        ANON,
        ADMIN,
        HOME,
        COUNTY,
        CITY,
        FAMILY
    }

    /** One row: a request for the own scope (home A …) and the other (home B …), and the expected statuses. */
    private record Row(String name, String method, String own, String other, String body, Map<Who, int[]> expected) {}

    private static Map<Who, int[]> expect(int anon, int[] admin, int[] home, int[] county, int[] city, int[] family) {
        Map<Who, int[]> m = new LinkedHashMap<>();
        m.put(Who.ANON, new int[] {anon, anon});
        m.put(Who.ADMIN, admin);
        m.put(Who.HOME, home);
        m.put(Who.COUNTY, county);
        m.put(Who.CITY, city);
        m.put(Who.FAMILY, family);
        return m;
    }

    private static int[] both(int s) {
        return new int[] {s, s};
    }

    private static int[] ownOther(int own, int other) {
        return new int[] {own, other};
    }

    @Test
    @DisplayName("every role gets exactly the expected status on every endpoint, in and outside its scope")
    void matrix() {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        long bedA = city.bed(homeA, "M-1", D);
        long bedB = city.bed(homeB, "M-1", D);
        long resA = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, D);
        long resB = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, D);
        long stayA = city.admit(resA, bedA, LocalDate.of(2024, 2, 1));
        long stayB = city.admit(resB, bedB, LocalDate.of(2024, 2, 1));
        Map<Who, ApiClient> clients = new LinkedHashMap<>();
        clients.put(Who.ANON, admin.anonymous().sendingInvalid()); // no login where one is needed: wrong on purpose
        clients.put(Who.ADMIN, admin);
        clients.put(
                Who.HOME,
                city.user("HOME_ADMIN", object().add("careHomeId", homeA).build()));
        clients.put(
                Who.COUNTY,
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build()));
        clients.put(Who.CITY, city.user("CITY_AUDITOR", object().build()));
        clients.put(
                Who.FAMILY,
                city.user(
                        "FAMILY",
                        object().add("residentIds", Json.createArrayBuilder().add(resA))
                                .build()));
        ApiClient homeBAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", homeB).build());
        String appBody = "{\"careHomeId\": %d, \"kind\": \"CONSTRUCTION\", \"asOf\": \"2024-06-01\"}";
        long appA = clients.get(Who.HOME)
                .post("api/applications", String.format(appBody, homeA))
                .id();
        long appB = homeBAdmin
                .post("api/applications", String.format(appBody, homeB))
                .id();

        // --- money over time: reported deaths and moves — one case on each county's queue ---
        long caseA = registryCase(clients.get(Who.COUNTY));
        long caseB = registryCase(
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511181").build()));
        String future = "\"2999-01-01\"";
        long victim = admin.post(
                        "api/users",
                        object().add("username", TestData.name("matrix-"))
                                .add("password", "secret-pass-1")
                                .add("role", "CITY_AUDITOR")
                                .build())
                .id();
        List<Row> rows = List.of(
                new Row(
                        "GET me",
                        "GET",
                        "api/me",
                        "api/me",
                        null,
                        expect(401, both(200), both(200), both(200), both(200), both(200))),
                new Row(
                        "GET care home",
                        "GET",
                        "api/care-homes/" + homeA,
                        "api/care-homes/" + homeB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "GET bed board",
                        "GET",
                        "api/care-homes/" + homeA + "/beds?on=2024-03-01",
                        "api/care-homes/" + homeB + "/beds?on=2024-03-01",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "POST bed",
                        "POST",
                        "api/care-homes/" + homeA + "/beds",
                        "api/care-homes/" + homeB + "/beds",
                        "{\"code\": \"X-1\", \"room\": \"X\", \"commissionedOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), ownOther(403, 404), both(403), both(404))),
                new Row(
                        "GET residents of a home",
                        "GET",
                        "api/residents?careHomeId=" + homeA,
                        "api/residents?careHomeId=" + homeB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "GET resident",
                        "GET",
                        "api/residents/" + resA,
                        "api/residents/" + resB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), ownOther(200, 404))),
                new Row(
                        "POST assessment",
                        "POST",
                        "api/residents/" + resA + "/assessments",
                        "api/residents/" + resB + "/assessments",
                        "{\"level\": 2, \"effectiveOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row(
                        "GET stay",
                        "GET",
                        "api/stays/" + stayA,
                        "api/stays/" + stayB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), ownOther(200, 404))),
                new Row(
                        "POST absence",
                        "POST",
                        "api/stays/" + stayA + "/absences",
                        "api/stays/" + stayB + "/absences",
                        "{\"from\": " + future + ", \"until\": \"2999-02-01\"}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row(
                        "POST discharge",
                        "POST",
                        "api/stays/" + stayA + "/discharge",
                        "api/stays/" + stayB + "/discharge",
                        "{\"on\": " + future + ", \"reason\": \"OTHER\"}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row(
                        "GET audit history",
                        "GET",
                        "api/audit?entityType=Stay&entityId=" + stayA,
                        "api/audit?entityType=Stay&entityId=" + stayB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(403))),
                new Row(
                        "GET construction subsidy",
                        "GET",
                        "api/care-homes/" + homeA + "/subsidies/construction?asOf=2024-06-01",
                        "api/care-homes/" + homeB + "/subsidies/construction?asOf=2024-06-01",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "GET city-wide preview",
                        "GET",
                        "api/subsidies/operating?from=2024-01&to=2024-06",
                        "api/subsidies/operating?from=2024-01&to=2024-06",
                        null,
                        expect(401, both(200), both(403), both(200), both(200), both(403))),
                new Row(
                        "GET application",
                        "GET",
                        "api/applications/" + appA,
                        "api/applications/" + appB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "POST approve (a draft)",
                        "POST",
                        "api/applications/" + appA + "/approve",
                        "api/applications/" + appB + "/approve",
                        "{}",
                        expect(401, both(403), both(403), ownOther(409, 404), both(409), both(403))),
                new Row(
                        "POST submit (someone else's)",
                        "POST",
                        "api/applications/" + appB + "/submit",
                        "api/applications/" + appB + "/submit",
                        null,
                        expect(401, both(403), both(404), both(403), both(403), both(403))),
                new Row(
                        "POST payment (a draft)",
                        "POST",
                        "api/applications/" + appA + "/payment",
                        "api/applications/" + appB + "/payment",
                        "{\"paidOn\": \"2024-06-01\", \"amount\": 1, \"voucher\": \"X\"}",
                        expect(401, both(403), both(403), both(403), both(409), both(403))),
                new Row(
                        "GET family view",
                        "GET",
                        "api/family/residents",
                        "api/family/residents",
                        null,
                        expect(401, both(403), both(403), both(403), both(403), both(200))),
                new Row(
                        "POST user",
                        "POST",
                        "api/users",
                        "api/users",
                        "{}",
                        expect(401, both(400), both(403), both(403), both(403), both(403))),
                new Row(
                        "GET policies",
                        "GET",
                        "api/policies",
                        "api/policies",
                        null,
                        expect(401, both(200), both(200), both(200), both(200), both(200))),
                new Row(
                        "GET public notices",
                        "GET",
                        "api/notices",
                        "api/notices",
                        null,
                        expect(200, both(200), both(200), both(200), both(200), both(200))),
                new Row(
                        "GET health",
                        "GET",
                        "api/health",
                        "api/health",
                        null,
                        expect(200, both(200), both(200), both(200), both(200), both(200))),
                // --- corrections: accounts (issue #14 item 7): own = an account, other = no such account ---
                new Row(
                        "POST user disable",
                        "POST",
                        "api/users/" + victim + "/disable",
                        "api/users/" + GHOST + "/disable",
                        null,
                        expect(401, ownOther(200, 404), both(403), both(403), both(403), both(403))),
                new Row(
                        "POST user enable",
                        "POST",
                        "api/users/" + victim + "/enable",
                        "api/users/" + GHOST + "/enable",
                        null,
                        expect(401, ownOther(200, 404), both(403), both(403), both(403), both(403))),
                new Row(
                        "POST user unlock",
                        "POST",
                        "api/users/" + victim + "/unlock",
                        "api/users/" + GHOST + "/unlock",
                        null,
                        expect(401, ownOther(200, 404), both(403), both(403), both(403), both(403))),
                new Row(
                        "POST user reset-password",
                        "POST",
                        "api/users/" + victim + "/reset-password",
                        "api/users/" + GHOST + "/reset-password",
                        null,
                        expect(401, ownOther(200, 404), both(403), both(403), both(403), both(403))),
                new Row(
                        "PUT user scope",
                        "PUT",
                        "api/users/" + victim,
                        "api/users/" + GHOST,
                        "{\"displayName\": \"Matrix\"}",
                        expect(401, ownOther(200, 404), both(403), both(403), both(403), both(403))),
                new Row(
                        "POST me/password (short)",
                        "POST",
                        "api/me/password",
                        "api/me/password",
                        // refused before the current password is checked: no failed login is counted
                        "{\"currentPassword\": \"not-the-password\", \"newPassword\": \"short\"}",
                        expect(401, both(400), both(400), both(400), both(400), both(400))),
                // --- corrections: applications (withdraw, amend, revision diff, claims check) ---
                new Row(
                        "POST withdraw (no reason)",
                        "POST",
                        "api/applications/" + appA + "/withdraw",
                        "api/applications/" + appB + "/withdraw",
                        "{\"reason\": \" \"}",
                        expect(401, both(403), ownOther(400, 404), both(403), both(403), both(403))),
                new Row(
                        "POST amend (a draft)",
                        "POST",
                        "api/applications/" + appA + "/amend",
                        "api/applications/" + appB + "/amend",
                        "{\"from\": \"2024-01\", \"to\": \"2024-02\"}",
                        expect(401, both(403), ownOther(409, 404), both(403), both(403), both(403))),
                new Row(
                        "GET revision diff (none yet)",
                        "GET",
                        "api/applications/" + appA + "/revisions/2/diff",
                        "api/applications/" + appB + "/revisions/2/diff",
                        null,
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(404))),
                new Row(
                        "POST claims check (own home)",
                        "POST",
                        "api/applications/claims-check",
                        "api/applications/claims-check",
                        String.format(appBody, homeA),
                        expect(401, both(403), both(200), both(403), both(403), both(403))),
                // --- history on screen (#14 item 8): GET /api/audit's related records, applications, search ---
                new Row(
                        "GET audit resident+related",
                        "GET",
                        "api/audit?entityType=Resident&entityId=" + resA + "&includeRelated=true&size=5",
                        "api/audit?entityType=Resident&entityId=" + resB + "&includeRelated=true&size=5",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(403))),
                new Row(
                        "GET audit home+beds",
                        "GET",
                        "api/audit?entityType=CareHome&entityId=" + homeA + "&includeRelated=true",
                        "api/audit?entityType=CareHome&entityId=" + homeB + "&includeRelated=true",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(403))),
                new Row(
                        "GET audit application",
                        "GET",
                        "api/audit?entityType=Application&entityId=" + appA,
                        "api/audit?entityType=Application&entityId=" + appB,
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(403))),
                new Row(
                        "GET audit every record",
                        "GET",
                        "api/audit?action=ADMITTED&kind=CORRECTION&page=0&size=10",
                        "api/audit?from=2024-01-01&to=2999-12-31&order=NEWEST_FIRST",
                        null,
                        expect(401, both(200), both(403), both(200), both(200), both(403))),
                // --- corrections: care homes (bodies refused as bad input, so nothing changes) ---
                new Row(
                        "POST care home change",
                        "POST",
                        "api/care-homes/" + homeA + "/changes",
                        "api/care-homes/" + homeB + "/changes",
                        "{\"kind\": \"FILED_BEDS\", \"effectiveOn\": " + future + ", \"filedBeds\": 5}",
                        expect(401, both(400), ownOther(403, 404), ownOther(400, 404), both(400), both(404))),
                new Row(
                        "POST care home correction",
                        "POST",
                        "api/care-homes/" + homeA + "/corrections",
                        "api/care-homes/" + homeB + "/corrections",
                        "{\"reason\": \" \", \"name\": \"X\"}",
                        expect(401, both(400), ownOther(403, 404), ownOther(400, 404), both(400), both(404))),
                new Row(
                        "POST bed correction",
                        "POST",
                        "api/care-homes/" + homeA + "/beds/" + bedA + "/corrections",
                        "api/care-homes/" + homeB + "/beds/" + bedB + "/corrections",
                        "{\"reason\": \" \", \"code\": \"X\"}",
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(404))),
                new Row(
                        "POST care home (file)",
                        "POST",
                        "api/care-homes",
                        "api/care-homes",
                        "{}",
                        expect(401, both(400), both(403), both(400), both(403), both(403))),
                // --- corrections: resident facts (a future day, a blank reason: refused in scope with 400) ---
                new Row(
                        "POST resident change",
                        "POST",
                        "api/residents/" + resA + "/changes",
                        "api/residents/" + resB + "/changes",
                        "{\"kind\": \"HUKOU\", \"effectiveOn\": " + future + ", \"hukouCode\": \"511102\"}",
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(403))),
                new Row(
                        "POST resident correction",
                        "POST",
                        "api/residents/" + resA + "/corrections",
                        "api/residents/" + resB + "/corrections",
                        "{\"reason\": \" \", \"name\": \"更正\"}",
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(403))),
                // --- corrections: stays (a date in the future, no reason, a registration merged into itself) ---
                new Row(
                        "POST stay correction",
                        "POST",
                        "api/stays/" + stayA + "/corrections",
                        "api/stays/" + stayB + "/corrections",
                        "{\"reason\": \"x\", \"admittedOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(403))),
                new Row(
                        "POST withdraw absence",
                        "POST",
                        "api/stays/" + stayA + "/absences/" + GHOST + "/withdraw",
                        "api/stays/" + stayB + "/absences/" + GHOST + "/withdraw",
                        "{}",
                        expect(401, both(400), ownOther(400, 404), ownOther(400, 404), both(400), both(403))),
                new Row(
                        "POST merge residents",
                        "POST",
                        "api/residents/" + resA + "/merge",
                        "api/residents/" + resB + "/merge",
                        "{\"otherResidentId\": " + resA + "}", // own: merged into itself; other: no reason
                        expect(401, both(400), both(403), ownOther(400, 404), both(400), both(403))),
                // --- issue #14: a bed back in service on a day (a future day: refused in scope with 400) ---
                new Row(
                        "POST bed change",
                        "POST",
                        "api/care-homes/" + homeA + "/beds/" + bedA + "/changes",
                        "api/care-homes/" + homeB + "/beds/" + bedB + "/changes",
                        "{\"kind\": \"RETURNED_TO_SERVICE\", \"effectiveOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), ownOther(403, 404), both(403), both(404))),
                // --- money over time: the construction hold period (#15 item 4): a bed's subsidy history ---
                new Row(
                        "GET bed subsidy",
                        "GET",
                        "api/beds/" + bedA + "/subsidy",
                        "api/beds/" + bedB + "/subsidy",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                // --- money over time: reported deaths and moves (a dismissal without comment changes nothing) ---
                new Row(
                        "GET cases",
                        "GET",
                        "api/cases",
                        "api/cases",
                        null,
                        expect(401, both(403), both(403), both(200), both(200), both(403))),
                new Row(
                        "GET case",
                        "GET",
                        "api/cases/" + caseA,
                        "api/cases/" + caseB,
                        null,
                        expect(401, both(403), both(403), ownOther(200, 404), both(200), both(403))),
                new Row(
                        "POST case decision",
                        "POST",
                        "api/cases/" + caseA + "/decision",
                        "api/cases/" + caseB + "/decision",
                        "{\"decision\": \"DISMISS\"}",
                        expect(401, both(403), both(403), ownOther(400, 404), both(400), both(403))),
                // --- money over time: adjustments (issue #15 item 2): a home's (the application's are in GET
                // application) ---
                new Row(
                        "GET home adjustments",
                        "GET",
                        "api/care-homes/" + homeA + "/adjustments",
                        "api/care-homes/" + homeB + "/adjustments",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row(
                        "GET home adjustments ?state",
                        "GET",
                        "api/care-homes/" + homeA + "/adjustments?state=OUTSTANDING&kind=OPERATING",
                        "api/care-homes/" + homeB + "/adjustments?state=PAID",
                        null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                // --- money over time (#15 item 1): recomputation, read like the application (a draft: 409) ---
                new Row(
                        "GET recomputation (a draft)",
                        "GET",
                        "api/applications/" + appA + "/recomputation",
                        "api/applications/" + appB + "/recomputation",
                        null,
                        expect(401, both(409), ownOther(409, 404), ownOther(409, 404), both(409), both(404))));

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        StringBuilder table = new StringBuilder(String.format(
                "%-30s %-11s %-11s %-11s %-11s %-11s %-11s%n",
                "endpoint", "ANON", "ADMIN", "HOME", "COUNTY", "CITY", "FAMILY"));
        for (Row row : rows) {
            table.append(String.format("%-30s", row.name()));
            for (Map.Entry<Who, int[]> e : row.expected().entrySet()) {
                int[] actual = new int[2];
                for (int scope = 0; scope < 2; scope++) {
                    String path = scope == 0 ? row.own() : row.other();
                    var r = clients.get(e.getKey()).send(row.method(), path, row.body());
                    actual[scope] = r.status();
                    checked++;
                    if (r.status() != e.getValue()[scope]) {
                        mismatches.add(row.name() + " as " + e.getKey() + " (" + (scope == 0 ? "own" : "other")
                                + "): expected " + e.getValue()[scope] + ", got " + r);
                    }
                }
                table.append(String.format(" %-11s", actual[0] + "/" + actual[1]));
            }
            table.append('\n');
        }
        System.out.println("Access matrix (own/other), " + checked + " requests:\n" + table);
        assertThat(mismatches)
                .as("requests answered otherwise than the matrix says")
                .isEmpty();
    }

    /** An id no record has: what the server answers for it is what it must answer outside the scope. */
    private static final long GHOST = 987_654_321L;

    private static JsonObject scope(String field, long id) {
        return object().add(field, id).build();
    }

    private static long register(ApiClient as, String idNumber) {
        return register(as, TestData.name("老人"), idNumber);
    }

    private static long register(ApiClient as, String name, String idNumber) {
        var r = as.post(
                "api/residents",
                object().add("name", name)
                        .add("idNumber", idNumber)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 1)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static JsonObject admission(long residentId, long bedId, String on) {
        return object().add("residentId", residentId)
                .add("bedId", bedId)
                .add("admittedOn", on)
                .build();
    }

    /** The answer with the id it was asked about taken out: refusals for two ids must then be identical. */
    private static String asked(ApiClient.Response r, long id) {
        return r.status() + " " + r.body().replaceAll("(?<![0-9])" + id + "(?![0-9])", "<id>");
    }

    /** The refusal for {@code id}, checked to be byte for byte the refusal for an id that does not exist. */
    private static ApiClient.Response sameAsNothing(
            long id, java.util.function.LongFunction<ApiClient.Response> request) {
        var nothing = request.apply(GHOST);
        Map<String, Long> before = Database.counts();
        var r = request.apply(id);
        assertThat(Database.counts()).as("a refused request changes nothing").isEqualTo(before);
        assertThat(asked(r, id)).as("the answer for %d, outside the scope", id).isEqualTo(asked(nothing, GHOST));
        return r;
    }

    /**
     * The request's answer while a transaction of the test holds a lock on the row: a request that would lock
     * a row of something outside the caller's scope waits for it, and so tells by its timing that it exists.
     */
    private static ApiClient.Response whileLocked(String table, long id, Supplier<ApiClient.Response> request)
            throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (AutoCloseable lock = Database.lockRow(table, id)) {
            Future<ApiClient.Response> answer = executor.submit(request::get);
            try {
                return answer.get(15, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the request waited for the lock on " + table + " " + id);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    @DisplayName("a home's administrator admitting by id someone registered in another county gets 404 exactly as "
            + "for no such id, with or without an open stay, and cannot read them; the whole ID number admits")
    void admissionOfSomeoneOutsideTheScope() throws Exception {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long bedA = city.bed(homeA, "P-1", D);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        long bedB = city.bed(homeB, "P-1", D);
        ApiClient homeAdmin = city.user("HOME_ADMIN", scope("careHomeId", homeA));
        ApiClient otherAdmin = city.user("HOME_ADMIN", scope("careHomeId", homeB));
        String livesThereNumber = TestData.idNumber(LocalDate.of(1948, 5, 6), true);
        long livesThere = register(otherAdmin, livesThereNumber);
        assertThat(otherAdmin
                        .post("api/stays", admission(livesThere, bedB, "2024-03-01"))
                        .status())
                .isEqualTo(201);
        String moverNumber = TestData.idNumber(LocalDate.of(1947, 7, 8), false);
        long mover = register(otherAdmin, moverNumber);

        for (long someone : List.of(livesThere, mover)) {
            var refused = sameAsNothing(someone, id -> homeAdmin.post("api/stays", admission(id, bedA, "2024-04-01")));
            assertThat(refused.code()).isEqualTo("RESIDENT_NOT_FOUND");
            assertThat(refused.body()).doesNotContain("2024-03-01");
            sameAsNothing(someone, id -> homeAdmin.get("api/residents/" + id));
            sameAsNothing(someone, id -> homeAdmin.get("api/audit?entityType=Resident&entityId=" + id));
        }
        // refused before anything of theirs is locked
        assertThat(whileLocked(
                                "resident",
                                mover,
                                () -> homeAdmin.post("api/stays", admission(mover, bedA, "2024-04-01")))
                        .code())
                .isEqualTo("RESIDENT_NOT_FOUND");

        // the whole number of someone who lives elsewhere: that they do, not since when
        var elsewhere = homeAdmin.post(
                "api/stays",
                object().add("idNumber", livesThereNumber)
                        .add("bedId", bedA)
                        .add("admittedOn", "2024-04-01")
                        .build());
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(409);
        assertThat(elsewhere.code()).isEqualTo("RESIDENT_LIVES_ELSEWHERE");
        assertThat(elsewhere.body()).doesNotContain("2024-03-01");
        // an id with the number of somebody else names nobody
        var mismatch = homeAdmin.post(
                "api/stays",
                object().add("residentId", mover)
                        .add("idNumber", livesThereNumber)
                        .add("bedId", bedA)
                        .add("admittedOn", "2024-04-01")
                        .build());
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(404);
        assertThat(mismatch.code()).isEqualTo("RESIDENT_NOT_FOUND");

        // the whole ID number admits the person moving in, who is then the home's to read
        var admitted = homeAdmin.post(
                "api/stays",
                object().add("idNumber", moverNumber)
                        .add("bedId", bedA)
                        .add("admittedOn", "2024-04-01")
                        .build());
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        assertThat(admitted.json().getJsonNumber("residentId").longValue()).isEqualTo(mover);
        var record = homeAdmin.get("api/residents/" + mover);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.string("idNumber")).isEqualTo(moverNumber);
        // and the one they do not have the number of stays out of reach
        assertThat(homeAdmin.get("api/residents/" + livesThere).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a bed of another home is not found, exactly as one that does not exist: admission, transfer, "
            + "audit history; nothing of it is locked")
    void bedsOfOtherHomes() throws Exception {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long bedA1 = city.bed(homeA, "Q-1", D);
        city.bed(homeA, "Q-2", D);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        long bedB = city.bed(homeB, "Q-1", D);
        ApiClient homeAdmin = city.user("HOME_ADMIN", scope("careHomeId", homeA));
        ApiClient county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        long resident = register(homeAdmin, TestData.idNumber(LocalDate.of(1946, 2, 3), true));

        var refused = sameAsNothing(bedB, id -> homeAdmin.post("api/stays", admission(resident, id, "2024-04-01")));
        assertThat(refused.code()).isEqualTo("BED_NOT_FOUND");
        var admitted = homeAdmin.post("api/stays", admission(resident, bedA1, "2024-04-01"));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        long stay = admitted.id();

        var transfer = sameAsNothing(
                bedB,
                id -> homeAdmin.post(
                        "api/stays/" + stay + "/transfers",
                        object().add("bedId", id).add("on", "2024-05-01").build()));
        assertThat(transfer.code()).isEqualTo("BED_NOT_IN_HOME");
        assertThat(whileLocked(
                                "bed",
                                bedB,
                                () -> homeAdmin.post(
                                        "api/stays/" + stay + "/transfers",
                                        object().add("bedId", bedB)
                                                .add("on", "2024-05-01")
                                                .build()))
                        .code())
                .isEqualTo("BED_NOT_IN_HOME");

        for (ApiClient outside : List.of(homeAdmin, county)) {
            var history = sameAsNothing(bedB, id -> outside.get("api/audit?entityType=Bed&entityId=" + id));
            assertThat(history.code()).isEqualTo("BED_NOT_FOUND");
        }
        assertThat(homeAdmin.get("api/audit?entityType=Bed&entityId=" + bedA1).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("ids of another scope in a body are answered as ids that do not exist: an application for "
            + "another home, an objection to an application not under notice, a user's scope")
    void idsInBodies() throws Exception {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        ApiClient homeAdmin = city.user("HOME_ADMIN", scope("careHomeId", homeA));
        ApiClient otherAdmin = city.user("HOME_ADMIN", scope("careHomeId", homeB));
        String appBody = "{\"careHomeId\": %d, \"kind\": \"CONSTRUCTION\", \"asOf\": \"2024-06-01\"}";

        var application = sameAsNothing(homeB, id -> homeAdmin.post("api/applications", String.format(appBody, id)));
        assertThat(application.code()).isEqualTo("CARE_HOME_NOT_FOUND");

        // a draft is nobody's business but its home's: the public's objection finds no notice, at once
        long draft = otherAdmin
                .post("api/applications", String.format(appBody, homeB))
                .id();
        ApiClient anybody = admin.anonymous();
        String objection = object().add("text", "有异议").build().toString();
        var objected = sameAsNothing(draft, id -> anybody.post("api/applications/" + id + "/objections", objection));
        assertThat(objected.code()).isEqualTo("NOTICE_NOT_FOUND");
        assertThat(whileLocked(
                                "application",
                                draft,
                                () -> anybody.post("api/applications/" + draft + "/objections", objection))
                        .code())
                .isEqualTo("NOTICE_NOT_FOUND");

        // the administrator's scope fields: ids that do not exist are a clean 400 on the field, and nothing is made
        Map<String, Long> before = Database.counts();
        var noHome = admin.post(
                "api/users",
                object().add("username", TestData.name("scope-"))
                        .add("password", "secret-pass-1")
                        .add("role", "HOME_ADMIN")
                        .add("careHomeId", GHOST)
                        .build());
        assertThat(noHome.status()).as(noHome.toString()).isEqualTo(400);
        assertThat(noHome.code()).isEqualTo("CARE_HOME_NOT_FOUND");
        assertThat(noHome.string("field")).isEqualTo("careHomeId");
        var noResident = admin.post(
                "api/users",
                object().add("username", TestData.name("scope-"))
                        .add("password", "secret-pass-1")
                        .add("role", "FAMILY")
                        .add("residentIds", Json.createArrayBuilder().add(GHOST))
                        .build());
        assertThat(noResident.status()).as(noResident.toString()).isEqualTo(400);
        assertThat(noResident.code()).isEqualTo("RESIDENT_NOT_FOUND");
        assertThat(noResident.string("field")).isEqualTo("residentIds");
        assertThat(Database.counts()).isEqualTo(before);
    }

    @Test
    @DisplayName("a family member reads the ID number masked and nothing that gives its hidden digits back: no "
            + "birth date, age or hukou code, and a search for the hidden digits finds nobody")
    void familyReadsTheNumberMasked() {
        long home = city.home("PRIVATE", "511102", D, 10);
        long bed = city.bed(home, "F-1", D);
        ApiClient homeAdmin = city.user("HOME_ADMIN", scope("careHomeId", home));
        LocalDate born = LocalDate.of(1943, 9, 17);
        String number = TestData.idNumber(born, false);
        String name = "周桂兰"; // no digits, so that only the ID number can match digits
        long elder = register(homeAdmin, name, number);
        assertThat(homeAdmin
                        .post("api/stays", admission(elder, bed, "2024-04-01"))
                        .status())
                .isEqualTo(201);
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(elder))
                        .build());
        String hidden = number.substring(4, 14);
        String birthDigits = number.substring(6, 14);

        var record = family.get("api/residents/" + elder);
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.string("idNumber")).isEqualTo(number.substring(0, 4) + "**********" + number.substring(14));
        assertThat(record.json().keySet()).doesNotContain("birthDate", "age", "hukouCode");
        for (String body : List.of(
                record.body(),
                family.get("api/family/residents").body(),
                family.get("api/residents?size=50").body())) {
            assertThat(body).doesNotContain(born.toString(), birthDigits, number.substring(0, 6), "birthDate");
        }

        for (String q : List.of(hidden, birthDigits, number.substring(4, 8), number.substring(10, 14))) {
            var found = family.get("api/residents?q=" + q);
            assertThat(found.status()).as(found.toString()).isEqualTo(200);
            assertThat(found.json().getJsonNumber("total").longValue())
                    .as("found by %s", q)
                    .isZero();
        }
        for (String q : List.of(number, name)) {
            var found = family.get(
                    "api/residents?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(found.json().getJsonNumber("total").longValue())
                    .as("found by %s", q)
                    .isEqualTo(1);
        }
        // the home's administrator reads whole numbers, and finds by any part of them
        var byDigits = homeAdmin.get("api/residents?q=" + birthDigits);
        assertThat(byDigits.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .contains(elder);
    }

    /** A case on the queue of the importing county auditor's county: a reported death of an unknown ID number. */
    private static long registryCase(ApiClient countyAuditor) {
        var r = countyAuditor.upload(
                "api/registry-events/import",
                com.jialicare.infrastructure.importing.RegistryEventSheet.xlsx(List.of(List.of(
                        TestData.idNumber(LocalDate.of(1934, 4, 4), true),
                        "2024-03-01",
                        "死亡",
                        TestData.name("matrix-")))),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json()
                .getJsonArray("cases")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
