package com.jialicare.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatedHistoryTest {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2025, 3, 1);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 1);

    private final DatedHistory<String> hukou =
            DatedHistory.starting(JAN, "511102").with(JUN, "510104").with(MAR, "511112");

    @Test
    void theValueOnADayIsTheLatestEntryEffectiveByThen() {
        assertThat(hukou.valueOn(JAN)).contains("511102");
        assertThat(hukou.valueOn(MAR.minusDays(1))).contains("511102");
        assertThat(hukou.valueOn(MAR)).contains("511112");
        assertThat(hukou.valueOn(JUN.minusDays(1))).contains("511112");
        assertThat(hukou.valueOn(JUN)).contains("510104");
        assertThat(hukou.valueOn(JUN.plusYears(5))).contains("510104");
    }

    @Test
    void aDayBeforeTheFirstEntryTakesTheFirstValue() {
        assertThat(hukou.valueOn(JAN.minusYears(3))).contains("511102");
    }

    @Test
    void entriesAreKeptOldestFirst() {
        assertThat(hukou.entries()).extracting(DatedHistory.Entry::effectiveOn).containsExactly(JAN, MAR, JUN);
        assertThat(hukou.latest()).contains("510104");
    }

    @Test
    void twoEntriesOnOneDayAreRefused() {
        assertThatThrownBy(() -> hukou.with(MAR, "511100"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("DUPLICATE_EFFECTIVE_DATE");
        assertThatThrownBy(() -> DatedHistory.of(
                        List.of(new DatedHistory.Entry<>(JAN, "a"), new DatedHistory.Entry<>(JAN, "b"))))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void withdrawingAnEntryGivesBackTheEarlierValue() {
        DatedHistory<String> withdrawn = hukou.without(MAR);
        assertThat(withdrawn.valueOn(MAR)).contains("511102");
        assertThat(hukou.valueOn(MAR)).as("the original is unchanged").contains("511112");
    }

    @Test
    void theOnlyEntryCannotBeWithdrawnNorAMissingOne() {
        assertThatThrownBy(() -> DatedHistory.starting(JAN, "x").without(JAN))
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("LAST_ENTRY");
        assertThatThrownBy(() -> hukou.without(JAN.plusDays(1)))
                .extracting(e -> ((BusinessException) e).code())
                .isEqualTo("NO_SUCH_ENTRY");
    }

    @Test
    void anEmptyHistoryHasNoValue() {
        assertThat(DatedHistory.<String>empty().valueOn(JAN)).isEmpty();
    }
}
