package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.ServerClock;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #16 item 7 over HTTP: the to-do counts ({@code GET /api/me/todos}) follow the workflow, and the in-app
 * notifications ({@code GET /api/me/notifications}, {@code POST …/{id}/read}) reach the people they concern and
 * nobody else — another home's administrator, another county's auditor and a family read none of them and cannot
 * mark them read. Counts of auditors who see the whole city are compared before and after (other tests share the
 * server).
 */
@DisplayName("To-dos and notifications: counted in the caller's scope, read by the people they concern only")
class TodosIT extends ApiITBase {

    private long homeA;
    private ApiClient adminA;
    private ApiClient secondAdminA;
    private ApiClient adminB;
    private ApiClient countyA;
    private ApiClient countyB;
    private ApiClient cityAuditor;

    @BeforeEach
    void twoHomesInTwoCounties() {
        com.jialicare.it.support.CityPolicies.ensure(admin);
        homeA = city.home("PRIVATE", "511126", LocalDate.of(2020, 1, 1), 10);
        city.bed(homeA, "T-1", LocalDate.of(2022, 1, 10));
        long homeB = city.home("PRIVATE", "511129", LocalDate.of(2020, 1, 1), 10);
        adminA = city.user("HOME_ADMIN", object().add("careHomeId", homeA).build());
        secondAdminA = city.user("HOME_ADMIN", object().add("careHomeId", homeA).build());
        adminB = city.user("HOME_ADMIN", object().add("careHomeId", homeB).build());
        countyA =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511126").build());
        countyB =
                city.user("COUNTY_AUDITOR", object().add("countyCode", "511129").build());
        cityAuditor = city.user("CITY_AUDITOR", object().build());
    }

