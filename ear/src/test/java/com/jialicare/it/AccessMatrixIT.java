package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who may do what (SUBSIDY-RULES.md §7) as one table: every role × endpoint × own or other scope, plus
 * nobody logged in → the expected status. Writes use requests that an allowed caller gets refused for
 * their content (a future date, a wrong state), so the table changes no data. Outside the scope the answer
 * is 404, exactly as for a record that does not exist.
 */
@DisplayName("Access matrix: role × endpoint × own/other scope × unauthenticated")
class AccessMatrixIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private enum Who { ANON, ADMIN, HOME, COUNTY, CITY, FAMILY }

    /** One row: a request for the own scope (home A …) and the other (home B …), and the expected statuses. */
    private record Row(String name, String method, String own, String other, String body, Map<Who, int[]> expected) {
    }

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
        clients.put(Who.ANON, admin.anonymous());
        clients.put(Who.ADMIN, admin);
        clients.put(Who.HOME, city.user("HOME_ADMIN", object().add("careHomeId", homeA).build()));
        clients.put(Who.COUNTY, city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build()));
        clients.put(Who.CITY, city.user("CITY_AUDITOR", object().build()));
        clients.put(Who.FAMILY, city.user("FAMILY", object().add("residentIds", Json.createArrayBuilder().add(resA)).build()));
        ApiClient homeBAdmin = city.user("HOME_ADMIN", object().add("careHomeId", homeB).build());
        String appBody = "{\"careHomeId\": %d, \"kind\": \"CONSTRUCTION\", \"asOf\": \"2024-06-01\"}";
        long appA = clients.get(Who.HOME).post("api/applications", String.format(appBody, homeA)).id();
        long appB = homeBAdmin.post("api/applications", String.format(appBody, homeB)).id();

        String future = "\"2999-01-01\"";
        List<Row> rows = List.of(
                new Row("GET me", "GET", "api/me", "api/me", null,
                        expect(401, both(200), both(200), both(200), both(200), both(200))),
                new Row("GET care home", "GET", "api/care-homes/" + homeA, "api/care-homes/" + homeB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row("GET bed board", "GET", "api/care-homes/" + homeA + "/beds?on=2024-03-01",
                        "api/care-homes/" + homeB + "/beds?on=2024-03-01", null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row("POST bed", "POST", "api/care-homes/" + homeA + "/beds", "api/care-homes/" + homeB + "/beds",
                        "{\"code\": \"X-1\", \"room\": \"X\", \"commissionedOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), ownOther(403, 404), both(403), both(404))),
                new Row("GET residents of a home", "GET", "api/residents?careHomeId=" + homeA,
                        "api/residents?careHomeId=" + homeB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row("GET resident", "GET", "api/residents/" + resA, "api/residents/" + resB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), ownOther(200, 404))),
                new Row("POST assessment", "POST", "api/residents/" + resA + "/assessments",
                        "api/residents/" + resB + "/assessments", "{\"level\": 2, \"effectiveOn\": " + future + "}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row("GET stay", "GET", "api/stays/" + stayA, "api/stays/" + stayB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), ownOther(200, 404))),
                new Row("POST absence", "POST", "api/stays/" + stayA + "/absences", "api/stays/" + stayB + "/absences",
                        "{\"from\": " + future + ", \"until\": \"2999-02-01\"}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row("POST discharge", "POST", "api/stays/" + stayA + "/discharge", "api/stays/" + stayB + "/discharge",
                        "{\"on\": " + future + ", \"reason\": \"OTHER\"}",
                        expect(401, both(400), ownOther(400, 404), both(403), both(403), both(403))),
                new Row("GET audit history", "GET", "api/audit?entityType=Stay&entityId=" + stayA,
                        "api/audit?entityType=Stay&entityId=" + stayB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(403))),
                new Row("GET construction subsidy", "GET", "api/care-homes/" + homeA + "/subsidies/construction?asOf=2024-06-01",
                        "api/care-homes/" + homeB + "/subsidies/construction?asOf=2024-06-01", null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row("GET city-wide preview", "GET", "api/subsidies/operating?from=2024-01&to=2024-06",
                        "api/subsidies/operating?from=2024-01&to=2024-06", null,
                        expect(401, both(200), both(403), both(200), both(200), both(403))),
                new Row("GET application", "GET", "api/applications/" + appA, "api/applications/" + appB, null,
                        expect(401, both(200), ownOther(200, 404), ownOther(200, 404), both(200), both(404))),
                new Row("POST approve (a draft)", "POST", "api/applications/" + appA + "/approve",
                        "api/applications/" + appB + "/approve", "{}",
                        expect(401, both(403), both(403), ownOther(409, 404), both(409), both(403))),
                new Row("POST submit (someone else's)", "POST", "api/applications/" + appB + "/submit",
                        "api/applications/" + appB + "/submit", null,
                        expect(401, both(403), both(404), both(403), both(403), both(403))),
                new Row("POST payment (a draft)", "POST", "api/applications/" + appA + "/payment",
                        "api/applications/" + appB + "/payment",
                        "{\"paidOn\": \"2024-06-01\", \"amount\": 1, \"voucher\": \"X\"}",
                        expect(401, both(403), both(403), both(403), both(409), both(403))),
                new Row("GET family view", "GET", "api/family/residents", "api/family/residents", null,
                        expect(401, both(403), both(403), both(403), both(403), both(200))),
                new Row("POST user", "POST", "api/users", "api/users", "{}",
                        expect(401, both(400), both(403), both(403), both(403), both(403))),
                new Row("GET policies", "GET", "api/policies", "api/policies", null,
                        expect(401, both(200), both(200), both(200), both(200), both(200))),
                new Row("GET public notices", "GET", "api/notices", "api/notices", null,
                        expect(200, both(200), both(200), both(200), both(200), both(200))),
                new Row("GET health", "GET", "api/health", "api/health", null,
                        expect(200, both(200), both(200), both(200), both(200), both(200))));

        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        StringBuilder table = new StringBuilder(String.format("%-30s %-11s %-11s %-11s %-11s %-11s %-11s%n", "endpoint",
                "ANON", "ADMIN", "HOME", "COUNTY", "CITY", "FAMILY"));
        for (Row row : rows) {
            table.append(String.format("%-30s", row.name()));
            for (Map.Entry<Who, int[]> e : row.expected().entrySet()) {
                int[] actual = new int[2];
                for (int scope = 0; scope < 2; scope++) {
                    String path = scope == 0 ? row.own() : row.other();
                    var r = clients.get(e.getKey()).send(row.method(), path, row.body() == null && row.method().equals("POST")
                            ? "{}" : row.body());
                    actual[scope] = r.status();
                    checked++;
                    if (r.status() != e.getValue()[scope]) {
                        mismatches.add(row.name() + " as " + e.getKey() + " (" + (scope == 0 ? "own" : "other") + "): expected "
                                + e.getValue()[scope] + ", got " + r);
                    }
                }
                table.append(String.format(" %-11s", actual[0] + "/" + actual[1]));
            }
            table.append('\n');
        }
        System.out.println("Access matrix (own/other), " + checked + " requests:\n" + table);
        assertThat(mismatches).as("requests answered otherwise than the matrix says").isEmpty();
    }
}
