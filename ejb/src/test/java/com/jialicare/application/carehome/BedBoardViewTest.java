package com.jialicare.application.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.carehome.BedBoardView.Filter;
import com.jialicare.application.carehome.BedBoardView.Floor;
import com.jialicare.domain.model.shared.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedBoardViewTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static BedOnDay vacant(String code, String room) {
        return new BedOnDay(
                new BedInfo(code.hashCode(), 1, code, room, DAY, null),
                BedStatus.VACANT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    private static BedOnDay occupied(String code, String room, String name, Sex sex, Integer level) {
        return new BedOnDay(
                new BedInfo(code.hashCode(), 1, code, room, DAY, null),
                BedStatus.OCCUPIED,
                1L,
                2L,
                name,
                DAY,
                DAY,
                sex,
                level,
                false,
                null);
    }

    private final List<BedOnDay> board = List.of(
            vacant("A-1001-1", "A-1001"),
            occupied("A-101-1", "A-101", "王秀英", Sex.FEMALE, 2),
            vacant("A-101-2", "A-101"),
            occupied("A-201-1", "A-201", "李建国", Sex.MALE, 4),
            vacant("B-101-1", "B-101"),
            vacant("一号床", "东厢房"));

    @Test
    void groupsByBuildingThenFloorByNumberThenRoom() {
        List<Floor> floors = BedBoardView.floors(board, Filter.ALL);
        assertThat(floors)
                .extracting(f -> f.building() + "/" + f.floor())
                .containsExactly("/", "A/1", "A/2", "A/10", "B/1");
        assertThat(floors.get(1).rooms()).hasSize(1);
        assertThat(floors.get(1).rooms().get(0).name()).isEqualTo("A-101");
        assertThat(floors.get(1).rooms().get(0).beds())
                .extracting(b -> b.bed().code())
                .containsExactly("A-101-1", "A-101-2");
        assertThat(floors.get(0).rooms().get(0).name()).isEqualTo("东厢房");
        assertThat(floors.stream().mapToInt(Floor::beds).sum()).isEqualTo(6);
    }

    @Test
    void filtersNarrowTheBedsAndDropEmptyFloors() {
        assertThat(codes(new Filter(true, null, null, null))).containsExactly("一号床", "A-101-2", "A-1001-1", "B-101-1");
        assertThat(codes(new Filter(false, BedStatus.OCCUPIED, null, null))).containsExactly("A-101-1", "A-201-1");
        assertThat(codes(new Filter(false, null, 4, null))).containsExactly("A-201-1");
        assertThat(codes(new Filter(false, null, null, Sex.FEMALE))).containsExactly("A-101-1");
        assertThat(codes(new Filter(true, null, null, Sex.FEMALE))).isEmpty();
        assertThat(BedBoardView.floors(board, new Filter(false, null, 4, null))).hasSize(1);
    }

    @Test
    void findMatchesTheOccupantsNameOrTheBedsCode() {
        assertThat(board.stream()
                        .filter(b -> BedBoardView.matches(b, " 秀英 "))
                        .map(b -> b.bed().code()))
                .containsExactly("A-101-1");
        assertThat(board.stream()
                        .filter(b -> BedBoardView.matches(b, "b-101-1"))
                        .map(b -> b.bed().code()))
                .containsExactly("B-101-1");
        assertThat(board.stream().filter(b -> BedBoardView.matches(b, " "))).isEmpty();
    }

    private List<String> codes(Filter filter) {
        return BedBoardView.floors(board, filter).stream()
                .flatMap(f -> f.rooms().stream())
                .flatMap(r -> r.beds().stream())
                .map(b -> b.bed().code())
                .toList();
    }
}
