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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Account management (issue #14 item 7): the administrator disables, enables, unlocks, resets and re-scopes
 * accounts, and every change is refused or applied on the account's very next request, although a login
 * checked before is remembered for 60 seconds; a user changes their own password.
 */
@DisplayName("Account management: every change holds on the very next request")
class AccountManagementIT extends ApiITBase {

    private static final String PASSWORD = "secret-pass-1";
    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private record Account(long id, String username, ApiClient api) {}

    private Account account(String role, JsonObject scope) {
        String name = TestData.name("acct-");
        var b = object().add("username", name).add("password", PASSWORD).add("role", role);
        scope.forEach(b::add);
        var r = admin.post("api/users", b.build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Account(r.id(), name, admin.as(name, PASSWORD));
    }

    private String audit(long userId) {
        var r = admin.get("api/audit?entityType=User&entityId=" + userId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    @Test
    @DisplayName(
            "disable: the very next Basic-auth call of that user is 401, within the remembered login's minute; enable: it works again")
    void disableAndEnable() {
        Account a = account("CITY_AUDITOR", object().build());
        assertThat(a.api().get("api/me").status()).isEqualTo(200); // remembered from here on

        var disabled = admin.post("api/users/" + a.id() + "/disable");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        var refused = a.api().get("api/me");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);

        var enabled = admin.post("api/users/" + a.id() + "/enable");
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
        assertThat(enabled.json().getBoolean("enabled")).isTrue();
        assertThat(a.api().get("api/me").status()).isEqualTo(200);

        assertThat(audit(a.id())).contains("USER_DISABLED", "USER_ENABLED").doesNotContain(PASSWORD);
    }

    @Test
    @DisplayName("unlock: a locked account logs in again at once, its failed logins forgotten")
    void unlock() {
        Account a = account("CITY_AUDITOR", object().build());
        ApiClient wrong = admin.as(a.username(), "not-the-password").sendingInvalid();
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("api/me").status()).isEqualTo(401);
        }
        assertThat(a.api().get("api/me").status()).as("locked").isEqualTo(401);
        var unlocked = admin.post("api/users/" + a.id() + "/unlock");
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.json().getBoolean("locked")).isFalse();
        assertThat(a.api().get("api/me").status()).isEqualTo(200);
        assertThat(audit(a.id())).contains("USER_UNLOCKED");
    }

    @Test
    @DisplayName("reset: the old password is refused at once; the one-time password only changes the password")
    void resetPassword() {
        long home = city.home("PRIVATE", "511102", D, 10);
        Account a = account("HOME_ADMIN", object().add("careHomeId", home).build());
        assertThat(a.api().get("api/care-homes/" + home).status()).isEqualTo(200);

        var reset = admin.post("api/users/" + a.id() + "/reset-password");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String oneTime = reset.string("oneTimePassword");
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(8);
        assertThat(a.api().get("api/me").status()).as("the old password").isEqualTo(401);

        ApiClient once = admin.as(a.username(), oneTime);
        var me = once.get("api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getBoolean("mustChangePassword")).isTrue();
        var held = once.get("api/care-homes/" + home);
        assertThat(held.status()).as(held.toString()).isEqualTo(403);
        assertThat(held.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        var other = once.post(
                "api/care-homes/" + home + "/beds",
                object().add("code", "X-1").add("commissionedOn", "2024-01-01").build());
        assertThat(other.status()).as(other.toString()).isEqualTo(403);

        var changed = once.post(
                "api/me/password",
                object().add("currentPassword", oneTime)
                        .add("newPassword", "brand-new-pass-2")
                        .build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getBoolean("mustChangePassword")).isFalse();
        assertThat(once.get("api/me").status())
                .as("the one-time password, once used")
                .isEqualTo(401);
        ApiClient mine = admin.as(a.username(), "brand-new-pass-2");
        assertThat(mine.get("api/care-homes/" + home).status()).isEqualTo(200);

        String audit = audit(a.id());
        assertThat(audit).contains("USER_PASSWORD_RESET", "USER_PASSWORD_CHANGED");
        assertThat(audit).doesNotContain(oneTime).doesNotContain("brand-new-pass-2");
    }

    @Test
    @DisplayName("PUT scope: the new scope applies on the very next request")
    void rescope() {
        long homeA = city.home("PRIVATE", "511102", D, 10);
        long homeB = city.home("PRIVATE", "511181", D, 10);
        Account a = account("HOME_ADMIN", object().add("careHomeId", homeA).build());
        assertThat(a.api().get("api/care-homes/" + homeA).status()).isEqualTo(200);
        assertThat(a.api().get("api/care-homes/" + homeB).status()).isEqualTo(404);

        var put = admin.send("PUT", "api/users/" + a.id(), "{\"careHomeId\": " + homeB + "}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().getJsonNumber("careHomeId").longValue()).isEqualTo(homeB);
        assertThat(a.api().get("api/care-homes/" + homeB).status()).isEqualTo(200);
        assertThat(a.api().get("api/care-homes/" + homeA).status()).isEqualTo(404);

        // a family account's residents, validated as at creation
        long resA = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, D);
        long resB = city.resident(LocalDate.of(1950, 1, 1), "511102", 1, D);
        Account f = account(
                "FAMILY",
                object().add("residentIds", Json.createArrayBuilder().add(resA)).build());
        assertThat(f.api()
                        .get("api/me")
                        .json()
                        .getJsonArray("residentIds")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(resA);
        var family = admin.send("PUT", "api/users/" + f.id(), "{\"residentIds\": [" + resB + "]}");
        assertThat(family.status()).as(family.toString()).isEqualTo(200);
        assertThat(f.api()
                        .get("api/me")
                        .json()
                        .getJsonArray("residentIds")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(resB);
        var mismatch = admin.sendingInvalid().send("PUT", "api/users/" + f.id(), "{\"careHomeId\": " + homeA + "}");
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("SCOPE_MISMATCH");

        assertThat(audit(a.id())).contains("USER_RESCOPED", "careHomeId");
    }

    @Test
    @DisplayName("own password: a wrong current password is refused and changes nothing; the same password is refused")
    void ownPassword() {
        Account a = account("CITY_AUDITOR", object().build());
        var wrong = a.api()
                .sendingInvalid()
                .post(
                        "api/me/password",
                        object().add("currentPassword", "not-my-password")
                                .add("newPassword", "brand-new-pass-2")
                                .build());
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.code()).isEqualTo("CURRENT_PASSWORD_WRONG");
        assertThat(a.api().get("api/me").status()).isEqualTo(200);
        assertThat(admin.as(a.username(), "brand-new-pass-2")
                        .sendingInvalid()
                        .get("api/me")
                        .status())
                .isEqualTo(401);

        var same = a.api()
                .sendingInvalid()
                .post(
                        "api/me/password",
                        object().add("currentPassword", PASSWORD)
                                .add("newPassword", PASSWORD)
                                .build());
        assertThat(same.status()).as(same.toString()).isEqualTo(400);
        assertThat(same.code()).isEqualTo("PASSWORD_UNCHANGED");

        var ok = a.api()
                .post(
                        "api/me/password",
                        object().add("currentPassword", PASSWORD)
                                .add("newPassword", "brand-new-pass-2")
                                .build());
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(a.api().get("api/me").status()).as("the old password").isEqualTo(401);
        assertThat(admin.as(a.username(), "brand-new-pass-2").get("api/me").status())
                .isEqualTo(200);
        assertThat(audit(a.id())).contains("USER_PASSWORD_CHANGED").doesNotContain("brand-new-pass-2");
    }

    @Test
    @DisplayName("the last enabled administrator cannot disable themselves (409 LAST_ADMIN); with another one they can")
    void lastAdmin() {
        long self = admin.get("api/me").id();
        // other tests may have made administrators: disable them for the while, enable them again after
        List<Long> others = new ArrayList<>();
        try {
            while (true) {
                long other = Database.scalar("select coalesce(min(id), 0) from app_user where role = 'ADMIN' "
                        + "and enabled = true and id <> " + self);
                if (other == 0) {
                    break;
                }
                assertThat(admin.post("api/users/" + other + "/disable").status())
                        .isEqualTo(200);
                others.add(other);
            }
            var refused = admin.post("api/users/" + self + "/disable");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("LAST_ADMIN");
            assertThat(admin.get("api/me").status()).isEqualTo(200);
        } finally {
            others.forEach(id -> admin.post("api/users/" + id + "/enable"));
        }
        // with a second administrator, that one may disable itself
        Account second = account("ADMIN", object().build());
        var itself = second.api().post("api/users/" + second.id() + "/disable");
        assertThat(itself.status()).as(itself.toString()).isEqualTo(200);
        assertThat(second.api().get("api/me").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("only the administrator manages accounts; unknown ids are 404")
    void onlyTheAdministrator() {
        Account target = account("CITY_AUDITOR", object().build());
        Account other = account("CITY_AUDITOR", object().build());
        ApiClient notAdmin = other.api().sendingInvalid();
        for (String action : List.of("disable", "enable", "unlock", "reset-password")) {
            var r = notAdmin.post("api/users/" + target.id() + "/" + action);
            assertThat(r.status()).as(action + ": " + r).isEqualTo(403);
            var ghost = admin.sendingInvalid().post("api/users/987654321/" + action);
            assertThat(ghost.status()).as(action + ": " + ghost).isEqualTo(404);
            assertThat(ghost.code()).isEqualTo("USER_NOT_FOUND");
        }
        assertThat(target.api().get("api/me").status()).isEqualTo(200);
    }
}
