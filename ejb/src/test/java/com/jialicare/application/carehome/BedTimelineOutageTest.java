package com.jialicare.application.carehome;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.carehome.BedOutage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.1: a bed board of a day in a bed's past outage shows it out of service. */
class BedTimelineOutageTest {

    private static final LocalDate R = LocalDate.of(2025, 1, 10);
    private static final LocalDate D = LocalDate.of(2025, 3, 1);

    @Test
    @DisplayName("retired on R, back from D: VACANT before R, RETIRED on [R, D), VACANT from D")
    void boardOfADay() {
        BedInfo bed = new BedInfo(1, 9, "A-1", "A", LocalDate.of(2022, 1, 1), null, List.of(new BedOutage(R, D)));
        BedTimeline timeline = BedTimeline.of(9, "511102", List.of(bed), List.of());
        assertThat(timeline.on(R.minusDays(1)).get(0).status()).isEqualTo(BedStatus.VACANT);
        assertThat(timeline.on(R).get(0).status()).isEqualTo(BedStatus.RETIRED);
        assertThat(timeline.on(D.minusDays(1)).get(0).status()).isEqualTo(BedStatus.RETIRED);
        assertThat(timeline.on(D).get(0).status()).isEqualTo(BedStatus.VACANT);
        assertThat(bed.lastReturnedOn()).isEqualTo(D);
    }
}
