package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1–8.2 for care homes: dated changes of ownership, premises, filed capacity and closing, read by
 * the construction subsidy on the as-of date (per home and in the city-wide preview); corrections of the filing
 * data, of history entries and of beds; scopes; refusals change nothing; the audit trail keeps old and new values.
 */
@DisplayName("Care homes: changes on days and corrections with reasons")
class CareHomeCorrectionsIT extends ApiITBase {

    private static final LocalDate FILED = LocalDate.of(2021, 1, 1);

    private ApiClient county() {
        return city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
    }

    private long privateHomeWithTwoBeds() {
        long home = city.home("PRIVATE", "511102", FILED, 10);
        city.bed(home, "C-1", LocalDate.of(2022, 1, 1));
        city.bed(home, "C-2", LocalDate.of(2022, 1, 1));
        return home;
    }

    private long eligibleBeds(ApiClient as, long home, String asOf) {
        var r = as.get("api/care-homes/" + home + "/subsidies/construction?asOf=" + asOf);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("lines").stream()
                .filter(l -> l.asJsonObject().getBoolean("eligible"))
                .count();
    }

    private long previewBeds(ApiClient as, long home, String asOf) {
        var r = as.get("api/subsidies/construction?asOf=" + asOf);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("homes").stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonNumber("careHomeId").longValue() == home)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("eligibleBeds")
                .longValue();
    }

    private static JsonObject change(String kind, String on) {
        return object().add("kind", kind).add("effectiveOn", on).build();
    }

    private JsonObject lastEvent(ApiClient as, String type, long id, String action) {
        var r = as.get("api/audit?entityType=" + type + "&entityId=" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonObject> events = r.array().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals(action))
                .toList();
        assertThat(events).as(r.toString()).isNotEmpty();
        return events.get(events.size() - 1);
    }

    private static List<String> changes(JsonObject event) {
        return event.getJsonArray("changes").stream()
                .map(JsonValue::asJsonObject)
                .map(c -> c.getString("field") + ":" + str(c, "before") + "->" + str(c, "after"))
                .toList();
    }

    private static String str(JsonObject o, String field) {
        return o.containsKey(field) && !o.isNull(field) ? o.getString(field) : null;
    }

    @Test
    @DisplayName("§8.1 an ownership change: the construction subsidy before and after it, per home and in the preview")
    void ownershipChangeOnTheAsOfDate() {
        ApiClient auditor = county();
        long home = privateHomeWithTwoBeds();
        assertThat(eligibleBeds(auditor, home, "2023-12-31")).isEqualTo(2);

        var r = auditor.post(
                "api/care-homes/" + home + "/changes",
                object().add("kind", "OWNERSHIP")
                        .add("effectiveOn", "2024-01-01")
                        .add("ownership", "PUBLIC")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("ownership")).isEqualTo("PUBLIC");
        assertThat(r.json().getJsonArray("ownershipHistory").toString())
                .isEqualTo("[{\"effectiveOn\":\"2021-01-01\",\"ownership\":\"PRIVATE\"},"
                        + "{\"effectiveOn\":\"2024-01-01\",\"ownership\":\"PUBLIC\"}]");

        assertThat(eligibleBeds(auditor, home, "2023-12-31"))
                .as("before the change")
                .isEqualTo(2);
        assertThat(previewBeds(auditor, home, "2023-12-31"))
                .as("preview before")
                .isEqualTo(2);
        assertThat(eligibleBeds(auditor, home, "2024-01-01"))
                .as("from the change")
                .isZero();
        assertThat(previewBeds(auditor, home, "2024-01-01")).as("preview from").isZero();

        JsonObject event = lastEvent(auditor, "CareHome", home, "OWNERSHIP_CHANGED");
        assertThat(event.getString("effectiveOn")).isEqualTo("2024-01-01");
        assertThat(changes(event)).containsExactly("ownership:PRIVATE->PUBLIC");

        var again = auditor.post(
                "api/care-homes/" + home + "/changes",
                object().add("kind", "OWNERSHIP")
                        .add("effectiveOn", "2024-01-01")
                        .add("ownership", "PRIVATE")
                        .build());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DUPLICATE_EFFECTIVE_DATE");
        assertThat(auditor.get("api/care-homes/" + home).json().getJsonArray("ownershipHistory"))
                .hasSize(2);
    }

    @Test
    @DisplayName("§8.1 filed capacity and premises changes are read on the as-of date")
    void filedCapacityAndPremises() {
        ApiClient auditor = county();
        long home = privateHomeWithTwoBeds();
        var r = auditor.post(
                "api/care-homes/" + home + "/changes",
                object().add("kind", "FILED_BEDS")
                        .add("effectiveOn", "2023-01-01")
                        .add("filedBeds", 1)
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("filedBeds")).isEqualTo(1);
        assertThat(eligibleBeds(auditor, home, "2022-12-31")).isEqualTo(2);
        assertThat(eligibleBeds(auditor, home, "2023-06-01")).isEqualTo(1);
        assertThat(previewBeds(auditor, home, "2023-06-01")).isEqualTo(1);
        assertThat(changes(lastEvent(auditor, "CareHome", home, "FILED_BEDS_CHANGED")))
                .containsExactly("filedBeds:10->1");

        var lease = auditor.post(
                "api/care-homes/" + home + "/changes",
                object().add("kind", "PREMISES")
                        .add("effectiveOn", "2024-01-01")
                        .add("premises", "LEASED")
                        .build());
        assertThat(lease.status()).as(lease.toString()).isEqualTo(400);
        assertThat(lease.code()).isEqualTo("LEASE_END_REQUIRED");
        var leased = auditor.post(
                "api/care-homes/" + home + "/changes",
                object().add("kind", "PREMISES")
                        .add("effectiveOn", "2024-01-01")
                        .add("premises", "LEASED")
                        .add("leaseEndsOn", "2026-01-01")
                        .build());
        assertThat(leased.status()).as(leased.toString()).isEqualTo(200);
        assertThat(leased.json().getJsonArray("premisesHistory")).hasSize(2);
        assertThat(eligibleBeds(auditor, home, "2023-12-31")).isEqualTo(1);
        assertThat(eligibleBeds(auditor, home, "2024-01-01"))
                .as("lease too short from then")
                .isZero();
    }

    @Test
    @DisplayName("§8.1 a closed home: no admission or new bed from its closing day, no subsidy as of it")
    void closedHome() {
        ApiClient auditor = county();
        long home = privateHomeWithTwoBeds();
        long bed = city.bed(home, "C-3", LocalDate.of(2022, 1, 1));
        long resident = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, LocalDate.of(2024, 1, 1));
        long stay = city.admit(resident, bed, LocalDate.of(2024, 2, 1));

        var refused = auditor.post("api/care-homes/" + home + "/changes", change("CLOSED", "2025-01-01"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("HOME_HAS_RESIDENTS");
        assertThat(auditor.get("api/care-homes/" + home).json().containsKey("closedOn"))
                .isFalse();

        var out = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2024-12-01").add("reason", "RETURNED_HOME").build());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        var closed = auditor.post("api/care-homes/" + home + "/changes", change("CLOSED", "2025-01-01"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("closedOn")).isEqualTo("2025-01-01");

        var admit = admin.post(
                "api/stays",
                object().add("residentId", resident)
                        .add("bedId", bed)
                        .add("admittedOn", "2025-02-01")
                        .build());
        assertThat(admit.status()).as(admit.toString()).isEqualTo(409);
        assertThat(admit.code()).isEqualTo("HOME_CLOSED");
        var newBed = admin.post(
                "api/care-homes/" + home + "/beds",
                object().add("code", "C-9")
                        .add("room", "1")
                        .add("commissionedOn", "2025-03-01")
                        .build());
        assertThat(newBed.status()).as(newBed.toString()).isEqualTo(409);
        assertThat(newBed.code()).isEqualTo("HOME_CLOSED");

        assertThat(eligibleBeds(auditor, home, "2024-12-31")).isEqualTo(3);
        assertThat(eligibleBeds(auditor, home, "2025-01-01")).isZero();
        assertThat(previewBeds(auditor, home, "2025-01-01")).isZero();

        // withdrawn as entered by mistake: open again
        var reopened = auditor.post(
                "api/care-homes/" + home + "/corrections",
                object().add("reason", "关闭登记错误")
                        .add("historyKind", "CLOSED")
                        .add("effectiveOn", "2025-01-01")
                        .add("withdraw", true)
                        .build());
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().containsKey("closedOn")).isFalse();
        assertThat(eligibleBeds(auditor, home, "2025-01-01")).isEqualTo(3);
    }

    @Test
    @DisplayName("§8.2 corrections of the name, credit code, filing day and of a history entry, with reasons")
    void corrections() {
        ApiClient auditor = county();
        long home = privateHomeWithTwoBeds();
        String path = "api/care-homes/" + home + "/corrections";
        JsonObject before = auditor.get("api/care-homes/" + home).json();

        var noReason = auditor.post(path, object().add("name", "新名字").build());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");
        var badCode = auditor.post(
                path, object().add("reason", "录入错误").add("creditCode", "123").build());
        assertThat(badCode.status()).as(badCode.toString()).isEqualTo(400);
        String taken = admin.get("api/care-homes/" + city.home("PRIVATE", "511102", FILED, 1))
                .json()
                .getString("creditCode");
        var takenCode = auditor.post(
                path,
                object().add("reason", "录入错误")
                        .add("name", "不应生效")
                        .add("creditCode", taken)
                        .build());
        assertThat(takenCode.status()).as(takenCode.toString()).isEqualTo(409);
        assertThat(takenCode.code()).isEqualTo("CREDIT_CODE_TAKEN");
        assertThat(auditor.get("api/care-homes/" + home).json())
                .as("refusals change nothing")
                .isEqualTo(before);

        String name = TestData.name("更正后养老院");
        String code = TestData.creditCode();
        var ok = auditor.post(
                path,
                object().add("reason", "名称录入错误")
                        .add("name", name)
                        .add("creditCode", code)
                        .add("filedOn", "2020-06-01")
                        .build());
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getString("name")).isEqualTo(name);
        assertThat(ok.json().getString("filedOn")).isEqualTo("2020-06-01");
        JsonObject event = lastEvent(auditor, "CareHome", home, "CARE_HOME_CORRECTED");
        assertThat(event.getString("reason")).isEqualTo("名称录入错误");
        assertThat(changes(event))
                .containsExactly(
                        "name:" + before.getString("name") + "->" + name,
                        "creditCode:" + before.getString("creditCode") + "->" + code,
                        "filedOn:2021-01-01->2020-06-01");

        // a change entered by mistake is withdrawn; the only entry is not
        assertThat(auditor.post(
                                "api/care-homes/" + home + "/changes",
                                object().add("kind", "OWNERSHIP")
                                        .add("effectiveOn", "2024-01-01")
                                        .add("ownership", "PUBLIC")
                                        .build())
                        .status())
                .isEqualTo(200);
        assertThat(eligibleBeds(auditor, home, "2024-06-01")).isZero();
        var withdrawn = auditor.post(
                path,
                object().add("reason", "机构性质未变更")
                        .add("historyKind", "OWNERSHIP")
                        .add("effectiveOn", "2024-01-01")
                        .add("withdraw", true)
                        .build());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("ownership")).isEqualTo("PRIVATE");
        assertThat(withdrawn.json().getJsonArray("ownershipHistory")).hasSize(1);
        assertThat(eligibleBeds(auditor, home, "2024-06-01")).isEqualTo(2);
        assertThat(changes(lastEvent(auditor, "CareHome", home, "CARE_HOME_CORRECTED")))
                .containsExactly("ownershipHistory:2024-01-01 PUBLIC->null");
        String first = withdrawn
                .json()
                .getJsonArray("ownershipHistory")
                .getJsonObject(0)
                .getString("effectiveOn");
        var last = auditor.post(
                path,
                object().add("reason", "x")
                        .add("historyKind", "OWNERSHIP")
                        .add("effectiveOn", first)
                        .add("withdraw", true)
                        .build());
        assertThat(last.status()).as(last.toString()).isEqualTo(409);
        assertThat(last.code()).isEqualTo("LAST_ENTRY");
        var none = auditor.post(
                path,
                object().add("reason", "x")
                        .add("historyKind", "FILED_BEDS")
                        .add("effectiveOn", "2019-01-01")
                        .add("withdraw", true)
                        .build());
        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.code()).isEqualTo("NO_SUCH_ENTRY");

        // an entry's value corrected in place
        var capacity = auditor.post(
                path,
                object().add("reason", "核定床位录入错误")
                        .add("historyKind", "FILED_BEDS")
                        .add("effectiveOn", first)
                        .add("filedBeds", 1)
                        .build());
        assertThat(capacity.status()).as(capacity.toString()).isEqualTo(200);
        assertThat(capacity.json().getInt("filedBeds")).isEqualTo(1);
        assertThat(eligibleBeds(auditor, home, "2024-06-01")).isEqualTo(1);
    }

    @Test
    @DisplayName("§8.2 bed corrections: code (unique in the home), room, commissioning day, reinstated")
    void bedCorrections() {
        ApiClient auditor = county();
        long home = city.home("PRIVATE", "511102", FILED, 10);
        long bed = city.bed(home, "B-1", LocalDate.of(2022, 1, 1));
        city.bed(home, "B-2", LocalDate.of(2022, 1, 1));
        String path = "api/care-homes/" + home + "/beds/" + bed + "/corrections";

        var dup = auditor.post(
                path, object().add("reason", "床位号错误").add("code", "B-2").build());
        assertThat(dup.status()).as(dup.toString()).isEqualTo(409);
        assertThat(dup.code()).isEqualTo("BED_CODE_TAKEN");
        var future = auditor.post(
                path,
                object().add("reason", "日期错误")
                        .add("commissionedOn", "2999-01-01")
                        .build());
        assertThat(future.status()).as(future.toString()).isEqualTo(400);

        var ok = auditor.post(
                path,
                object().add("reason", "床位号错误")
                        .add("code", "B-3")
                        .add("room", "201")
                        .add("commissionedOn", "2021-06-01")
                        .build());
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getString("code")).isEqualTo("B-3");
        assertThat(ok.json().getString("commissionedOn")).isEqualTo("2021-06-01");
        assertThat(changes(lastEvent(auditor, "Bed", bed, "BED_CORRECTED")))
                .containsExactly("commissionedOn:2022-01-01->2021-06-01", "code:B-1->B-3", "room:1->201");

        long resident = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, LocalDate.of(2024, 1, 1));
        city.admit(resident, bed, LocalDate.of(2023, 1, 1));
        var afterOccupancy = auditor.post(
                path,
                object().add("reason", "日期错误")
                        .add("commissionedOn", "2023-02-01")
                        .build());
        assertThat(afterOccupancy.status()).as(afterOccupancy.toString()).isEqualTo(409);
        assertThat(afterOccupancy.code()).isEqualTo("COMMISSIONED_AFTER_OCCUPANCY");

        // retired by mistake, back in service
        long spare = city.bed(home, "B-4", LocalDate.of(2022, 1, 1));
        var retired = admin.post(
                "api/care-homes/" + home + "/beds/" + spare + "/retire",
                object().add("on", "2024-01-01").build());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        String sparePath = "api/care-homes/" + home + "/beds/" + spare + "/corrections";
        var back = auditor.post(
                sparePath, object().add("reason", "误停用").add("reinstate", true).build());
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(back.json().containsKey("retiredOn")).isFalse();
        JsonObject event = lastEvent(auditor, "Bed", spare, "BED_REINSTATED");
        assertThat(event.getString("reason")).isEqualTo("误停用");
        assertThat(changes(event)).containsExactly("retiredOn:2024-01-01->null");
        var inService = auditor.post(
                sparePath, object().add("reason", "误停用").add("reinstate", true).build());
        assertThat(inService.status()).as(inService.toString()).isEqualTo(409);
        assertThat(inService.code()).isEqualTo("BED_NOT_RETIRED");
        assertThat(eligibleBeds(auditor, home, "2024-06-01"))
                .as("the reinstated bed counts again")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("§7 scopes: county auditors of the county, city auditors and the administrator; others 403 or 404")
    void scopes() {
        long home = privateHomeWithTwoBeds();
        long other = city.home("PRIVATE", "511181", FILED, 10);
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        JsonObject body = object().add("kind", "FILED_BEDS")
                .add("effectiveOn", "2024-01-01")
                .add("filedBeds", 5)
                .build();
        assertThat(homeAdmin.post("api/care-homes/" + home + "/changes", body).status())
                .isEqualTo(403);
        assertThat(homeAdmin.post("api/care-homes/" + other + "/changes", body).status())
                .isEqualTo(404);
        assertThat(county().post("api/care-homes/" + other + "/changes", body).status())
                .isEqualTo(404);
        assertThat(admin.get("api/care-homes/" + home).json().getInt("filedBeds"))
                .as("refusals change nothing")
                .isEqualTo(10);
        assertThat(cityAuditor
                        .post("api/care-homes/" + other + "/changes", body)
                        .status())
                .isEqualTo(200);

        // a county auditor files homes of their own county only
        JsonObject newHome = object().add("name", TestData.name("县审核新建"))
                .add("creditCode", TestData.creditCode())
                .add("ownership", "PRIVATE")
                .add("countyCode", "511181")
                .add("filedOn", "2022-01-01")
                .add("filedBeds", 5)
                .add("premises", "OWNED")
                .build();
        var elsewhere = county().post("api/care-homes", newHome);
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
        assertThat(cityAuditor.post("api/care-homes", newHome).status()).isEqualTo(403);
    }
}
