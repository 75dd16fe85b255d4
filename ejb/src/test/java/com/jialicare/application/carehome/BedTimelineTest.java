package com.jialicare.application.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.carehome.BedTimeline.Away;
import com.jialicare.application.carehome.BedTimeline.Level;
import com.jialicare.application.carehome.BedTimeline.Occupied;
import com.jialicare.application.carehome.BedTimeline.Stint;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.domain.model.subsidy.MinimumStay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedTimelineTest {

    private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);
    private final BedInfo a = new BedInfo(1, 7, "A-1", "A", JAN1, null);
    private final BedInfo b = new BedInfo(2, 7, "A-2", "A", JAN1, LocalDate.of(2024, 6, 1));
    private final BedInfo c = new BedInfo(3, 7, "B-1", "B", LocalDate.of(2024, 3, 1), null);

    private BedTimeline timeline(Occupied... occupied) {
        return BedTimeline.of(7, "511102", List.of(a, b, c), List.of(occupied));
    }

    private static Occupied in(long bed, String from, String until, long stay) {
        return new Occupied(
                bed,
                Stint.of(
                        LocalDate.parse(from),
                        until == null ? null : LocalDate.parse(until),
                        stay,
                        100 + stay,
                        "住户" + stay));
    }

    @Test
    void withoutStaysEachBedFollowsItsOwnDates() {
        BedTimeline t = timeline();
        assertThat(t.on(LocalDate.of(2024, 2, 1)))
                .extracting(BedOnDay::status)
                .containsExactly(BedStatus.VACANT, BedStatus.VACANT, BedStatus.NOT_COMMISSIONED);
        assertThat(t.on(LocalDate.of(2024, 6, 1)))
                .extracting(BedOnDay::status)
                .containsExactly(BedStatus.VACANT, BedStatus.RETIRED, BedStatus.VACANT);
        assertThat(t.on(LocalDate.of(2024, 5, 31)).get(1).status()).isEqualTo(BedStatus.VACANT);
        assertThat(t.on(LocalDate.of(2023, 12, 31)))
                .extracting(BedOnDay::status)
                .containsOnly(BedStatus.NOT_COMMISSIONED);
    }

    @Test
    void aStintCoversItsFirstDayButNotItsEnd() {
        BedTimeline t = timeline(in(1, "2024-02-01", "2024-03-01", 1), in(1, "2024-03-01", null, 2));
        assertThat(t.on(LocalDate.of(2024, 1, 31)).get(0).status()).isEqualTo(BedStatus.VACANT);
        BedOnDay first = t.on(LocalDate.of(2024, 2, 1)).get(0);
        assertThat(first.status()).isEqualTo(BedStatus.OCCUPIED);
        assertThat(first.stayId()).isEqualTo(1L);
        assertThat(first.residentId()).isEqualTo(101L);
        assertThat(first.residentName()).isEqualTo("住户1");
        assertThat(first.since()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(t.on(LocalDate.of(2024, 2, 29)).get(0).stayId()).isEqualTo(1L);
        assertThat(t.on(LocalDate.of(2024, 3, 1)).get(0).stayId()).isEqualTo(2L);
        assertThat(t.on(LocalDate.of(2030, 1, 1)).get(0).stayId()).isEqualTo(2L); // open: occupied ever after
        assertThat(t.on(LocalDate.of(2024, 3, 1)).get(1).status()).isEqualTo(BedStatus.VACANT);
    }

    @Test
    void aGapBetweenStintsIsVacantAndOrderOfRowsDoesNotMatter() {
        BedTimeline t = timeline(
                in(2, "2024-04-01", "2024-05-01", 5),
                in(2, "2024-01-10", "2024-02-01", 4),
                in(2, "2024-02-15", "2024-03-01", 6));
        assertThat(t.on(LocalDate.of(2024, 1, 10)).get(1).stayId()).isEqualTo(4L);
        assertThat(t.on(LocalDate.of(2024, 2, 1)).get(1).status()).isEqualTo(BedStatus.VACANT);
        assertThat(t.on(LocalDate.of(2024, 2, 20)).get(1).stayId()).isEqualTo(6L);
        assertThat(t.on(LocalDate.of(2024, 3, 15)).get(1).status()).isEqualTo(BedStatus.VACANT);
        assertThat(t.on(LocalDate.of(2024, 4, 30)).get(1).stayId()).isEqualTo(5L);
        assertThat(t.on(LocalDate.of(2024, 5, 1)).get(1).status()).isEqualTo(BedStatus.VACANT);
        assertThat(t.stints()).isEqualTo(3);
    }

    @Test
    void anEmptyStintDoesNotHideTheStayStartingThatDay() {
        // in and out of bed 1 on 2024-03-01 (moved on at once), somebody else admitted there the same day
        BedTimeline t = timeline(in(1, "2024-03-01", null, 9), in(1, "2024-03-01", "2024-03-01", 8));
        assertThat(t.on(LocalDate.of(2024, 3, 1)).get(0).stayId()).isEqualTo(9L);
        BedTimeline reversed = timeline(in(1, "2024-03-01", "2024-03-01", 8), in(1, "2024-03-01", null, 9));
        assertThat(reversed.on(LocalDate.of(2024, 3, 1)).get(0).stayId()).isEqualTo(9L);
    }

    @Test
    void theBoardKeepsTheBedOrderItWasGivenAndIgnoresOtherBeds() {
        BedTimeline t = timeline(in(99, "2024-02-01", null, 1));
        assertThat(t.on(LocalDate.of(2024, 4, 1)))
                .extracting(d -> d.bed().code())
                .containsExactly("A-1", "A-2", "B-1");
        assertThat(t.stints()).isZero();
        assertThat(t.countyCode()).isEqualTo("511102");
    }

    @Test
    void aTileTellsTheOccupantsLevelSexAbsenceAndAdmissionOnTheDay() {
        // admitted 2024-02-10 into bed 1, moved to bed 2 on 2024-04-01; absent 2024-05-01..05-10
        Occupied first = new Occupied(
                1,
                Stint.of(
                        LocalDate.parse("2024-02-10"),
                        LocalDate.parse("2024-04-01"),
                        1,
                        101,
                        "住户1",
                        LocalDate.parse("2024-02-10"),
                        null,
                        Sex.FEMALE));
        Occupied moved = new Occupied(
                2,
                Stint.of(
                        LocalDate.parse("2024-04-01"),
                        null,
                        1,
                        101,
                        "住户1",
                        LocalDate.parse("2024-02-10"),
                        null,
                        Sex.FEMALE));
        BedTimeline t = BedTimeline.of(
                7,
                "511102",
                List.of(a, b, c),
                List.of(first, moved),
                List.of(
                        new Level(101, LocalDate.parse("2024-03-01"), 3),
                        new Level(101, LocalDate.parse("2024-02-01"), 1)),
                List.of(new Away(1, LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-10"))));

        BedOnDay feb =
                t.on(LocalDate.parse("2024-02-20"), PolicyTable.defaults()).get(0);
        assertThat(feb.sex()).isEqualTo(Sex.FEMALE);
        assertThat(feb.careLevel()).isEqualTo(1);
        assertThat(feb.admittedOn()).isEqualTo(LocalDate.parse("2024-02-10"));
        assertThat(feb.movedIn()).isFalse();
        assertThat(feb.away()).isFalse();

        BedOnDay may =
                t.on(LocalDate.parse("2024-05-01"), PolicyTable.defaults()).get(1);
        assertThat(may.careLevel()).isEqualTo(3);
        assertThat(may.since()).isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(may.admittedOn()).isEqualTo(LocalDate.parse("2024-02-10"));
        assertThat(may.movedIn()).isTrue();
        assertThat(may.away()).isTrue();
        assertThat(t.on(LocalDate.parse("2024-05-09")).get(1).away()).isTrue();
        assertThat(t.on(LocalDate.parse("2024-05-10")).get(1).away()).isFalse(); // the day back
        assertThat(t.on(LocalDate.parse("2024-01-01")).get(0).careLevel()).isNull();
        assertThat(t.on(LocalDate.parse("2024-02-20")).get(1).away()).isFalse(); // vacant
    }

    @Test
    void theMinimumStayIsTheOneRulesDayCountedFromAdmissionNotFromTheMove() {
        Occupied moved = new Occupied(
                2,
                Stint.of(
                        LocalDate.parse("2024-04-01"),
                        null,
                        1,
                        101,
                        "住户1",
                        LocalDate.parse("2024-02-10"),
                        null,
                        Sex.MALE));
        BedTimeline t = BedTimeline.of(7, "511102", List.of(a, b, c), List.of(moved), List.of(), List.of());
        PolicyTable policies = PolicyTable.defaults();
        LocalDate expected = MinimumStay.firstReached(LocalDate.parse("2024-02-10"), null, policies)
                .orElseThrow()
                .reachedOn();
        assertThat(expected).isEqualTo(LocalDate.parse("2024-08-10"));
        BedOnDay before = t.on(LocalDate.parse("2024-08-09"), policies).get(1);
        assertThat(before.minimumStayOn()).isEqualTo(expected);
        assertThat(before.minimumStayReachedBy(LocalDate.parse("2024-08-09"))).isFalse();
        assertThat(t.on(LocalDate.parse("2024-08-10"), policies)
                        .get(1)
                        .minimumStayReachedBy(LocalDate.parse("2024-08-10")))
                .isTrue();
        assertThat(t.on(LocalDate.parse("2024-08-10")).get(1).minimumStayOn()).isNull(); // no policies given
    }

    @Test
    void theWeightCountsAssessmentsAndAbsences() {
        BedTimeline plain = timeline();
        BedTimeline more = BedTimeline.of(
                7,
                "511102",
                List.of(a, b, c),
                List.of(),
                List.of(new Level(101, JAN1, 2)),
                List.of(new Away(1, JAN1, JAN1.plusDays(3))));
        assertThat(more.weight()).isEqualTo(plain.weight() + 2 * BedTimeline.BYTES_PER_EXTRA);
    }

    /**
     * A 200-bed home with three years of stays (a stay a bed every ~4 months, an assessment and an absence
     * each): the board of any day, tiles included, is drawn from memory in well under a millisecond a board.
     */
    @Test
    void theBoardOfA200BedHomeOnAnyDayIsDrawnFromMemoryFast() {
        List<BedInfo> beds = new java.util.ArrayList<>();
        List<Occupied> occupied = new java.util.ArrayList<>();
        List<Level> levels = new java.util.ArrayList<>();
        List<Away> away = new java.util.ArrayList<>();
        LocalDate start = LocalDate.of(2022, 1, 1);
        long stay = 0;
        for (int i = 0; i < 200; i++) {
            beds.add(new BedInfo(
                    i,
                    7,
                    "A-" + (1 + i / 16) + String.format("%02d", 1 + i % 16 / 2) + "-" + (1 + i % 2),
                    "A-" + (1 + i / 16) + String.format("%02d", 1 + i % 16 / 2),
                    start,
                    null));
            for (LocalDate from = start.plusDays(i % 30);
                    from.isBefore(LocalDate.of(2025, 1, 1));
                    from = from.plusDays(120)) {
                stay++;
                occupied.add(new Occupied(
                        i,
                        Stint.of(
                                from,
                                from.plusDays(110),
                                stay,
                                stay,
                                "住户" + stay,
                                from,
                                from.plusDays(110),
                                stay % 2 == 0 ? Sex.MALE : Sex.FEMALE)));
                levels.add(new Level(stay, from, (int) (stay % 5)));
                away.add(new Away(stay, from.plusDays(20), from.plusDays(30)));
            }
        }
        BedTimeline t = BedTimeline.of(7, "511102", beds, occupied, levels, away);
        PolicyTable policies = PolicyTable.defaults();
        for (int i = 0; i < 2000; i++) { // warm up
            t.on(start.plusDays(i % 1000), policies);
        }
        int boards = 1000;
        long began = System.nanoTime();
        int occupiedTiles = 0;
        for (int i = 0; i < boards; i++) {
            occupiedTiles += (int) t.on(start.plusDays(i), policies).stream()
                    .filter(b -> b.status() == BedStatus.OCCUPIED)
                    .count();
        }
        double micros = (System.nanoTime() - began) / 1000.0 / boards;
        System.out.printf(
                "200-bed board (%,d stints) drawn in %.1f µs a day, %,d occupied tiles over %d days%n",
                t.stints(), micros, occupiedTiles, boards);
        assertThat(occupiedTiles).isGreaterThan(boards * 100);
        assertThat(micros).isLessThan(5_000); // 5 ms: far above what it takes, far below a page's budget
    }
}
