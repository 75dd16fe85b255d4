package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.ServerClock;
import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue #16 item 8: the family page and the public notice on a 390-pixel phone, in Chinese and in English — no
 * horizontal scroll, a header of a few lines, dates written out, plain words, the home's name, address and
 * phone — and the auditor's approval page on a tablet with every action button in view.
 */
@DisplayName("Browser: phones and tablets")
class PhoneBrowserIT extends BrowserITBase {

    /** 沙湾区: the county does not matter here; the pages are opened by id. */
    private static final String COUNTY = "511111";

    private static final String ADDRESS = "四川省乐山市沙湾区沫若大道88号";
    private static final String PHONE = "0833-3456789";

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    private record Filed(long home, String homeName, long resident, long application, String county) {}

    /** A home with an address and phone, an elder admitted on 2024-01-01, and an operating application submitted. */
    private Filed submitted() {
        String homeName = TestData.name("长乐养老院");
        var created = admin.post(
                "api/care-homes",
                object().add("name", homeName)
                        .add("creditCode", TestData.creditCode())
                        .add("ownership", "PRIVATE")
                        .add("countyCode", COUNTY)
                        .add("filedOn", "2020-01-01")
                        .add("filedBeds", 10)
                        .add("premises", "OWNED")
                        .add("address", ADDRESS)
                        .add("phone", PHONE)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("phone")).isEqualTo(PHONE);
        long home = created.id();
        long bed = city.bed(home, "P-101-1", LocalDate.of(2022, 1, 10));
        long resident = city.resident(LocalDate.of(1948, 4, 4), COUNTY, 3, LocalDate.of(2023, 12, 1));
        city.admit(resident, bed, LocalDate.of(2024, 1, 1));
        ApiClient homeAdmin = admin.as(user("HOME_ADMIN", object().add("careHomeId", home)), PASSWORD);
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
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        return new Filed(home, homeName, resident, id, county);
    }

    /** The page fits a phone: no horizontal scroll, and a header of a few lines, not one character per line. */
    private static void fitsThePhone(Viewport phone, String page) {
        assertThat(phone.innerWidth()).as("laid out at phone width").isBetween(370L, 400L);
        assertThat(phone.horizontalOverflow()).as(page + ": horizontal scroll").isZero();
        assertThat(phone.height(".jiali-header")).as(page + ": header height").isLessThan(180.0);
    }

    @Test
    @DisplayName(
            "at 390×844 the family page (Chinese, then English) and the public notice fit the screen, with dates written out, plain words and the home's address and phone")
    void familyAndNoticeOnAPhone() {
        Filed filed = submitted();
        ok(admin.as(filed.county(), PASSWORD).post("api/applications/" + filed.application() + "/approve", "{}"));
        ok(admin.as(user("CITY_AUDITOR", object()), PASSWORD)
                .post(
                        "api/applications/" + filed.application() + "/notice",
                        object().add("from", ServerClock.today(admin).toString())
                                .build()));
        String family = user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(filed.resident())));

        WebDriver driver = logIn(family);
        Viewport phone = Viewport.of(driver, 390, 844);
        FamilyPage page = FamilyPage.open(driver, base.toString());
        fitsThePhone(phone, "family page (zh)");
        assertThat(page.field("home")).isEqualTo(filed.homeName());
        assertThat(page.field("address")).isEqualTo(ADDRESS);
        assertThat(page.field("phone")).isEqualTo(PHONE);
        assertThat(page.phoneLink()).isEqualTo("tel:08333456789");
        assertThat(page.field("since")).isEqualTo("2024年1月1日");
        assertThat(page.field("sixMonthsOn")).isEqualTo("2024年7月1日");
        assertThat(page.field("summary"))
                .contains("2024年1月1日", "2024年7月1日", "养老院可以为老人申请政府补贴")
                .doesNotContain("2024-01-01", "可计入");
        assertThat(page.applicationStates()).containsExactly("名单正在向社会公开，接受群众意见");
        assertThat(page.applicationMeanings()).singleElement().asString().contains("任何人发现问题都可以提出");
        String zhText = driver.findElement(By.cssSelector(".jiali-family")).getText();
        // the kind keeps its name (运营补贴); the officials' phrases go
        assertThat(zhText).contains("2024年7月至8月").doesNotContain("公示", "可计入", "拨付", "2024-07");
        assertThat(page.fontSizePx()).as("still large print").isGreaterThanOrEqualTo(18.0);
        browser.wholePageScreenshot("phone-family-zh");

        page = page.switchToEnglish();
        fitsThePhone(phone, "family page (en)");
        assertThat(page.field("since")).isEqualTo("1 January 2024");
        assertThat(page.field("sixMonthsOn")).isEqualTo("1 July 2024");
        assertThat(page.field("address")).isEqualTo(ADDRESS);
        assertThat(page.field("phone")).isEqualTo(PHONE);
        assertThat(page.field("summary")).contains("1 January 2024", "the home may apply for the government subsidy");
        assertThat(page.applicationStates()).containsExactly("the list is shown to the public, who may comment");
        assertThat(page.applicationMeanings()).singleElement().asString().contains("anyone who sees a mistake");
        assertThat(driver.findElement(By.cssSelector(".jiali-family")).getText())
                .contains("July – August 2024")
                .doesNotContain("2024-01-01", "2024-07");
        browser.wholePageScreenshot("phone-family-en");

        // the public notice, without a login, on the same phone
        browser.logOut();
        PublicNoticePage notice = PublicNoticePage.open(driver, base.toString());
        fitsThePhone(phone, "public notice (zh)");
        assertThat(notice.notice(filed.application())).contains(filed.homeName());
        browser.wholePageScreenshot("phone-notice-zh");
        notice = notice.switchToEnglish();
        fitsThePhone(phone, "public notice (en)");
        assertThat(notice.notice(filed.application())).contains(filed.homeName());
    }

    @Test
    @DisplayName(
            "on a tablet (768×1024 and 1024×768) the approval page keeps its action buttons in view and its tables in their box")
    void approvalPageOnATablet() {
        Filed filed = submitted();
        WebDriver driver = logIn(filed.county());
        for (int[] size : new int[][] {{768, 1024}, {1024, 768}}) {
            Viewport tablet = Viewport.of(driver, size[0], size[1]);
            ReviewPage.open(driver, base.toString(), filed.application());
            String at = size[0] + "×" + size[1];
            long width = tablet.innerWidth();
            assertThat(width).as(at).isLessThanOrEqualTo(size[0]);
            assertThat(tablet.horizontalOverflow())
                    .as(at + ": horizontal scroll")
                    .isZero();
            var buttons = tablet.rightEdges(By.cssSelector("#review .jiali-toolbar .ui-button"));
            assertThat(buttons).as(at + ": approve, return, xlsx, pdf").hasSizeGreaterThanOrEqualTo(4);
            assertThat(buttons)
                    .as(at + ": right edges of the buttons")
                    .allSatisfy(right -> assertThat(right).isLessThanOrEqualTo((double) width));
            browser.wholePageScreenshot("tablet-approval-" + size[0]);
        }
    }
}