    private static JsonObject todos(ApiClient c) {
        var r = c.get("api/me/todos");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonObject> notifications(ApiClient c, String query) {
        var r = c.get("api/me/notifications" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> about(ApiClient c, long applicationId) {
        return notifications(c, "?size=200").stream()
                .filter(n -> n.getJsonNumber("applicationId").longValue() == applicationId)
                .toList();
    }

    private long draft() {
        var r = adminA.post(
                "api/applications",
                object().add("careHomeId", homeA)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-01")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private void submit(long id) {
        var r = adminA.post("api/applications/" + id + "/submit");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void post(ApiClient c, String path, JsonObject body, int status) {
        var r = c.post(path, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
    }

    @Test
    @DisplayName(
            "a draft and a return are the home's to-dos, a submission the county's; the return is notified to both of the home's administrators, read by each on their own")
    void countsAndReturnNotice() {
        long waitingBefore = todos(countyA).getJsonNumber("waitingForReview").longValue();
        long otherCountyBefore =
                todos(countyB).getJsonNumber("waitingForReview").longValue();
        long id = draft();
        var home = todos(adminA);
        assertThat(home.getInt("drafts")).isEqualTo(1);
        assertThat(home.getInt("returned")).isZero();
        assertThat(home.getInt("total")).isEqualTo(1);
        assertThat(todos(adminB).getInt("total"))
                .as("another home's administrator")
                .isZero();

        submit(id);
        assertThat(todos(adminA).getInt("total")).isZero();
        var county = todos(countyA);
        assertThat(county.getJsonNumber("waitingForReview").longValue()).isEqualTo(waitingBefore + 1);
        assertThat(county.getJsonNumber("total").longValue())
                .isEqualTo(county.getJsonNumber("waitingForReview").longValue()
                        + county.getJsonNumber("openCases").longValue());
        assertThat(todos(countyB).getJsonNumber("waitingForReview").longValue())
                .as("another county's auditor")
                .isEqualTo(otherCountyBefore);

        post(
                countyA,
                "api/applications/" + id + "/return",
                object().add("reason", "缺少床位照片").build(),
                200);
        assertThat(todos(adminA).getInt("returned")).isEqualTo(1);
        assertThat(todos(countyA).getJsonNumber("waitingForReview").longValue()).isEqualTo(waitingBefore);

        List<JsonObject> mine = about(adminA, id);
        assertThat(mine).hasSize(1);
        JsonObject returned = mine.get(0);
        assertThat(returned.getString("kind")).isEqualTo("APPLICATION_RETURNED");
        assertThat(returned.getString("detail")).isEqualTo("缺少床位照片");
        assertThat(returned.getBoolean("read")).isFalse();
        assertThat(todos(adminA).getInt("unreadNotifications")).isEqualTo(1);

        long nid = returned.getJsonNumber("id").longValue();
        var read = adminA.post("api/me/notifications/" + nid + "/read");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getBoolean("read")).isTrue();
        assertThat(adminA.post("api/me/notifications/" + nid + "/read").status())
                .as("read again")
                .isEqualTo(200);
        assertThat(Database.scalar("select count(*) from notification_read where notification_id = " + nid))
                .isEqualTo(1L);
        assertThat(todos(adminA).getInt("unreadNotifications")).isZero();
        assertThat(notifications(adminA, "?unread=true"))
                .noneMatch(n -> n.getJsonNumber("id").longValue() == nid);
        assertThat(about(secondAdminA, id))
                .as("the other administrator of the home has not read it")
                .singleElement()
                .satisfies(n -> assertThat(n.getBoolean("read")).isFalse());
    }

    @Test
    @DisplayName(
            "nobody reads another home's notifications or marks them read: another home, another county, a family, the public")
    void scope() {
        long id = draft();
        submit(id);
        post(countyA, "api/applications/" + id + "/approve", object().build(), 200);
        long nid = about(adminA, id).stream()
                .filter(n -> n.getString("kind").equals("APPLICATION_COUNTY_APPROVED"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long marks = Database.scalar("select count(*) from notification_read");

        assertThat(about(adminB, id)).as("another home").isEmpty();
        assertThat(about(countyA, id))
                .as("the county: an approval is the home's news")
                .isEmpty();
        assertThat(about(countyB, id)).as("another county").isEmpty();
        long elder = city.admitted().admit().resident();
        ApiClient family = city.user(
                "FAMILY",
                object().add(
                                "residentIds",
                                jakarta.json.Json.createArrayBuilder().add(elder))
                        .build());
        assertThat(notifications(family, "")).as("a family").isEmpty();
        for (ApiClient other : List.of(adminB, countyA, countyB, cityAuditor, family)) {
            var r = other.post("api/me/notifications/" + nid + "/read");
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOTIFICATION_NOT_FOUND");
        }
        assertThat(admin.post("api/me/notifications/" + nid + "/read").status()).isEqualTo(404);
        assertThat(admin.anonymous().get("api/me/notifications").status()).isEqualTo(401);
        assertThat(Database.scalar("select count(*) from notification_read"))
                .as("nothing marked")
                .isEqualTo(marks);
    }

    @Test
    @DisplayName(
            "an objection raised on a notice is the auditors' news (the county's and the city's), not the home's; the approval and payment are the home's")
    void objectionApprovalAndPayment() {
        LocalDate today = ServerClock.today(admin);
        long id = draft();
        submit(id);
        post(countyA, "api/applications/" + id + "/approve", object().build(), 200);
        post(
                cityAuditor,
                "api/applications/" + id + "/notice",
                object().add("from", today.toString()).build(),
                200);
        long cityUnread =
                todos(cityAuditor).getJsonNumber("unreadNotifications").longValue();

        var objection = admin.anonymous()
                .post(
                        "api/applications/" + id + "/objections",
                        object().add("text", "床位未投入使用").build());
        assertThat(objection.status()).as(objection.toString()).isEqualTo(201);

        assertThat(about(countyA, id))
                .singleElement()
                .satisfies(n -> assertThat(n.getString("kind")).isEqualTo("OBJECTION_RAISED"));
        assertThat(about(cityAuditor, id)).extracting(n -> n.getString("kind")).containsExactly("OBJECTION_RAISED");
        assertThat(todos(cityAuditor).getJsonNumber("unreadNotifications").longValue())
                .isEqualTo(cityUnread + 1);
        assertThat(about(countyB, id)).as("another county").isEmpty();
        assertThat(about(adminA, id))
                .extracting(n -> n.getString("kind"))
                .as("the home reads its approvals, not the objection")
                .containsExactly("APPLICATION_COUNTY_APPROVED");

        // approval is not offered during the notice, and refused if asked for
        assertThat(cityAuditor
                        .get("api/applications/" + id)
                        .json()
                        .getJsonArray("actions")
                        .toString())
                .doesNotContain("APPROVE");
        var early = cityAuditor.post("api/applications/" + id + "/approve", "{}");
        assertThat(early.status()).isEqualTo(409);

        var objections = cityAuditor.get("api/applications/" + id).json().getJsonArray("objections");
        long oid = objections.getJsonObject(0).getJsonNumber("id").longValue();
        post(
                cityAuditor,
                "api/applications/" + id + "/objections/" + oid + "/decision",
                object().add("upheld", false).add("comment", "经核实不属实").build(),
                200);
        LocalDate lastDay = LocalDate.parse(cityAuditor
                .get("api/applications/" + id)
                .json()
                .getJsonObject("notice")
                .getString("lastDay"));
        today = ServerClock.advanceTo(admin, lastDay.plusDays(1));
        assertThat(cityAuditor
                        .get("api/applications/" + id)
                        .json()
                        .getJsonArray("actions")
                        .toString())
                .contains("APPROVE");
        post(cityAuditor, "api/applications/" + id + "/approve", object().build(), 200);
        String total = cityAuditor
                .get("api/applications/" + id)
                .json()
                .getJsonNumber("total")
                .toString();
        post(
                cityAuditor,
                "api/applications/" + id + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", jakarta.json.Json.createValue(new java.math.BigDecimal(total)))
                        .add("voucher", "TD-" + id)
                        .build(),
                200);
        assertThat(about(adminA, id))
                .extracting(n -> n.getString("kind"))
                .containsExactly("APPLICATION_PAID", "APPLICATION_CITY_APPROVED", "APPLICATION_COUNTY_APPROVED");
        assertThat(about(adminA, id).get(0).getString("detail")).isEqualTo(total + " · TD-" + id);
        assertThat(about(adminB, id)).isEmpty();
    }
}
