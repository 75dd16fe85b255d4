package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.CityPolicies;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Policy table: versions through /api/policies")
class PolicyIT extends ApiITBase {

    /** Versions this class adds (but one dated today) are dated from here on, after any day a test computes. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(2040, 1, 1);

    private ApiClient api() {
        return ApiClient.anonymous(base);
    }

    private ApiClient cityAuditor() {
        return new City(admin).user("CITY_AUDITOR", object().build());
    }

    @BeforeEach
    void suiteVersions() {
        CityPolicies.ensure(admin);
    }

    @Test
    @Order(1) // before the versions of 2040 below: this one is dated today
    @DisplayName("a new version counts in the next computation: the cached policy table is refreshed on commit")
    void newVersionUsedAtOnce() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long home = new City(admin).home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 5);
        String path = "api/care-homes/" + home + "/subsidies/construction?asOf=" + today;
        JsonObject latest = admin.get("api/policies").array().get(0).asJsonObject();
        assertThat(LocalDate.parse(latest.getString("effectiveFrom")))
                .as("no version after today yet")
                .isBefore(today);
        var before = admin.get(path); // computes with (and caches) the table as it is

        var added = admin.post(
                "api/policies", object().add("effectiveFrom", today.toString()).build());
        var after = admin.get(path);

        assertThat(before.json().getInt("policyVersion")).isEqualTo(latest.getInt("version"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(after.json().getInt("policyVersion")).isEqualTo(added.json().getInt("version"));
    }

    @Test
    @DisplayName("version 1 is the rules' defaults from 2021-01-01, money with two decimals, for any logged-in user")
    void defaultVersion() {
        var r = new City(admin)
                .user("COUNTY_AUDITOR", object().add("countyCode", "511102").build())
                .get("api/policies");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject v1 = byVersion(r.array(), 1);
        PolicyVersion d = PolicyVersion.defaults();
        assertThat(v1.getString("effectiveFrom")).isEqualTo("2021-01-01");
        assertThat(v1.getJsonNumber("constructionRatePerBed").bigDecimalValue()).isEqualTo(d.constructionRatePerBed());
        for (CapabilityLevel level : CapabilityLevel.values()) {
            assertThat(v1.getJsonObject("operatingMonthlyRates")
                            .getJsonNumber(String.valueOf(level.level()))
                            .bigDecimalValue())
                    .isEqualTo(d.monthlyRate(level));
        }
        assertThat(v1.getJsonArray("constructionOwnerships").getValuesAs(JsonValue::toString))
                .containsExactly("\"PRIVATE\"");
        assertThat(v1.getJsonArray("operatingOwnerships").getValuesAs(JsonValue::toString))
                .containsExactly("\"PRIVATE\"", "\"PUBLIC_BUILT_PRIVATE_RUN\"", "\"PRIVATE_RUN_PUBLIC_AIDED\"");
        assertThat(v1.getInt("minOperatingMonths")).isEqualTo(d.minOperatingMonths());
        assertThat(v1.getInt("minLeaseYears")).isEqualTo(d.minLeaseYears());
        assertThat(v1.getString("bedPolicyStartDate")).isEqualTo("2021-01-01");
        assertThat(v1.getString("localHukouPrefix")).isEqualTo("5111");
        assertThat(v1.getInt("minAge")).isEqualTo(d.minAge());
        assertThat(v1.getInt("minStayMonths")).isEqualTo(d.minStayMonths());
        assertThat(v1.getInt("minDaysPresent")).isEqualTo(d.minDaysPresent());
        assertThat(v1.getInt("noticeDays")).isEqualTo(d.noticeDays());
        assertThat(v1.getString("createdBy")).isEqualTo("system");
        // JSON numbers with two decimals, as written: not 11000, not 1.1E+4
        assertThat(r.body())
                .contains("\"constructionRatePerBed\":11000.00")
                .contains("\"0\":100.00")
                .doesNotContain("E+");
    }

    @Test
    @DisplayName("GET lists every version newest first; without a login it is 401")
    void newestFirst() {
        var r = cityAuditor().get("api/policies");

        List<LocalDate> dates = r.array().stream()
                .map(v -> LocalDate.parse(v.asJsonObject().getString("effectiveFrom")))
                .toList();
        assertThat(dates)
                .isSortedAccordingTo((a, b) -> b.compareTo(a))
                .contains(LocalDate.of(2021, 1, 1), CityPolicies.MID_2024, CityPolicies.YEAR_2025);
        assertThat(api().get("api/policies").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the administrator adds a version: 201 with Location, number max+1, left-out parameters carried over")
    void add() {
        List<JsonObject> before = cityAuditor().get("api/policies").array().getValuesAs(JsonObject.class);
        JsonObject latest = before.get(0);
        int max = before.stream().mapToInt(p -> p.getInt("version")).max().orElseThrow();
        LocalDate day = nextDay(latest);

        var r = admin.post(
                "api/policies",
                object().add("effectiveFrom", day.toString())
                        .add("constructionRatePerBed", new BigDecimal("12345.6"))
                        .add("operatingMonthlyRates", object().add("4", 350))
                        .add("minAge", 65)
                        .build());

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject created = r.json();
        assertThat(created.getInt("version")).isEqualTo(max + 1);
        assertThat(r.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/policies/" + (max + 1)));
        assertThat(created.getString("effectiveFrom")).isEqualTo(day.toString());
        assertThat(r.body()).contains("\"constructionRatePerBed\":12345.60").contains("\"4\":350.00");
        assertThat(created.getInt("minAge")).isEqualTo(65);
        assertThat(created.getString("createdBy")).isEqualTo("admin");
        // carried over from the version before
        for (String level : List.of("0", "1", "2", "3")) {
            assertThat(created.getJsonObject("operatingMonthlyRates").get(level))
                    .isEqualTo(latest.getJsonObject("operatingMonthlyRates").get(level));
        }
        for (String carried : List.of(
                "constructionOwnerships",
                "operatingOwnerships",
                "minOperatingMonths",
                "minLeaseYears",
                "bedPolicyStartDate",
                "localHukouPrefix",
                "minStayMonths",
                "minDaysPresent",
                "noticeDays")) {
            assertThat(created.get(carried)).as(carried).isEqualTo(latest.get(carried));
        }

        var one = cityAuditor().get(r.location().orElseThrow());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()).isEqualTo(created);
        assertThat(admin.get("api/policies").array().get(0).asJsonObject().getInt("version"))
                .isEqualTo(max + 1);
    }

    @Test
    @DisplayName("a version not after the latest is a 409 POLICY_NOT_AFTER_LATEST; old versions never change")
    void notAfterLatest() {
        var versions = admin.get("api/policies");
        JsonObject latest = versions.array().get(0).asJsonObject();

        var sameDay = admin.post(
                "api/policies",
                object().add("effectiveFrom", latest.getString("effectiveFrom"))
                        .add("minAge", 70)
                        .build());
        var earlier = admin.post(
                "api/policies",
                object().add("effectiveFrom", "2024-09-01").add("minAge", 70).build());

        assertThat(sameDay.status()).as(sameDay.toString()).isEqualTo(409);
        assertThat(sameDay.code()).isEqualTo("POLICY_NOT_AFTER_LATEST");
        assertThat(sameDay.string("field")).isEqualTo("effectiveFrom");
        assertThat(earlier.status()).isEqualTo(409);
        assertThat(earlier.code()).isEqualTo("POLICY_NOT_AFTER_LATEST");
        assertThat(admin.get("api/policies").body()).isEqualTo(versions.body());
    }

    @Test
    @DisplayName("invalid parameters are a 400 POLICY_INVALID naming the field, and add nothing")
    void invalid() {
        var versions = admin.get("api/policies");
        String day = nextDay(versions.array().get(0).asJsonObject()).toString();

        var tooManyDays = admin.post(
                "api/policies",
                object().add("effectiveFrom", day).add("minDaysPresent", 40).build());
        var negative = admin.post(
                "api/policies",
                object().add("effectiveFrom", day)
                        .add("constructionRatePerBed", -1)
                        .build());
        var fen = admin.post(
                "api/policies",
                object().add("effectiveFrom", day)
                        .add("operatingMonthlyRates", object().add("1", new BigDecimal("150.005")))
                        .build());
        var level = admin.post(
                "api/policies",
                object().add("effectiveFrom", day)
                        .add("operatingMonthlyRates", object().add("5", 500))
                        .build());
        var ownership = admin.post(
                "api/policies",
                object().add("effectiveFrom", day)
                        .add(
                                "constructionOwnerships",
                                Json.createArrayBuilder().add("PUBLIC").add("STATE"))
                        .build());
        // an unknown name and a missing effectiveFrom break the published contract on purpose
        var typo = admin.sendingInvalid()
                .post(
                        "api/policies",
                        object().add("effectiveFrom", day).add("minAges", 65).build());
        var noDay = admin.sendingInvalid()
                .post("api/policies", object().add("minAge", 65).build());
        var badDay = admin.post(
                "api/policies", object().add("effectiveFrom", "2041-02-30").build());
        var broken = admin.sendingInvalid().post("api/policies", "{\"effectiveFrom\": ");

        assertThat(List.of(tooManyDays, negative, fen, level, ownership, typo, noDay, badDay))
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.toString()).isEqualTo(400);
                    assertThat(r.code()).isEqualTo("POLICY_INVALID");
                })
                .extracting(r -> r.string("field"))
                .containsExactly(
                        "minDaysPresent",
                        "constructionRatePerBed",
                        "operatingMonthlyRates",
                        "operatingMonthlyRates",
                        "constructionOwnerships",
                        "minAges",
                        "effectiveFrom",
                        "effectiveFrom");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(admin.get("api/policies").body()).isEqualTo(versions.body());
    }

    @Test
    @DisplayName("only the administrator adds versions: auditors get 403 ROLE_NOT_ALLOWED")
    void onlyAdmin() {
        String day =
                nextDay(admin.get("api/policies").array().get(0).asJsonObject()).toString();

        var r = cityAuditor()
                .post("api/policies", object().add("effectiveFrom", day).build());

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(api().post("api/policies", object().add("effectiveFrom", day).build())
                        .status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName("an unknown version is a 404 POLICY_NOT_FOUND")
    void unknownVersion() {
        var r = admin.get("api/policies/9999");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("POLICY_NOT_FOUND");
    }

    private static LocalDate nextDay(JsonObject latest) {
        LocalDate after = LocalDate.parse(latest.getString("effectiveFrom")).plusDays(1);
        return after.isBefore(FAR_FUTURE) ? FAR_FUTURE : after;
    }

    private static JsonObject byVersion(jakarta.json.JsonArray versions, int number) {
        return versions.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("version") == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No version " + number + " in " + versions));
    }
}
