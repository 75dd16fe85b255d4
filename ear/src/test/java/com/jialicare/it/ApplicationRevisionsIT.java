package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 item 6 (docs/RULES.md §6, §8.4): a returned application is amended and submitted again as a new
 * revision, the auditor sees the difference to the fen; a draft or returned one is withdrawn with a reason and
 * releases its claims; a new application is warned of keys already claimed.
 */
@DisplayName("Applications: amend, new revisions and their difference, withdraw, claims check")
class ApplicationRevisionsIT extends ApiITBase {

    private long home;
    private long bed1;
    private ApiClient homeAdmin;
    private ApiClient county;

    @BeforeEach
    void aPrivateHomeWithTwoBeds() {
        com.jialicare.it.support.CityPolicies.ensure(admin);
        home = city.home("PRIVATE", "511124", LocalDate.of(2020, 1, 1), 10);
        bed1 = city.bed(home, "R-1", LocalDate.of(2022, 1, 10));
        city.bed(home, "R-2", LocalDate.of(2022, 1, 10));
        homeAdmin = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        county =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511124").build());
    }

    private static void ok(ApiClient.Response r, String state) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("state")).as(r.toString()).isEqualTo(state);
    }

    private long operating(String from, String to) {
        var r = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", from)
                        .add("to", to)
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private long construction() {
        var r = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-01")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static List<JsonObject> list(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName("return → amend the period → submit: revision 2 with other lines; the diff is exact to the fen")
    void amendAndResubmit() {
        long resident = city.resident(LocalDate.of(1950, 3, 1), "511124", 2, LocalDate.of(2023, 12, 1));
        long stay = city.admit(resident, bed1, LocalDate.of(2024, 1, 1));
        long id = operating("2024-05", "2024-07");
        var first = homeAdmin.post("api/applications/" + id + "/submit");
        ok(first, "SUBMITTED");
        // May under six months (0), June 200, July 220
        assertThat(first.body()).contains("\"total\":420.00");

        // amending is the home's, and only once returned
        var early = homeAdmin.post(
                "api/applications/" + id + "/amend",
                object().add("from", "2024-06").add("to", "2024-09").build());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("WRONG_STATE");
        assertThat(homeAdmin.get("api/applications/" + id).json().getString("to"))
                .isEqualTo("2024-07");

        ok(
                county.post(
                        "api/applications/" + id + "/return",
                        object().add("reason", "7月住院，请核实").build()),
                "RETURNED");
        // the reason stands at the top, for the home and the auditor
        for (ApiClient reader : List.of(homeAdmin, county)) {
            JsonObject returned = reader.get("api/applications/" + id).json().getJsonObject("returned");
            assertThat(returned.getString("reason")).isEqualTo("7月住院，请核实");
            assertThat(returned.getString("action")).isEqualTo("COUNTY_RETURN");
            assertThat(returned.getInt("revision")).isEqualTo(1);
        }
        assertThat(homeAdmin
                        .get("api/applications/" + id)
                        .json()
                        .getJsonArray("actions")
                        .toString())
                .contains("AMEND", "WITHDRAW", "SUBMIT");
        assertThat(admin.post(
                                "api/stays/" + stay + "/absences",
                                object().add("from", "2024-07-01")
                                        .add("until", "2024-07-25")
                                        .build())
                        .status())
                .isEqualTo(201);

        // checked like a new application; refused, nothing changes
        var wrongKind = homeAdmin.post(
                "api/applications/" + id + "/amend",
                object().add("asOf", "2024-06-01").build());
        assertThat(wrongKind.code()).isEqualTo("FIELD_NOT_FOR_KIND");
        var backwards = homeAdmin.post(
                "api/applications/" + id + "/amend",
                object().add("from", "2024-09").add("to", "2024-06").build());
        assertThat(backwards.code()).isEqualTo("INVALID_MONTH_RANGE");
        var same = homeAdmin.post(
                "api/applications/" + id + "/amend",
                object().add("from", "2024-05").add("to", "2024-07").build());
        assertThat(same.code()).isEqualTo("NOTHING_TO_AMEND");
        assertThat(county.post(
                                "api/applications/" + id + "/amend",
                                object().add("from", "2024-06")
                                        .add("to", "2024-09")
                                        .build())
                        .status())
                .isEqualTo(403);
        JsonObject unchanged = homeAdmin.get("api/applications/" + id).json();
        assertThat(unchanged.getString("from")).isEqualTo("2024-05");
        assertThat(unchanged.getString("to")).isEqualTo("2024-07");

        var amended = homeAdmin.post(
                "api/applications/" + id + "/amend",
                object().add("from", "2024-06").add("to", "2024-09").build());
        ok(amended, "RETURNED");
        assertThat(amended.json().getString("from")).isEqualTo("2024-06");
        assertThat(amended.json().getString("to")).isEqualTo("2024-09");
        assertThat(amended.json().getInt("revision")).isEqualTo(1);
        assertThat(list(amended.json(), "history"))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "COUNTY_RETURN", "AMEND");

        var second = homeAdmin.post("api/applications/" + id + "/submit");
        ok(second, "SUBMITTED");
        assertThat(second.json().getInt("revision")).isEqualTo(2);
        // June 200, July excluded (absent), August and September 220
        assertThat(second.body()).contains("\"total\":640.00");

        // each revision shows its own lines and total
        JsonObject r1 = county.get("api/applications/" + id + "?revision=1").json();
        assertThat(r1.getInt("revisionShown")).isEqualTo(1);
        assertThat(list(r1, "lines"))
                .extracting(l -> l.getString("month"))
                .containsExactly("2024-05", "2024-06", "2024-07");
        assertThat(r1.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("420.00");
        JsonObject r2 = county.get("api/applications/" + id + "?revision=2").json();
        assertThat(list(r2, "lines"))
                .extracting(l -> l.getString("month"))
                .containsExactly("2024-06", "2024-07", "2024-08", "2024-09");
        assertThat(r2.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("640.00");

        var diff = county.get("api/applications/" + id + "/revisions/2/diff");
        assertThat(diff.status()).as(diff.toString()).isEqualTo(200);
        JsonObject d = diff.json();
        assertThat(d.getInt("fromRevision")).isEqualTo(1);
        assertThat(d.getInt("toRevision")).isEqualTo(2);
        assertThat(diff.body())
                .contains("\"totalBefore\":420.00", "\"totalAfter\":640.00", "\"totalDifference\":220.00");
        assertThat(d.getInt("unchanged")).isEqualTo(1); // June
        assertThat(list(d, "added")).extracting(c -> c.getString("month")).containsExactly("2024-08", "2024-09");
        assertThat(list(d, "added"))
                .allSatisfy(c -> assertThat(c.getJsonNumber("difference").bigDecimalValue())
                        .isEqualByComparingTo("220.00"));
        assertThat(list(d, "removed")).singleElement().satisfies(c -> {
            assertThat(c.getString("month")).isEqualTo("2024-05");
            assertThat(c.getJsonNumber("amountBefore").bigDecimalValue()).isEqualByComparingTo("0.00");
        });
        assertThat(list(d, "changed")).singleElement().satisfies(c -> {
            assertThat(c.getString("month")).isEqualTo("2024-07");
            assertThat(c.getJsonNumber("stayId").longValue()).isEqualTo(stay);
            assertThat(c.getJsonNumber("amountBefore").bigDecimalValue()).isEqualByComparingTo("220.00");
            assertThat(c.getJsonNumber("amountAfter").bigDecimalValue()).isEqualByComparingTo("0.00");
            assertThat(c.getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("-220.00");
            assertThat(list(c, "facts")).extracting(f -> f.getString("field")).contains("presentDays", "eligible");
        });
        // 220 + 220 − 220 + 0 = 220: the lines' differences add up to the totals'
        assertThat(county.get("api/applications/" + id + "/revisions/1/diff").code())
                .isEqualTo("INVALID_REVISION");
        assertThat(county.get("api/applications/" + id + "/revisions/3/diff").code())
                .isEqualTo("INVALID_REVISION");
        // both revisions' lines are kept
        assertThat(Database.scalar("select count(*) from application_line where application_id = " + id))
                .isEqualTo(7);
    }

    @Test
    @DisplayName("withdraw: from draft or returned only, with a reason; kept and visible; its beds claimed again")
    void withdrawReleasesClaims() {
        long draft = construction();
        var noReason = homeAdmin.post(
                "api/applications/" + draft + "/withdraw",
                object().add("reason", " ").build());
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");
        assertThat(county.post(
                                "api/applications/" + draft + "/withdraw",
                                object().add("reason", "重复").build())
                        .status())
                .isEqualTo(403);
        assertThat(homeAdmin.get("api/applications/" + draft).json().getString("state"))
                .isEqualTo("DRAFT");
        ok(
                homeAdmin.post(
                        "api/applications/" + draft + "/withdraw",
                        object().add("reason", "重复创建").build()),
                "WITHDRAWN");

        long id = construction();
        ok(homeAdmin.post("api/applications/" + id + "/submit"), "SUBMITTED");
        assertThat(Database.scalar("select count(*) from claimed_bed where application_id = " + id))
                .isEqualTo(2);
        var tooLate = homeAdmin.post(
                "api/applications/" + id + "/withdraw",
                object().add("reason", "不申请了").build());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.code()).isEqualTo("WRONG_STATE");
        assertThat(homeAdmin.get("api/applications/" + id).json().getString("state"))
                .isEqualTo("SUBMITTED");
        assertThat(Database.scalar("select count(*) from claimed_bed where application_id = " + id))
                .isEqualTo(2);

        // a new application over the same beds is warned before it is created
        var check = homeAdmin.post(
                "api/applications/claims-check",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-01")
                        .build());
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(check.json().getBoolean("claimed")).isTrue();
        assertThat(check.json().getInt("count")).isEqualTo(2);
        assertThat(list(check.json(), "keys"))
                .extracting(k -> k.getString("bedCode"))
                .containsExactly("R-1", "R-2");
        assertThat(list(check.json(), "keys"))
                .allSatisfy(k ->
                        assertThat(k.getJsonNumber("applicationId").longValue()).isEqualTo(id));

        ok(
                county.post(
                        "api/applications/" + id + "/return",
                        object().add("reason", "床位照片不清").build()),
                "RETURNED");
        var withdrawn = homeAdmin.post(
                "api/applications/" + id + "/withdraw",
                object().add("reason", "机构决定不再申请").build());
        ok(withdrawn, "WITHDRAWN");
        assertThat(list(withdrawn.json(), "history")).last().satisfies(e -> {
            assertThat(e.getString("action")).isEqualTo("WITHDRAW");
            assertThat(e.getString("comment")).isEqualTo("机构决定不再申请");
        });
        assertThat(withdrawn.json().getJsonArray("actions")).isEmpty();
        // kept and visible, in the lists too
        assertThat(county.get("api/applications/" + id).json().getString("state"))
                .isEqualTo("WITHDRAWN");
        assertThat(homeAdmin.get("api/applications?state=WITHDRAWN").json().getInt("total"))
                .isEqualTo(2);
        var audit = admin.get("api/audit?entityType=Application&entityId=" + id);
        assertThat(audit.body()).contains("APPLICATION_WITHDRAWN", "机构决定不再申请");
        // final: nothing more, nothing changed
        assertThat(homeAdmin.post("api/applications/" + id + "/submit").code()).isEqualTo("WRONG_STATE");
        assertThat(homeAdmin
                        .post(
                                "api/applications/" + id + "/withdraw",
                                object().add("reason", "再来").build())
                        .code())
                .isEqualTo("WRONG_STATE");
        assertThat(homeAdmin
                        .post(
                                "api/applications/" + id + "/amend",
                                object().add("asOf", "2024-07-01").build())
                        .code())
                .isEqualTo("WRONG_STATE");
        assertThat(homeAdmin.get("api/applications/" + id).json().getString("state"))
                .isEqualTo("WITHDRAWN");

        // its beds can be claimed again
        assertThat(Database.scalar("select count(*) from claimed_bed where application_id = " + id))
                .isZero();
        assertThat(homeAdmin
                        .post(
                                "api/applications/claims-check",
                                object().add("careHomeId", home)
                                        .add("kind", "CONSTRUCTION")
                                        .add("asOf", "2024-06-01")
                                        .build())
                        .json()
                        .getBoolean("claimed"))
                .isFalse();
        long again = construction();
        var resubmitted = homeAdmin.post("api/applications/" + again + "/submit");
        ok(resubmitted, "SUBMITTED");
        assertThat(resubmitted.body()).contains("\"total\":22000.00");
    }

    @Test
    @DisplayName("claims check for months: which resident-months another live application holds; checked like creation")
    void claimsCheckForMonths() {
        long resident = city.resident(LocalDate.of(1950, 3, 1), "511124", 2, LocalDate.of(2023, 12, 1));
        city.admit(resident, bed1, LocalDate.of(2024, 1, 1));
        long id = operating("2024-07", "2024-08");
        ok(homeAdmin.post("api/applications/" + id + "/submit"), "SUBMITTED");
        var check = homeAdmin.post(
                "api/applications/claims-check",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-08")
                        .add("to", "2024-10")
                        .build());
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat(list(check.json(), "keys")).singleElement().satisfies(k -> {
            assertThat(k.getString("month")).isEqualTo("2024-08");
            assertThat(k.getJsonNumber("residentId").longValue()).isEqualTo(resident);
            assertThat(k.getJsonNumber("applicationId").longValue()).isEqualTo(id);
            assertThat(k.getString("applicationState")).isEqualTo("SUBMITTED");
        });
        var backwards = homeAdmin.post(
                "api/applications/claims-check",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-10")
                        .add("to", "2024-08")
                        .build());
        assertThat(backwards.code()).isEqualTo("INVALID_MONTH_RANGE");
        assertThat(county.post(
                                "api/applications/claims-check",
                                object().add("careHomeId", home)
                                        .add("kind", "OPERATING")
                                        .add("from", "2024-08")
                                        .add("to", "2024-10")
                                        .build())
                        .status())
                .isEqualTo(403);
        // nothing was saved by the checks
        assertThat(homeAdmin.get("api/applications").json().getInt("total")).isEqualTo(1);
    }
}
