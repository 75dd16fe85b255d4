package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@DisplayName("Browser: a subsidy application from the home through the county and the city to the family")
class SubsidyJourneyBrowserIT extends BrowserITBase {

    /** 沐川县: no other test files homes there, so its auditor's queue holds only what these tests put in. */
    private static final String COUNTY = "511129";

    private ApiClient as(String username) {
        return admin.as(username, PASSWORD);
    }

    private String name(String path) {
        return admin.get(path).json().getString("name");
    }

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    @Test
    @DisplayName(
            "the home applies for 2024, the county approves, the city publishes, approves and pays, the family reads it")
    void journey() {
        // level 3: 250 a month in every policy version the suite knows; six months reached on 2024-07-01
        var admitted = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("J-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        long home = admitted.home();
        long resident = admitted.resident();
        String homeName = name("api/care-homes/" + home);
        String elder = name("api/residents/" + resident);
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        String cityAuditor = user("CITY_AUDITOR", object());
        String family = user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(resident)));

        // the home's administrator: a new operating application for 2024, looked at, then submitted
        WebDriver driver = logIn(homeAdmin);
        ApplicationsPage apps = ApplicationsPage.open(driver, base.toString()).newOperating("2024-01", "2024-12");
        assertThat(apps.state()).isEqualTo("草稿");
        assertThat(apps.lineCount()).isEqualTo(12);
        assertThat(apps.total()).isEqualTo("¥1,750.00"); // June to December, 7 × 250
        assertThat(apps.firstLineReason()).isEqualTo("入住未满政策规定的最短期限");
        apps.submit();
        assertThat(apps.state()).isEqualTo("已提交");
        assertThat(apps.revision()).isEqualTo("1");
        assertThat(apps.total()).isEqualTo("¥1,750.00");
        long id = Long.parseLong(apps.applicationId());
        // the export links work with the UI's session, no Basic credentials
        assertThat(apps.fetch(apps.xlsxHref()))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(apps.fetch(apps.pdfHref())).startsWith("200 application/pdf");
        browser.wholePageScreenshot("care-home-application");

        // the county's auditor finds it waiting in the queue and approves
        driver = logIn(county);
        ReviewQueuePage queue = new ReviewQueuePage(driver);
        assertThat(queue.rows()).anyMatch(r -> r.contains(homeName) && r.contains("已提交"));
        ReviewPage review = queue.review(homeName).approve("材料齐全", "区县已审核");
        assertThat(review.state()).isEqualTo("区县已审核");

        // the city publishes today; the training clock (as a trainer would) moves past the seven days, and
        // every page says so; then the city approves and records the payment
        LocalDate today = ServerClock.today(admin);
        driver = logIn(cityAuditor);
        queue = new ReviewQueuePage(driver);
        assertThat(queue.rows()).anyMatch(r -> r.contains(homeName) && r.contains("区县已审核"));
        review = queue.review(homeName).startNotice(today.toString());
        assertThat(review.notice()).isEqualTo(today + " – " + today.plusDays(6));
        LocalDate later = ServerClock.advanceTo(admin, today.plusDays(7));
        review = ReviewPage.open(driver, base.toString(), id);
        assertThat(review.trainingClock()).contains(later.toString());
        review.approve("公示无异议", "市级已审批");
        assertThat(review.proposedPayment()).isEqualTo("¥1,750.00");
        review.pay("PZ-UI-" + id);
        assertThat(review.state()).isEqualTo("已拨付");
        browser.wholePageScreenshot("audit-application");
        JsonObject stored = as(cityAuditor).get("api/applications/" + id).json();
        assertThat(stored.getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "SUBMIT", "COUNTY_APPROVE", "START_NOTICE", "CITY_APPROVE", "PAY");

