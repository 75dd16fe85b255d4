package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: the administrator creates accounts")
class UsersBrowserIT extends BrowserITBase {

    /** New accounts sort before every other in any collation, so they are on the list's first page. */
    private static final String FIRST = "aa-ui-";

    @Test
    @DisplayName("a care-home administrator, created with the home picked in its county, can log in to that home")
    void createsHomeAdministrator() {
        long home = city.home("PRIVATE", "511181", LocalDate.of(2020, 6, 1), 10);
        String homeName = admin.get("api/care-homes/" + home).string("name");
        String username = TestData.name(FIRST);

        UsersPage users = loginPage().logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        assertThat(users.heading()).isEqualTo("用户账号");
        assertThat(users.navigation()).containsExactly("系统管理", "用户账号", "政策参数", "养老机构", "居民");

        users.openNew().credentials(username, PASSWORD).role("养老机构管理员").careHome("511181", homeName);
        browser.screenshot("UsersBrowserIT-new-home-admin");
        users.save().waitForDialogClosed();

        assertThat(users.growl()).contains(username);
        assertThat(users.tableText()).contains(username).contains(homeName);

        CareHomePage overview = users.logOut().logInToCareHome(username, PASSWORD);
        assertThat(overview.homeName()).isEqualTo(homeName);
    }

    @Test
    @DisplayName("a family account is linked to the resident picked by name")
    void createsFamilyAccount() {
        String elder = TestData.name("张桂兰");
        var registered = admin.post(
                "api/residents",
                ApiClient.object()
                        .add("name", elder)
                        .add("idNumber", TestData.idNumber(LocalDate.of(1940, 1, 2), false))
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 1)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String username = TestData.name(FIRST + "family-");

        UsersPage users = loginPage().logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        users.openNew()
                .credentials(username, PASSWORD)
                .role("家属")
                .linkResident(elder)
                .save()
                .waitForDialogClosed();

        // the elder by name, not by record number (issue #14 item 7)
        assertThat(users.tableText()).contains(username).contains("家属").contains(elder);
        var me = admin.as(username, PASSWORD).get("api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body()).contains(String.valueOf(registered.id()));
    }

    @Test
    @DisplayName("a password that is too short is refused with the rule, in the dialog that stays open")
    void refusesShortPassword() {
        UsersPage users = loginPage().logInToUsers("admin", Deployments.ADMIN_PASSWORD);

        users.openNew()
                .credentials(TestData.name(FIRST), "short")
                .role("市民政审核员")
                .save();

        assertThat(users.growl()).contains("密码应为 8 到 200 个字符");
    }
}
