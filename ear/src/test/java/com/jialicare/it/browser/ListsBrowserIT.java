package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.PaidConstruction;
import com.jialicare.it.support.ServerClock;
import com.jialicare.it.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #16 item 4 on the screens: the residents list shows bed, admission day and status and the whole masked ID
 * number, sorts by its columns in the query, finds a number only by what the mask shows and says so when nothing
 * is found (no "0–0 / 0"); the review queue shows the submission day and the days waiting and sorts by them. In
 * Chinese, with a short check in English.
 */
@DisplayName("Browser: lists sort, search what they show, and say when they are empty")
class ListsBrowserIT extends BrowserITBase {

    private static final LocalDate FILED = LocalDate.of(2020, 6, 1);

    private long resident(String name, String idNumber) {
        var r = admin.post(
                "api/residents",
                object().add("name", name)
                        .add("idNumber", idNumber)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2023-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static String masked(String number) {
        return number.substring(0, 4) + "**********" + number.substring(14);
    }

    @Test
    @DisplayName("residents (中文): bed, admission, status, the whole masked ID; sorted; found only by what is shown")
    void residents() {
        long home = city.home("PRIVATE", "511102", FILED, 10);
        long bed1 = city.bed(home, "L-1", FILED);
        long bed2 = city.bed(home, "L-2", FILED);
        long bed3 = city.bed(home, "L-3", FILED);
        String a = TestData.name("甲列表");
        String b = TestData.name("乙列表");
        String c = TestData.name("丙列表");
        String numberA = TestData.idNumber(LocalDate.of(1941, 2, 3), true);
        long ra = resident(a, numberA);
        long rb = resident(b, TestData.idNumber(LocalDate.of(1942, 4, 5), false));
        long rc = resident(c, TestData.idNumber(LocalDate.of(1943, 6, 7), true));
        city.admit(ra, bed2, LocalDate.of(2024, 3, 1));
        city.admit(rb, bed1, LocalDate.of(2024, 1, 15));
        long stayC = city.admit(rc, bed3, LocalDate.of(2023, 5, 1));
        var discharged = admin.post(
                "api/stays/" + stayC + "/discharge",
                object().add("on", "2023-09-01").add("reason", "RETURNED_HOME").build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        String user = user("HOME_ADMIN", object().add("careHomeId", home));

        ResidentsPage page = loginPage().logInToCareHome(user, PASSWORD).openResidents();
        ListTable table = page.table();
        assertThat(table.headers()).contains("姓名", "身份证号码", "床位", "入住日期", "状态");
        // living here now, by name (甲 before 乙 in the database's order is not assumed: both are listed)
        assertThat(table.column("姓名")).containsExactlyInAnyOrder(a, b);
        assertThat(table.column("身份证号码")).contains(masked(numberA)).allMatch(id -> id.length() == 18);
        assertThat(table.cellFits(a, "身份证号码"))
                .as("the whole masked ID shows, not cut")
                .isTrue();

        table.sortBy("床位");
        assertThat(table.column("床位")).containsExactly("L-1", "L-2");
        assertThat(table.column("姓名")).containsExactly(b, a);
        table.sortBy("入住日期");
        assertThat(table.column("入住日期")).containsExactly("2024-01-15", "2024-03-01");
        table.sortBy("入住日期");
        assertThat(table.column("入住日期")).containsExactly("2024-03-01", "2024-01-15");
        assertThat(table.column("状态")).containsOnly("在住");

        page.showAll();
        table.sortBy("状态");
        assertThat(table.column("姓名")).as("living first, then discharged").containsExactly(a, b, c);
        assertThat(table.column("状态").get(2)).startsWith("已出院").contains("2023-09-01");

        // the hidden digits (the birth date) find nothing; the list says so, without "0–0 / 0"
        page.search(numberA.substring(6, 14), t -> !t.emptyMessage().isEmpty());
        assertThat(table.emptyMessage()).isEqualTo("暂无记录");
        assertThat(table.paginatorShown()).isFalse();
        assertThat(table.text()).doesNotContain("0–0");
        // what the mask shows finds the resident: the last four, the masked form as copied, the whole number
        for (String shown : List.of(numberA.substring(14), masked(numberA), numberA)) {
            page.search(shown, t -> t.emptyMessage().isEmpty() && t.column("姓名").contains(a));
            assertThat(table.column("身份证号码"))
                    .allMatch(id ->
                            id.startsWith(numberA.substring(0, 4)) || id.endsWith(shown.substring(shown.length() - 4)));
        }

        // English: the same list in the other language, its headers and its empty message
        ResidentsPage english = page.switchToEnglish().openResidents();
        assertThat(english.table().headers()).contains("Bed", "Admitted on", "Status");
        english.search("19410203", t -> !t.emptyMessage().isEmpty());
        assertThat(english.table().emptyMessage()).isEqualTo("No records");
        assertThat(english.table().paginatorShown()).isFalse();
    }

    @Test
    @DisplayName("review queue (中文): submission day and days waiting, sorted by them, searched by home")
    void queue() {
        CityPolicies.ensure(admin);
        String county = "511102";
        String token = TestData.name("队列");
        long older = home(token + "甲", county);
        long newer = home(token + "乙", county);
        LocalDate first = ServerClock.today(admin);
        PaidConstruction.submitted(homeAdmin(older), older, LocalDate.of(2024, 6, 1));
        LocalDate second = ServerClock.advanceTo(admin, first.plusDays(3));
        PaidConstruction.submitted(homeAdmin(newer), newer, LocalDate.of(2024, 6, 1));
        long waited = java.time.temporal.ChronoUnit.DAYS.between(first, second);
        String auditor = user("COUNTY_AUDITOR", object().add("countyCode", county));

        logIn(auditor);
        ReviewQueuePage queue = ReviewQueuePage.open(browser.driver(), base.toString());
        queue.search(token, t -> t.column("养老机构").size() == 2);
        ListTable table = queue.table();
        assertThat(table.headers()).contains("提交日期", "等待天数");

        table.sortBy("等待天数");
        assertThat(table.column("养老机构")).containsExactly(token + "乙", token + "甲");
        assertThat(table.column("提交日期")).containsExactly(second.toString(), first.toString());
        assertThat(table.column("等待天数")).containsExactly("0 天", waited + " 天");
        table.sortBy("等待天数");
        assertThat(table.column("养老机构")).containsExactly(token + "甲", token + "乙");
        table.sortBy("提交日期");
        assertThat(table.column("提交日期")).containsExactly(first.toString(), second.toString());

        queue.search(token + "无此机构", t -> !t.emptyMessage().isEmpty());
        assertThat(table.emptyMessage()).isEqualTo("暂无记录");
        assertThat(table.paginatorShown()).isFalse();
    }

    private long home(String name, String county) {
        var r = admin.post(
                "api/care-homes",
                object().add("name", name)
                        .add("creditCode", TestData.creditCode())
                        .add("ownership", "PRIVATE")
                        .add("countyCode", county)
                        .add("filedOn", FILED.toString())
                        .add("filedBeds", 10)
                        .add("premises", "OWNED")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        long home = r.id();
        city.bed(home, "Q-1", LocalDate.of(2023, 3, 1));
        city.bed(home, "Q-2", LocalDate.of(2023, 3, 1));
        return home;
    }

    private ApiClient homeAdmin(long home) {
        return city.user("HOME_ADMIN", object().add("careHomeId", home).build());
    }
}
