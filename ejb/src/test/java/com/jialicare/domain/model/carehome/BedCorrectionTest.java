package com.jialicare.domain.model.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.2 for beds: a correction is checked as a new entry would be. */
class BedCorrectionTest {

    private static final LocalDate D = LocalDate.of(2022, 1, 1);

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.code();
        }
        return null;
    }

    @Test
    @DisplayName("§8.2 a commissioning day is not after the bed's first occupancy: COMMISSIONED_AFTER_OCCUPANCY")
    void notAfterFirstOccupancy() {
        Bed bed = new Bed(1, "A", "1", D);
        assertThat(code(() -> bed.correctCommissionedOn(D.plusDays(10), D.plusDays(5))))
                .isEqualTo("COMMISSIONED_AFTER_OCCUPANCY");
        assertThat(bed.getCommissionedOn()).isEqualTo(D);
        bed.correctCommissionedOn(D.plusDays(5), D.plusDays(5));
        assertThat(bed.getCommissionedOn()).isEqualTo(D.plusDays(5));
    }

    @Test
    @DisplayName("§8.2 a commissioning day stays before the retirement: RETIRED_BEFORE_COMMISSIONED")
    void beforeRetirement() {
        Bed bed = new Bed(1, "A", "1", D);
        bed.retire(D.plusDays(30));
        assertThat(code(() -> bed.correctCommissionedOn(D.plusDays(30), null)))
                .isEqualTo("RETIRED_BEFORE_COMMISSIONED");
    }

    @Test
    @DisplayName(
            "§8.2 a bed retired by mistake returns to service as if never retired; one in service: BED_NOT_RETIRED")
    void reinstate() {
        Bed bed = new Bed(1, "A", "1", D);
        assertThat(code(bed::reinstate)).isEqualTo("BED_NOT_RETIRED");
        bed.retire(D.plusDays(30));
        assertThat(bed.reinstate()).isEqualTo(D.plusDays(30));
        assertThat(bed.getRetiredOn()).isNull();
        assertThat(bed.inServiceOn(D.plusYears(3))).isTrue();
    }
}
