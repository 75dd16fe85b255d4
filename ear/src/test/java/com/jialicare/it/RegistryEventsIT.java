package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.infrastructure.importing.RegistryEventSheet;
import com.jialicare.it.support.AdmittedResident;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Deaths and hukou moves reported from outside (docs/RULES.md §8.5): a county auditor imports a list; matches
 * end stays and record hukou changes through the ordinary services, conflicts become cases on the county's queue,
 * a bad row rejects the whole list, and a list sent twice changes nothing the second time.
 */
@DisplayName("Deaths and hukou moves reported from outside (§8.5)")
class RegistryEventsIT extends ApiITBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String IMPORT = "api/registry-events/import";

    private static byte[] list(List<List<String>> rows) {
        return RegistryEventSheet.xlsx(rows);
    }

    private static String reference() {
        return TestData.name("殡葬-");
    }

    private ApiClient countyAuditor(String county) {
        return city.user("COUNTY_AUDITOR", object().add("countyCode", county).build());
    }

    private String idNumberOf(long resident) {
        return admin.get("api/residents/" + resident).json().getString("idNumber");
    }

    private JsonObject stay(long id) {
        var r = admin.get("api/stays/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private String bedStatus(long home, String day) {
        var r = admin.get("api/care-homes/" + home + "/beds?on=" + day);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getJsonObject(0).getString("status");
    }

    @Test
    @DisplayName(
            "a death ends the open stay on its day (DECEASED), the bed is free from that day; sent again, nothing changes")
    void deathEndsOpenStay() {
        AdmittedResident.Ids ids = city.admitted()
                .county("511112")
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        ApiClient auditor = countyAuditor("511112");
        String ref = reference();
        byte[] file = list(List.of(List.of(idNumberOf(ids.resident()), "2024-06-10", "死亡", ref)));

        var r = auditor.upload(IMPORT, file, XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("matched")).isEqualTo(1);
        assertThat(r.json().getInt("staysEnded")).isEqualTo(1);
        assertThat(r.json().getJsonArray("cases")).isEmpty();
        JsonObject s = stay(ids.stay());
        assertThat(s.getString("dischargedOn")).isEqualTo("2024-06-10");
        assertThat(s.getString("dischargeReason")).isEqualTo("DECEASED");
        assertThat(bedStatus(ids.home(), "2024-06-09")).isEqualTo("OCCUPIED");
        assertThat(bedStatus(ids.home(), "2024-06-10")).isEqualTo("VACANT");
        var audit =
                admin.get("api/audit?entityType=Stay&entityId=" + ids.stay()).array();
        JsonObject ended = audit.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("STAY_ENDED_BY_REPORT"))
                .findFirst()
                .orElseThrow();
        assertThat(ended.getString("reason")).contains(ref);
        assertThat(ended.getString("effectiveOn")).isEqualTo("2024-06-10");

        Map<String, Long> before = Database.counts();
        var again = auditor.upload(IMPORT, file, XLSX);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("alreadyApplied")).isEqualTo(1);
        assertThat(again.json().getInt("matched")).isZero();
        assertThat(Database.counts().get("registry_event")).isEqualTo(before.get("registry_event"));
        assertThat(Database.counts().get("stay")).isEqualTo(before.get("stay"));
    }

    @Test
    @DisplayName("a death before a recorded discharge corrects the discharge to the day of death, reason DECEASED")
    void deathCorrectsLaterDischarge() {
        AdmittedResident.Ids ids = city.admitted()
                .county("511112")
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        var discharged = admin.post(
                "api/stays/" + ids.stay() + "/discharge",
                object().add("on", "2024-08-01").add("reason", "HOSPITAL").build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        String ref = reference();

        var r = countyAuditor("511112")
                .upload(IMPORT, list(List.of(List.of(idNumberOf(ids.resident()), "2024-07-20", "死亡", ref))), XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("staysEnded")).isEqualTo(1);
        JsonObject s = stay(ids.stay());
        assertThat(s.getString("dischargedOn")).isEqualTo("2024-07-20");
        assertThat(s.getString("dischargeReason")).isEqualTo("DECEASED");
        var audit =
                admin.get("api/audit?entityType=Stay&entityId=" + ids.stay()).array();
        assertThat(audit.getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("action").equals("STAY_CORRECTED")
                        && e.getString("reason").contains(ref));
    }

    @Test
    @DisplayName("a hukou move out of the city is a dated hukou change: later months are no longer eligible")
    void hukouMoveOut() {
        CityPolicies.ensure(admin);
        AdmittedResident.Ids ids = city.admitted()
                .county("511112")
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        ApiClient auditor = countyAuditor("511112");

        var r = auditor.upload(
                IMPORT, list(List.of(List.of(idNumberOf(ids.resident()), "2025-04-15", "户籍迁出", reference()))), XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("hukouChanged")).isEqualTo(1);
        JsonObject resident = admin.get("api/residents/" + ids.resident()).json();
        assertThat(resident.getJsonArray("hukouHistory").toString())
                .isEqualTo("[{\"effectiveOn\":\"1950-03-01\",\"hukouCode\":\"511112\"},"
                        + "{\"effectiveOn\":\"2025-04-15\",\"hukouCode\":\"000000\"}]");
        var lines = auditor.get("api/care-homes/" + ids.home() + "/subsidies/operating?from=2025-01&to=2025-12");
        assertThat(lines.status()).as(lines.toString()).isEqualTo(200);
        List<String> months = lines.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("month") + ":" + (l.getBoolean("eligible") ? "ok" : l.getString("reasonCode")))
                .toList();
        assertThat(months.subList(0, 5))
                .containsExactly(
                        "2025-01:ok", "2025-02:ok", "2025-03:ok", "2025-04:NOT_LOCAL_HUKOU", "2025-05:NOT_LOCAL_HUKOU");
    }

    @Test
    @DisplayName("one bad row rejects the whole list: every bad row named with its column, nothing changed")
    void badRowRejectsAll() {
        AdmittedResident.Ids ids = city.admitted().county("511112").admit();
        String good = idNumberOf(ids.resident());
        String broken = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String ref = reference();
        ApiClient auditor = countyAuditor("511112");
        Map<String, Long> before = Database.counts();

        var r = auditor.upload(
                IMPORT,
                list(List.of(
                        List.of(good, "2024-06-10", "死亡", ref),
                        List.of(good, "2024-02-30", "死亡", ref),
                        List.of(broken, "2024-06-10", "出走", ref))),
                XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("IMPORT_REJECTED");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getInt("row") + ":" + e.getString("column") + ":" + e.getString("code"))
                .containsExactly("3:日期:INVALID_DATE", "4:身份证号码:ID_NUMBER_CHECK", "4:类别:INVALID_EVENT_KIND");
        assertThat(Database.counts()).isEqualTo(before);
        assertThat(stay(ids.stay()).containsKey("dischargedOn")
                        && !stay(ids.stay()).isNull("dischargedOn"))
                .isFalse();
    }

    @Test
    @DisplayName("a conflict is a case the county auditor decides; another county does not see it; others are refused")
    void conflictBecomesCase() {
        AdmittedResident.Ids ids = city.admitted()
                .county("511113")
                .admittedOn(LocalDate.of(2024, 5, 1))
                .admit();
        ApiClient auditor = countyAuditor("511113");
        ApiClient otherCounty = countyAuditor("511123");
        String unknown = TestData.idNumber(LocalDate.of(1931, 2, 3), true);

        var r = auditor.upload(
                IMPORT,
                list(List.of(
                        List.of(idNumberOf(ids.resident()), "2024-04-01", "死亡", reference()),
                        List.of(unknown, "2024-04-01", "死亡", reference()))),
                XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("matched")).isZero();
        var cases = r.json().getJsonArray("cases").getValuesAs(JsonObject.class);
        assertThat(cases)
                .extracting(c -> c.getString("reason"))
                .containsExactly("STAY_AFTER_DEATH", "UNKNOWN_ID_NUMBER");
        long id = cases.get(0).getJsonNumber("id").longValue();
        assertThat(stay(ids.stay()).isNull("dischargedOn")).isTrue();

        var queue = auditor.get("api/cases?state=OPEN&size=200");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getJsonNumber("id").longValue() == id
                        && c.getString("countyCode").equals("511113")
                        && c.getString("date").equals("2024-04-01"));
        assertThat(otherCounty.get("api/cases/" + id).status()).isEqualTo(404);
        assertThat(otherCounty
                        .post("api/cases/" + id + "/decision", "{\"decision\": \"APPLY\"}")
                        .status())
                .isEqualTo(404);
        assertThat(otherCounty
                        .get("api/cases?size=200")
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .noneMatch(c -> c.getJsonNumber("id").longValue() == id);
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", ids.home()).build());
        ApiClient family = city.user(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(ids.resident()))
                        .build());
        for (ApiClient refused : List.of(homeAdmin, family, admin)) {
            assertThat(refused.get("api/cases/" + id).status()).isEqualTo(403);
            assertThat(refused.get("api/cases").status()).isEqualTo(403);
            assertThat(refused.upload(IMPORT, list(List.of(List.of(unknown, "2024-04-01", "死亡", "x"))), XLSX)
                            .status())
                    .isEqualTo(403);
        }

        var stillConflicts = auditor.post("api/cases/" + id + "/decision", "{\"decision\": \"APPLY\"}");
        assertThat(stillConflicts.status()).as(stillConflicts.toString()).isEqualTo(409);
        assertThat(stillConflicts.code()).isEqualTo("CASE_STILL_CONFLICTS");
        var noComment = auditor.post("api/cases/" + id + "/decision", "{\"decision\": \"DISMISS\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.code()).isEqualTo("COMMENT_REQUIRED");
        // the auditor finds the admission was entered a month late: corrected, the death now ends the stay
        var corrected = auditor.post(
                "api/stays/" + ids.stay() + "/corrections",
                object().add("reason", "入住日期录错").add("admittedOn", "2024-03-01").build());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        var applied = auditor.post("api/cases/" + id + "/decision", "{\"decision\": \"APPLY\", \"comment\": \"核实\"}");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().getString("state")).isEqualTo("DECIDED");
        assertThat(applied.json().getString("decision")).isEqualTo("APPLY");
        assertThat(applied.json().getString("outcome")).isEqualTo("STAY_ENDED");
        assertThat(stay(ids.stay()).getString("dischargedOn")).isEqualTo("2024-04-01");
        assertThat(auditor.post("api/cases/" + id + "/decision", "{\"decision\": \"APPLY\"}")
                        .code())
                .isEqualTo("CASE_ALREADY_DECIDED");

        long unknownCase = cases.get(1).getJsonNumber("id").longValue();
        var dismissed = auditor.post(
                "api/cases/" + unknownCase + "/decision", "{\"decision\": \"DISMISS\", \"comment\": \"外县人员\"}");
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.json().getString("outcome")).isEqualTo("DISMISSED");
        assertThat(dismissed.json().getString("comment")).isEqualTo("外县人员");
    }

    @Test
    @DisplayName(
            "a long list is applied whole, across the import's batches: deaths at its start, middle and end end their "
                    + "stays, every unknown person is a case")
    void longListAcrossBatches() {
        String county = "511111";
        List<AdmittedResident.Ids> dying = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            dying.add(city.admitted()
                    .county(county)
                    .admittedOn(LocalDate.of(2024, 1, 1))
                    .admit());
        }
        String ref = reference();
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        while (unknown.size() < 247) {
            unknown.add(
                    TestData.idNumber(LocalDate.of(1930, 1, 1).plusDays(unknown.size() * 7L), unknown.size() % 2 == 0));
        }
        java.util.Iterator<String> others = unknown.iterator();
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int row = 0; row < 250; row++) {
            int d = row == 0 ? 0 : row == 124 ? 1 : row == 249 ? 2 : -1;
            rows.add(List.of(
                    d >= 0 ? idNumberOf(dying.get(d).resident()) : others.next(), "2024-06-1" + (row % 10), "死亡", ref));
        }

        var r = countyAuditor(county).upload(IMPORT, list(rows), XLSX);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("matched")).isEqualTo(3);
        assertThat(r.json().getInt("staysEnded")).isEqualTo(3);
        var cases = r.json().getJsonArray("cases").getValuesAs(JsonObject.class);
        assertThat(cases).hasSize(247).allMatch(c -> c.getString("reason").equals("UNKNOWN_ID_NUMBER"));
        assertThat(cases.stream().map(c -> c.getJsonNumber("id").longValue()).distinct())
                .hasSize(247);
        assertThat(cases.stream().map(c -> c.getString("idNumber")).toList())
                .containsExactlyInAnyOrderElementsOf(unknown);
        int[] rowOf = {0, 124, 249};
        for (int d = 0; d < 3; d++) {
            JsonObject s = stay(dying.get(d).stay());
            assertThat(s.getString("dischargedOn")).isEqualTo("2024-06-1" + (rowOf[d] % 10));
            assertThat(s.getString("dischargeReason")).isEqualTo("DECEASED");
        }
    }

    @Test
    @DisplayName("a day in the future is a case; the template has the four columns and an example row")
    void futureDayAndTemplate() {
        AdmittedResident.Ids ids = city.admitted().county("511112").admit();
        ApiClient auditor = countyAuditor("511112");
        var r = auditor.upload(
                IMPORT, list(List.of(List.of(idNumberOf(ids.resident()), "2999-01-01", "死亡", reference()))), XLSX);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonArray("cases").getJsonObject(0).getString("reason"))
                .isEqualTo("DATE_IN_FUTURE");

        byte[] template = auditor.bytes("api/registry-events/template.xlsx", 200);
        var read = RegistryEventSheet.read(new java.io.ByteArrayInputStream(template));
        assertThat(read.fileError()).isNull();
        assertThat(read.rows()).hasSize(1);
        assertThat(RegistryEventSheet.get(read.rows().get(0), RegistryEventSheet.Column.KIND))
                .isEqualTo("死亡");
    }
}
