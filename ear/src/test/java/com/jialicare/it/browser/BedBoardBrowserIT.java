package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.ServerClock;
import com.jialicare.it.support.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

@DisplayName("Browser: the bed board of a 200-bed home (issue #16)")
class BedBoardBrowserIT extends BrowserITBase {

    private static final int PEOPLE = 24;

    private LocalDate today;
    private long home;
    private String user;
    private ApiClient homeAdmin;
    private final Map<String, Long> beds = new HashMap<>();
    /** Occupant i's name, bed, sex and level (i % 5). */
    private final List<String> names = new ArrayList<>();

    private final List<String> bedOf = new ArrayList<>();
    private int women;
    private String moverName;
    private LocalDate movedOn;
    private LocalDate moverAdmitted;
    private String awayName;

    /**
     * Through the API: buildings A and B, five floors each, ten twin rooms a floor ("A-101-1"); 24 residents of
     * both sexes and every care level, admitted over the last year; one moved a week ago, one away today.
     */
    @BeforeEach
    void aHomeWith200Beds() {
        today = ServerClock.today(admin);
        home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 200);
        for (char building : new char[] {'A', 'B'}) {
            for (int floor = 1; floor <= 5; floor++) {
                for (int room = 1; room <= 10; room++) {
                    String roomName = building + "-" + floor + String.format("%02d", room);
                    for (int bed = 1; bed <= 2; bed++) {
                        var r = admin.post(
                                "api/care-homes/" + home + "/beds",
                                object().add("code", roomName + "-" + bed)
                                        .add("room", roomName)
                                        .add("commissionedOn", "2021-03-01")
                                        .build());
                        assertThat(r.status()).as(r.toString()).isEqualTo(201);
                        beds.put(roomName + "-" + bed, r.id());
                    }
                }
            }
        }
        user = user("HOME_ADMIN", object().add("careHomeId", home));
        homeAdmin = admin.as(user, PASSWORD);
        List<String> codes = beds.keySet().stream().sorted().toList();
        long moverStay = 0;
        long awayStay = 0;
        for (int i = 0; i < PEOPLE; i++) {
            boolean male = i % 3 == 0;
            women += male ? 0 : 1;
            String name = TestData.name(male ? "张建国" : "王秀英");
            var registered = homeAdmin.post(
                    "api/residents",
                    object().add("name", name)
                            .add("idNumber", TestData.idNumber(LocalDate.of(1940 + i % 10, 3, 8), male))
                            .add("hukouCode", "511102")
                            .add("stateSupported", false)
                            .add("careLevel", i % 5)
                            .add("assessedOn", "2024-01-10")
                            .build());
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            String code = codes.get(i * 8); // spread over both buildings and every floor
            LocalDate admitted = today.minusDays(10 + i * 15L);
            var stay = homeAdmin.post(
                    "api/stays",
                    object().add("residentId", registered.id())
                            .add("bedId", beds.get(code))
                            .add("admittedOn", admitted.toString())
                            .build());
            assertThat(stay.status()).as(stay.toString()).isEqualTo(201);
            names.add(name);
            bedOf.add(code);
            if (i == 13) {
                moverStay = stay.id();
                moverName = name;
                moverAdmitted = admitted;
            }
            if (i == 20) { // admitted 310 days ago: both badges on one tile
                awayStay = stay.id();
                awayName = name;
            }
        }
        movedOn = today.minusDays(7);
        var moved = homeAdmin.post(
                "api/stays/" + moverStay + "/transfers",
                object().add("bedId", beds.get("B-510-2"))
                        .add("on", movedOn.toString())
                        .build());
        assertThat(moved.status()).as(moved.toString()).isBetween(200, 201);
        bedOf.set(13, "B-510-2");
        var away = homeAdmin.post(
                "api/stays/" + awayStay + "/absences",
                object().add("from", today.minusDays(2).toString())
                        .add("until", today.plusDays(3).toString())
                        .build());
        assertThat(away.status()).as(away.toString()).isBetween(200, 201);
    }

    @Test
    @DisplayName("grouped by building and floor, filtered, a resident found, the list, the move day, two screens high")
    void aLargeHomesBoard() {
        BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();

        // grouped: ten floors, A before B, floors in order, each bed in its room
        List<String> expectedFloors = new ArrayList<>();
        for (String b : List.of("A", "B")) {
            for (int f = 1; f <= 5; f++) {
                expectedFloors.add(b + "/" + f);
            }
        }
        assertThat(board.floors()).containsExactlyElementsOf(expectedFloors);
        assertThat(board.bedCodes()).hasSize(200);
        assertThat(board.placeOf("A-101-1")).isEqualTo("A/1/A-101");
        assertThat(board.placeOf("B-305-2")).isEqualTo("B/3/B-305");
        assertThat(board.shown()).contains("显示 200 张床位，共 200 张");

        // the tiles: sex, care level, admission day; the mover's tile shows the move day; away; minimum stay
        String first = bedOf.get(0);
        assertThat(board.tileText(first))
                .contains(names.get(0))
                .contains("男")
                .contains("0级")
                .contains("入住于 " + today.minusDays(10));
        assertThat(board.tileText("B-510-2"))
                .contains(moverName)
                .contains("转入于 " + movedOn)
                .doesNotContain(moverAdmitted.toString());
        assertThat(board.tileText(bedOf.get(20)))
                .contains(awayName)
                .contains("外出")
                .contains("满期");
        assertThat(board.overflowing()).as("tiles whose text is cut off").isEmpty();
        assertThat(board.tileText(bedOf.get(23))).contains("满期"); // admitted 355 days ago
        assertThat(board.tileText(bedOf.get(1))).doesNotContain("满期").doesNotContain("外出"); // 25 days ago
        browser.wholePageScreenshot("BedBoardBrowserIT-200-beds");

        // filters narrow the tiles
        board.toggleVacantOnly();
        assertThat(board.statuses()).hasSize(200 - PEOPLE).containsOnly("VACANT");
        board.toggleVacantOnly().filterSex("女");
        assertThat(board.statuses()).hasSize(women).containsOnly("OCCUPIED");
        board.filterSex("全部").filterCareLevel("4 完全失能");
        List<String> levelFour = new ArrayList<>();
        for (int i = 4; i < PEOPLE; i += 5) {
            levelFour.add(bedOf.get(i));
        }
        assertThat(board.bedCodes()).containsExactlyInAnyOrderElementsOf(levelFour);
        assertThat(board.floors()).hasSizeLessThan(10); // floors without such beds are left out
        board.filterCareLevel("全部").filterStatus("已入住");
        assertThat(board.statuses()).hasSize(PEOPLE).containsOnly("OCCUPIED");
        board.filterStatus("全部");
        assertThat(board.bedCodes()).hasSize(200);

        // the find box highlights the resident's bed
        board.find(moverName);
        assertThat(board.highlighted()).containsExactly("B-510-2");
        assertThat(board.shown()).contains("找到 1 张");

        // the list: a row a bed, the admission day with the move day, the highlight kept
        board.filterStatus("已入住").view("列表");
        Map<String, String> rows = board.listRows();
        assertThat(rows).hasSize(PEOPLE);
        assertThat(rows.get("B-510-2"))
                .contains(moverName)
                .contains(moverAdmitted.toString())
                .contains("转入于 " + movedOn);
        assertThat(rows.get(bedOf.get(20))).contains("外出");
        assertThat(board.highlighted()).containsExactly("B-510-2");
        browser.screenshot("BedBoardBrowserIT-list");
        board.view("床位图").filterStatus("全部").find(" ");
        assertThat(board.highlighted()).isEmpty();

        // a reassessment and an absence recorded elsewhere show on the next board (the cached timeline is dropped)
        assertThat(board.tileText(bedOf.get(1))).contains("1级").doesNotContain("外出");
        var occupant = homeAdmin.get("api/care-homes/" + home + "/beds").array().stream()
                .map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals(bedOf.get(1)))
                .findFirst()
                .orElseThrow()
                .getJsonObject("occupant");
        long secondResident = occupant.getJsonNumber("stayId").longValue();
        long secondPerson = occupant.getJsonNumber("residentId").longValue();
        var reassessed = homeAdmin.post(
                "api/residents/" + secondPerson + "/assessments",
                object().add("level", 3)
                        .add("effectiveOn", today.minusDays(1).toString())
                        .build());
        assertThat(reassessed.status()).as(reassessed.toString()).isEqualTo(201);
        var absent = homeAdmin.post(
                "api/stays/" + secondResident + "/absences",
                object().add("from", today.toString())
                        .add("until", today.plusDays(2).toString())
                        .build());
        assertThat(absent.status()).as(absent.toString()).isBetween(200, 201);

        // 200 beds in about two screens at 1366×768
        browser.driver().manage().window().setSize(new Dimension(1366, 768));
        browser.driver().navigate().refresh();
        board = new BedBoardPage(browser.driver());
        assertThat(board.bedCodes()).hasSize(200);
        assertThat(board.tileText(bedOf.get(1))).contains("3级").contains("外出");
        long[] heights = board.pageAndScreenHeight();
        System.out.printf(
                "BedBoardBrowserIT: 200-bed board at 1366x768: page %d px, window %d px: %.2f screens of 768%n",
                heights[0], heights[1], heights[0] / 768.0);
        assertThat(heights[0]).as("page height of the 200-bed board").isLessThanOrEqualTo(2 * 768);

        // in English the tiles say the same, and nothing is cut off
        board.switchToEnglish();
        assertThat(board.tileText("B-510-2")).contains(moverName).contains("moved " + movedOn);
        assertThat(board.tileText(bedOf.get(20))).contains("Away").contains("Min ✓");
        assertThat(board.tileText(first)).contains("M").contains("L0").contains("in " + today.minusDays(10));
        assertThat(board.overflowing()).as("tiles whose text is cut off").isEmpty();
    }

    @Test
    @DisplayName("the board of a past day answers as fast as today's (the API's bed list, from the cached timeline)")
    void anyDayAsFastAsToday() {
        homeAdmin.get("api/care-homes/" + home + "/beds"); // loads the timeline
        long[] todays = new long[15];
        long[] past = new long[15];
        for (int i = 0; i < todays.length; i++) {
            long t0 = System.nanoTime();
            assertThat(homeAdmin
                            .get("api/care-homes/" + home + "/beds?on=" + today)
                            .status())
                    .isEqualTo(200);
            todays[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            assertThat(homeAdmin
                            .get("api/care-homes/" + home + "/beds?on=" + today.minusDays(30L * i + 1))
                            .status())
                    .isEqualTo(200);
            past[i] = System.nanoTime() - t0;
        }
        Arrays.sort(todays);
        Arrays.sort(past);
        double todayMs = todays[todays.length / 2] / 1e6;
        double pastMs = past[past.length / 2] / 1e6;
        System.out.printf(
                "BedBoardBrowserIT: 200-bed board via the API, median of 15: today %.1f ms, past days %.1f ms%n",
                todayMs, pastMs);
        assertThat(pastMs).isLessThan(todayMs * 2 + 20);
    }
}
