package com.jialicare.domain.model.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BedPlaceTest {

    @Test
    void theDemoPatternGivesBuildingFloorRoomAndBed() {
        assertThat(BedPlace.of("A-101-1", "A-101")).isEqualTo(new BedPlace("A", "1", "A-101", "1"));
        assertThat(BedPlace.of("C-315-4", "C-315")).isEqualTo(new BedPlace("C", "3", "C-315", "4"));
    }

    @Test
    void floorsAboveNineAndNumberedBuildings() {
        assertThat(BedPlace.of("3-1205-2", "1205")).isEqualTo(new BedPlace("3", "12", "1205", "2"));
        assertThat(BedPlace.of("A-1205-2", "A-1205").floorNumber()).isEqualTo(12);
    }

    @Test
    void theRoomIsDerivedWhenTheBedRecordsNone() {
        assertThat(BedPlace.of("B-204-1", "")).isEqualTo(new BedPlace("B", "2", "B-204", "1"));
    }

    @Test
    void anotherCodeFallsBackOnARoomNumber() {
        assertThat(BedPlace.of("17", "305")).isEqualTo(new BedPlace("", "3", "305", "17"));
        assertThat(BedPlace.of("东-1", "B305")).isEqualTo(new BedPlace("B", "3", "B305", "东-1"));
    }

    @Test
    void anythingElseIsOneGroupWithoutBuildingOrFloor() {
        assertThat(BedPlace.of("一号床", "东厢房")).isEqualTo(new BedPlace("", "", "东厢房", "一号床"));
        assertThat(BedPlace.of("A-1", "A")).isEqualTo(new BedPlace("", "", "A", "A-1"));
        assertThat(BedPlace.of(null, null)).isEqualTo(new BedPlace("", "", "", ""));
        assertThat(BedPlace.of("x", "y").floorNumber()).isEqualTo(Integer.MAX_VALUE);
    }
}
