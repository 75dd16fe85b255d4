package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@DisplayName("Browser: a care home's administrator keeps the bed board and the residents")
class CareHomeBrowserIT extends BrowserITBase {

    /** The server's date (its training clock may have been moved on by an earlier test class). */
    private LocalDate TODAY;

    private String homeName;
    private String user;
    private String residentName;
    private long residentId;
    private long firstBed;
    private ApiClient homeAdmin;

    /** Through the API: a home with two beds in room 1, its administrator, and a registered resident. */
    @BeforeEach
    void aHomeWithTwoBedsAndOneResident() {
        TODAY = com.jialicare.it.support.ServerClock.today(admin);
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        firstBed = city.bed(home, "A-101-1", LocalDate.of(2021, 3, 1));
        city.bed(home, "A-101-2", LocalDate.of(2021, 3, 1));
        homeName = admin.get("api/care-homes/" + home).string("name");

        user = TestData.name("ui-home-");
        var created = admin.post(
                "api/users",
                object().add("username", user)
                        .add("password", PASSWORD)
                        .add("role", "HOME_ADMIN")
                        .add("careHomeId", home)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        residentName = TestData.name("王秀英");
        homeAdmin = admin.as(user, PASSWORD);
        var registered = homeAdmin.post(
                "api/residents",
                object().add("name", residentName)
                        .add("idNumber", TestData.idNumber(LocalDate.of(1946, 3, 8), false))
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        residentId = registered.id();
    }

    @Test
    @DisplayName("admit on the bed board, register with a mistyped and then a right ID number, switch to English")
    void journey() {
        CareHomePage overview = loginPage().logInToCareHome(user, PASSWORD);
        assertThat(overview.heading()).isEqualTo("本机构");
        assertThat(overview.homeName()).isEqualTo(homeName);
        assertThat(overview.county()).isEqualTo("市中区");
        assertThat(overview.navigation()).containsExactly("概览", "床位一览", "入住老人", "补贴测算", "补贴申请", "待办", "通知");
        assertThat(overview.bedsInService()).isEqualTo(2);
        assertThat(overview.occupied()).isZero();

        // admit the registered resident by clicking a vacant bed
        BedBoardPage board = overview.openBedBoard();
        assertThat(board.heading()).isEqualTo("床位一览");
        assertThat(board.bedCodes()).containsExactly("A-101-1", "A-101-2");
        assertThat(board.status("A-101-1")).isEqualTo("VACANT");
        board.click("A-101-1")
                .admit(residentName.substring(0, 3), residentName)
                .waitForStatus("A-101-1", "OCCUPIED")
                .waitForDialogClosed();
        assertThat(board.tileText("A-101-1"))
                .contains(residentName)
                .contains(TODAY.toString())
                .contains("入住于");
        assertThat(board.status("A-101-2")).isEqualTo("VACANT");
        assertThat(board.growl()).contains(residentName).contains("A-101-1");
        browser.screenshot("CareHomeBrowserIT-bed-board");

        // the resident now lives here; register another person, mistyping the ID number first
        ResidentsPage residents = board.openResidents();
        assertThat(residents.names()).contains(residentName);
        assertThat(residents.tableText()).doesNotContain("19460308").contains("**********");
        // the census printed: the list, without the menus, the search box, the buttons or the import form
        assertThat(Printing.shownInPrint(
                        browser.driver(),
                        By.cssSelector(".jiali-header"),
                        By.id("nav"),
                        By.cssSelector(".jiali-toolbar"),
                        By.id("import-panel"),
                        By.id("residents-form:residents")))
                .containsExactly(false, false, false, false, true);
        String newcomer = TestData.name("李建国");
        String rightId = TestData.idNumber(LocalDate.of(1950, 5, 6), true);
        char check = IdNumber.checkCharacter(rightId.substring(0, 17));
        String wrongId = rightId.substring(0, 17) + (check == '0' ? '1' : '0');

        residents.openRegister().name(newcomer).idNumber(wrongId);
        assertThat(residents.idCheckIsError()).isTrue();
        assertThat(residents.idCheck()).contains("校验码应为 " + check);
        browser.screenshot("CareHomeBrowserIT-register-wrong-id");

        residents.idNumber(rightId);
        assertThat(residents.idCheckIsError()).isFalse();
        assertThat(residents.idCheck()).contains("1950-05-06").contains("男");
        residents.hukou("511102").level(2).save().waitForDialogClosed();
        assertThat(residents.growl()).contains(newcomer);
        residents.showAll().filter(newcomer);
        assertThat(residents.names()).containsExactly(newcomer);
        assertThat(residents.tableText()).contains("2 中度失能");

        // in English
        residents.switchToEnglish();
        assertThat(residents.heading()).isEqualTo("Residents");
        assertThat(residents.navigation())
                .containsExactly(
                        "Overview",
                        "Bed board",
                        "Residents",
                        "Subsidy preview",
                        "Applications",
                        "To do",
                        "Notifications");
        assertThat(residents.tableText()).contains("ID number").contains("2 Moderate impairment");
        BedBoardPage english = residents.openBedBoard();
        assertThat(english.heading()).isEqualTo("Bed board");
        assertThat(english.tileText("A-101-1"))
                .contains("in " + TODAY)
                .contains(residentName)
                .contains("F")
                .contains("L2");
        browser.screenshot("CareHomeBrowserIT-bed-board-english");
    }

    @Test
    @DisplayName("a person registered by another home is not found by name, but by their whole ID number, and admitted")
    void admitsSomeoneRegisteredByAnotherHome() {
        long otherHome = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        ApiClient otherAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", otherHome).build());
        String mover = TestData.name("赵淑芬");
        // a number ending in X: one in eleven does, and the search once lower-cased the term and missed them
        String moverId = TestData.idNumber(LocalDate.of(1944, 11, 2), false);
        while (!moverId.endsWith("X")) {
            moverId = TestData.idNumber(LocalDate.of(1944, 11, 2), false);
        }
        var registered = otherAdmin.post(
                "api/residents",
                object().add("name", mover)
                        .add("idNumber", moverId)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 1)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();
        board.click("A-101-2");
        assertThat(board.suggestionsFor(mover)).contains("没有匹配").doesNotContain(mover);
        assertThat(board.suggestionsFor(moverId.substring(0, 14)))
                .contains("没有匹配")
                .doesNotContain(mover);
        board.admit(moverId, mover).waitForStatus("A-101-2", "OCCUPIED").waitForDialogClosed();
        assertThat(board.tileText("A-101-2")).contains(mover);
        browser.screenshot("CareHomeBrowserIT-admit-from-other-home");
    }

    @Test
    @DisplayName(
            "the overview counts the beds and names who reaches six months; a move, a refused discharge, an absence")
    void movesAndRecords() {
        LocalDate admitted = TODAY.minusMonths(6).plusDays(5);
        new City(homeAdmin).admit(residentId, firstBed, admitted);

        CareHomePage overview = loginPage().logInToCareHome(user, PASSWORD);
        assertThat(overview.occupied()).isEqualTo(1);
        assertThat(overview.vacant()).isEqualTo(1);
        assertThat(overview.occupancy()).isEqualTo("50%");
        assertThat(overview.anniversaries())
                .contains(residentName)
                .contains(admitted.plusMonths(6).toString());
        browser.screenshot("CareHomeBrowserIT-overview");

        BedBoardPage board = overview.openBedBoard();
        board.click("A-101-1")
                .transferTo("A-101-2")
                .waitForStatus("A-101-2", "OCCUPIED")
                .waitForDialogClosed();
        assertThat(board.status("A-101-1")).isEqualTo("VACANT");
        assertThat(board.tileText("A-101-2")).contains(residentName).contains(TODAY.toString());

        // moved in today, so a discharge today is refused: the message says why, before any question, and nothing
        // changes
        board.click("A-101-2");
        assertThat(board.askDischarge(board.day(), "回家"))
                .as("refused before asking")
                .isNull();
        assertThat(board.growl()).contains("退住日期不能早于转入当前床位的日期 " + TODAY);
        assertThat(board.dialogOpen()).isTrue();
        assertThat(board.status("A-101-2")).isEqualTo("OCCUPIED");

        ResidentPage record = board.openOccupant();
        assertThat(record.heading()).isEqualTo(residentName);
        assertThat(record.identity())
                .contains("1946-03-08")
                .contains("女")
                .contains("511102")
                .contains("2 中度失能");
        assertThat(record.stays())
                .contains(admitted.toString())
                .contains("A-101-1")
                .contains("A-101-2")
                .contains("在住");

        record.recordAbsence("住院", TODAY.plusDays(3).toString());
        assertThat(record.stays()).contains("住院").contains(TODAY.plusDays(3).toString());
        browser.screenshot("CareHomeBrowserIT-resident");
    }

    @Test
    @DisplayName("a bed code the home already has is refused with a message and adds nothing; a new one is added, "
            + "a vacant one retired")
    void addsAndRetiresBeds() {
        BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();

        board.addBed("1", "A-101-1");

        assertThat(board.growl()).contains("A-101-1").contains("已有床位");
        assertThat(board.addBedDialogOpen()).isTrue();
        assertThat(board.bedCodes()).containsExactly("A-101-1", "A-101-2");

        board.addBed("1", "A-101-3").waitForAddBedClosed().waitForStatus("A-101-3", "VACANT");
        assertThat(board.bedCodes()).containsExactly("A-101-1", "A-101-2", "A-101-3");

        board.click("A-101-2").retire().waitForStatus("A-101-2", "RETIRED").waitForDialogClosed();
        assertThat(board.tileText("A-101-2")).contains("已停用");
    }
}
