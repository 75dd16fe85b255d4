package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/system/overview} (issue #16 item 10): what the administrator's start page shows, from the same
 * service — accounts by role, disabled ones, the policy version in force and the next, the database, schema and
 * build versions.
 */
@DisplayName("The administrator's overview: accounts, policy versions, the system's health and versions")
class SystemOverviewIT extends ApiITBase {

    private static final String PASSWORD = "secret-pass-1";

    private JsonObject overview() {
        var r = admin.get("api/system/overview");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private long createUser(String role, JsonObject scope) {
        var b = object().add("username", TestData.name("overview-"))
                .add("password", PASSWORD)
                .add("role", role);
        scope.forEach(b::add);
        var r = admin.post("api/users", b.build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @Test
    @DisplayName("a new account counts under its role, a disabled one as disabled; the totals add up")
    void accounts() {
        JsonObject before = overview();

        createUser("CITY_AUDITOR", object().build());
        long county = createUser(
                "COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        assertThat(admin.post("api/users/" + county + "/disable").status()).isEqualTo(200);

        JsonObject after = overview();
        JsonObject byRole = after.getJsonObject("accountsByRole");
        assertThat(byRole.keySet()).containsExactly("ADMIN", "HOME_ADMIN", "COUNTY_AUDITOR", "CITY_AUDITOR", "FAMILY");
        assertThat(byRole.getJsonNumber("CITY_AUDITOR").longValue())
                .isEqualTo(before.getJsonObject("accountsByRole")
                                .getJsonNumber("CITY_AUDITOR")
                                .longValue()
                        + 1);
        assertThat(byRole.getJsonNumber("COUNTY_AUDITOR").longValue())
                .isEqualTo(before.getJsonObject("accountsByRole")
                                .getJsonNumber("COUNTY_AUDITOR")
                                .longValue()
                        + 1);
        assertThat(after.getJsonNumber("accounts").longValue())
                .isEqualTo(before.getJsonNumber("accounts").longValue() + 2)
                .isEqualTo(byRole.values().stream()
                        .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
                        .sum());
        assertThat(after.getJsonNumber("disabled").longValue())
                .isEqualTo(before.getJsonNumber("disabled").longValue() + 1);
        assertThat(after.getJsonNumber("locked").longValue()).isNotNegative();
    }

    @Test
    @DisplayName("the system is up on the suite's database, at a migrated schema, with the build's version")
    void system() {
        JsonObject o = overview();

        assertThat(o.getString("status")).isEqualTo("UP");
        assertThat(o.getString("databaseKind"))
                .containsIgnoringCase(Deployments.database().equals("h2") ? "H2" : "PostgreSQL");
        assertThat(o.getString("schemaVersion")).matches("\\d+(\\.\\d+)*");
        assertThat(o.getString("buildVersion")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(o.getString("startedAt")).isNotBlank();
    }

    @Test
    @DisplayName("the version in force is one of the table's, and the next one (if any) starts after it")
    void policies() {
        JsonObject o = overview();
        var versions = admin.get("api/policies").array();

        JsonObject current = o.getJsonObject("currentPolicy");
        assertThat(o.getInt("policyVersions")).isEqualTo(versions.size());
        assertThat(versions.stream().map(v -> ((JsonObject) v).getInt("version")))
                .contains(current.getInt("version"));
        // no version waiting to take effect: nextPolicy is left out (or null)
        if (o.containsKey("nextPolicy") && o.get("nextPolicy") != JsonValue.NULL) {
            assertThat(LocalDate.parse(o.getJsonObject("nextPolicy").getString("effectiveFrom")))
                    .isAfter(LocalDate.parse(current.getString("effectiveFrom")));
        }
    }

    @Test
    @DisplayName("only the administrator sees it: 403 for an auditor, 401 without a login")
    void administratorOnly() {
        String name = TestData.name("overview-city-");
        var r = admin.post(
                "api/users",
                object().add("username", name)
                        .add("password", PASSWORD)
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(r.status()).isEqualTo(201);

        var refused = admin.as(name, PASSWORD).get("api/system/overview");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(admin.anonymous().get("api/system/overview").status()).isEqualTo(401);
    }
}