        // the family member: where the elder lives, and the subsidy in plain words
        driver = logIn(family);
        FamilyPage page = new FamilyPage(driver);
        assertThat(page.elderNames()).containsExactly(elder);
        assertThat(page.field("home")).isEqualTo(homeName);
        assertThat(page.field("since")).isEqualTo("2024年1月1日");
        assertThat(page.field("sixMonthsOn")).isEqualTo("2024年7月1日");
        assertThat(page.field("sixMonthsReached")).isEqualTo("已满");
        assertThat(page.field("level")).contains("重度失能");
        assertThat(page.applicationStates()).containsExactly("政府补贴已发放给养老院");
        assertThat(page.fontSizePx()).isGreaterThanOrEqualTo(22.0);
        browser.wholePageScreenshot("family");
    }

    @Test
    @DisplayName(
            "the auditor opens a line and sees the facts behind it: resident, stay, beds, absences, assessments, policy; a bed's line shows the bed")
    void drillDown() {
        long home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        long bed1 = city.bed(home, "D-1", LocalDate.of(2022, 1, 10));
        long bed2 = city.bed(home, "D-2", LocalDate.of(2022, 2, 20));
        long resident = city.resident(LocalDate.of(1948, 5, 5), COUNTY, 1, LocalDate.of(2023, 12, 1));
        long stay = city.admit(resident, bed1, LocalDate.of(2024, 1, 1));
        ok(admin.post(
                "api/stays/" + stay + "/transfers",
                object().add("bedId", bed2).add("on", "2024-03-01").build()));
        ok(admin.post(
                "api/stays/" + stay + "/absences",
                object().add("from", "2024-08-05")
                        .add("until", "2024-08-25")
                        .add("kind", "HOSPITAL")
                        .build()));
        ok(admin.post(
                "api/residents/" + resident + "/assessments",
                object().add("level", 2).add("effectiveOn", "2024-06-01").build()));
        String elder = name("api/residents/" + resident);
        ApiClient homeAdmin = as(user("HOME_ADMIN", object().add("careHomeId", home)));
        var created = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-09")
                        .build());
        long operating = created.id();
        ok(homeAdmin.post("api/applications/" + operating + "/submit"));
        long construction = homeAdmin
                .post(
                        "api/applications",
                        object().add("careHomeId", home)
                                .add("kind", "CONSTRUCTION")
                                .add("asOf", "2024-06-01")
                                .build())
                .id();
        ok(homeAdmin.post("api/applications/" + construction + "/submit"));
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));

        WebDriver driver = logIn(county);
        ReviewPage review = ReviewPage.open(driver, base.toString(), operating);
        assertThat(review.state()).isEqualTo("已提交");
        String august = review.facts(1); // lines: July, August, September
        assertThat(review.factsField("month")).isEqualTo("2024-08");
        assertThat(review.factsField("residentName")).isEqualTo(elder);
        assertThat(review.factsField("admittedOn")).isEqualTo("2024-01-01");
        assertThat(review.factsField("dischargedOn")).isEqualTo("仍在住");
        assertThat(review.factsField("hukou")).isEqualTo(COUNTY);
        assertThat(review.factsField("beds")).contains("D-1").contains("D-2").contains("2024-03-01");
        assertThat(review.factsField("absences"))
                .contains("住院")
                .contains("2024-08-05")
                .contains("2024-08-25");
        assertThat(review.factsField("assessments"))
                .contains("2023-12-01")
                .contains("轻度失能")
                .contains("2024-06-01")
                .contains("中度失能");
        assertThat(review.factsField("policyVersion")).matches("\\d+ \\(施行自 \\d{4}-\\d{2}-\\d{2}\\)");
        assertThat(review.factsField("presentDays")).isEqualTo("11"); // 31 days, away 5 to 24 August
        assertThat(august).contains("当月在院天数不足");
        browser.wholePageScreenshot("audit-facts-resident-month");
        review.closeFacts();

        review = ReviewPage.open(driver, base.toString(), construction);
        review.facts(1);
        assertThat(review.factsField("bedCode")).isEqualTo("D-2");
        assertThat(review.factsField("room")).isEqualTo("1");
        assertThat(review.factsField("commissionedOn")).isEqualTo("2022-02-20");
        assertThat(review.factsField("retiredOn")).isEqualTo("在用");
        assertThat(review.factsField("ownership")).isEqualTo("民办");
        assertThat(review.factsField("filedBeds")).isEqualTo("10");
        assertThat(review.factsField("rate")).startsWith("¥");
    }

    @Test
    @DisplayName(
            "the family page shows the linked elder only: nothing of another resident of the same home and application")
    void familySeesOnlyTheirOwn() {
        long home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        long bedA = city.bed(home, "F-1", LocalDate.of(2022, 1, 10));
        long bedB = city.bed(home, "F-2", LocalDate.of(2022, 1, 10));
        long mine = city.resident(LocalDate.of(1947, 2, 2), COUNTY, 2, LocalDate.of(2023, 12, 1));
        long other = city.resident(LocalDate.of(1946, 6, 6), COUNTY, 4, LocalDate.of(2023, 12, 1));
        city.admit(mine, bedA, LocalDate.of(2024, 1, 1));
        city.admit(other, bedB, LocalDate.of(2024, 2, 1));
        ApiClient homeAdmin = as(user("HOME_ADMIN", object().add("careHomeId", home)));
        long id = homeAdmin
                .post(
                        "api/applications",
                        object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2024-07")
                                .add("to", "2024-09")
                                .build())
                .id();
        ok(homeAdmin.post("api/applications/" + id + "/submit"));
        JsonObject otherOne = admin.get("api/residents/" + other).json();
        String family = user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(mine)));

        WebDriver driver = logIn(family);
        FamilyPage page = new FamilyPage(driver);
        assertThat(page.elderNames()).containsExactly(name("api/residents/" + mine));
        assertThat(page.field("bed")).contains("F-1");
        assertThat(page.applicationStates()).containsExactly("已提交，等待区县民政局审核");
        String source = page.pageSource();
        assertThat(source)
                .doesNotContain(otherOne.getString("name"))
                .doesNotContain("F-2")
                .doesNotContain(otherOne.getString("idNumber"))
                .doesNotContain("完全失能");

        // and the other areas stay closed to a family account
        driver.get(base + "app/audit/application.xhtml?id=" + id);
        assertThat(driver.getPageSource()).contains("无权").doesNotContain(otherOne.getString("name"));
        driver.get(base + "app/care-home/applications.xhtml");
        assertThat(driver.getPageSource()).contains("无权");
    }

    @Test
    @DisplayName("the public notice needs no login, hides names and takes an objection, which the city then sees")
    void publicNotice() {
        var admitted = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("N-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1949, 9, 9), 1, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        long home = admitted.home();
        long resident = admitted.resident();
        String elder = name("api/residents/" + resident);
        ApiClient homeAdmin = as(user("HOME_ADMIN", object().add("careHomeId", home)));
        ApiClient countyAuditor = as(user("COUNTY_AUDITOR", object().add("countyCode", COUNTY)));
        ApiClient cityAuditor = as(user("CITY_AUDITOR", object()));
        long id = homeAdmin
                .post(
                        "api/applications",
                        object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2024-07")
                                .add("to", "2024-08")
                                .build())
                .id();
        ok(homeAdmin.post("api/applications/" + id + "/submit"));
        ok(countyAuditor.post("api/applications/" + id + "/approve", "{}"));
        ok(cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", ServerClock.today(admin).toString()).build()));

        WebDriver driver = browser.driver();
        PublicNoticePage notice = PublicNoticePage.open(driver, base.toString());
        String text = notice.notice(id);
        assertThat(text)
                .contains(name("api/care-homes/" + home))
                .contains(elder.charAt(0) + "*")
                .contains("2024-07")
                .contains("¥150.00");
        assertThat(notice.pageSource()).doesNotContain(elder);
        // the notice to post on a wall: every line, how to object, and printed without menus or buttons
        String sheet = notice.printable(id);
        assertThat(sheet)
                .contains("养老机构床位补贴公示", "申请编号 " + id, elder.charAt(0) + "*", "2024-07", "2024-08", "公示期为", "乐山市民政局")
                .doesNotContain(elder);
        assertThat(Printing.shownInPrint(
                        driver,
                        By.cssSelector(".jiali-header"),
                        By.id("print"),
                        By.cssSelector("section.jiali-notice-sheet")))
                .containsExactly(false, false, true);
        browser.wholePageScreenshot("public-notice-print");
        notice = PublicNoticePage.open(driver, base.toString());
        String growl = notice.object(id, "该老人8月已回家居住");
        assertThat(growl).contains("异议已记录");
        browser.wholePageScreenshot("public-notice");

        var objections = cityAuditor.get("api/applications/" + id).json().getJsonArray("objections");
        assertThat(objections).hasSize(1);
        assertThat(objections.getJsonObject(0).getString("text")).isEqualTo("该老人8月已回家居住");

        // a second one, and the city dismisses both together from the review screen
        assertThat(admin.anonymous()
                        .post(
                                "api/applications/" + id + "/objections",
                                object().add("text", "该老人7月住院").build())
                        .status())
                .isEqualTo(201);
        String cityUser = user("CITY_AUDITOR", object());
        driver = logIn(cityUser);
        ReviewPage review = ReviewPage.open(driver, base.toString(), id).decideAllObjections(false, "经核实不属实");
        assertThat(review.objectionDecisions()).containsExactly("不成立", "不成立");
        assertThat(cityAuditor
                        .get("api/applications/" + id)
                        .json()
                        .getJsonArray("objections")
                        .getValuesAs(JsonObject.class))
                .allMatch(o -> !o.isNull("upheld") && !o.getBoolean("upheld"));
    }
}
