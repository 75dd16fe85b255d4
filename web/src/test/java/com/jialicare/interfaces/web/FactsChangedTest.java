package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.subsidy.RecomputationService;
import com.jialicare.application.subsidy.RecomputationService.CauseRecord;
import com.jialicare.application.subsidy.RecomputationService.LineChange;
import com.jialicare.application.subsidy.RecomputationService.Recomputation;
import com.jialicare.domain.model.adjustment.Cause;
import com.jialicare.domain.model.application.Actor;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.FrozenLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Facts changed since submission: the review page's rows from a recomputation")
class FactsChangedTest {

    private static final Instant NOW = Instant.parse("2026-01-05T02:00:00Z");

    private static FrozenLine month(int lineNo, int month) {
        return FrozenLine.residentMonth(
                1, 1, lineNo, 11, 21, LocalDate.of(2025, month, 1), 30, 2, true, new BigDecimal("220.00"), null, 3);
    }

    private static Recomputation recomputation(List<LineChange> lines, Map<Long, CauseRecord> records) {
        Application a = Application.operating(7, YearMonth.of(2025, 1), YearMonth.of(2025, 6), new Actor(1, "h"), NOW);
        a.submit(new BigDecimal("1320.00"), new Actor(1, "h"), NOW);
        BigDecimal difference = lines.stream().map(LineChange::difference).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Recomputation(
                a,
                1,
                new BigDecimal("1320.00"),
                new BigDecimal("1320.00").add(difference),
                difference,
                lines,
                Map.of(11L, "张桂英"),
                records);
    }

    @Test
    @DisplayName("a row per differing line: month and name, amounts, today's reason, the cause with its record")
    void rows() throws IOException {
        Cause corrected = new Cause("STAY_CORRECTED", 99L, "admin", NOW.plusSeconds(60));
        FactsChanged f = new FactsChanged(recomputation(
                List.of(
                        new LineChange(
                                month(5, 5),
                                new BigDecimal("0.00"),
                                new BigDecimal("-220.00"),
                                RecomputationService.NOT_IN_FACTS,
                                corrected),
                        new LineChange(
                                month(6, 6),
                                new BigDecimal("0.00"),
                                new BigDecimal("-220.00"),
                                "NOT_LOCAL_HUKOU",
                                null)),
                Map.of(99L, new CauseRecord("Stay", 21L))));

        assertThat(f.isShown()).isTrue();
        assertThat(f.getKind()).isEqualTo(ApplicationKind.OPERATING);
        assertThat(f.isPaid()).isFalse();
        assertThat(f.isLess()).isTrue();
        assertThat(f.isMore()).isFalse();
        assertThat(f.getDifference()).isEqualByComparingTo("-440.00");
        assertThat(f.getAbsoluteDifference()).isEqualByComparingTo("440.00");
        assertThat(f.getCurrentTotal()).isEqualByComparingTo("880.00");
        FactsChanged.Row first = f.getRows().get(0);
        assertThat(first.label()).isEqualTo("2025-05 · 张桂英");
        assertThat(first.currentReasonCode()).isEqualTo("NOT_IN_FACTS");
        assertThat(first.hasCause()).isTrue();
        assertThat(first.causeKind()).isEqualTo("STAY_CORRECTED");
        assertThat(first.causeActor()).isEqualTo("admin");
        assertThat(first.hasCauseRecord()).isTrue();
        assertThat(first.causeEntityType()).isEqualTo("Stay");
        assertThat(first.causeEntityId()).isEqualTo(21L);
        FactsChanged.Row second = f.getRows().get(1);
        assertThat(second.hasCause()).isFalse();
        assertThat(second.hasCauseRecord()).isFalse();
        // kept in the view-scoped bean: it must serialize
        new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(f);
    }

    @Test
    @DisplayName("nothing differs: not shown; a bed line is labelled by its code")
    void nothingAndBeds() {
        assertThat(new FactsChanged(recomputation(List.of(), Map.of())).isShown())
                .isFalse();
        FrozenLine bed =
                FrozenLine.bed(1, 1, 1, 5, "C-2", LocalDate.of(2022, 1, 10), true, new BigDecimal("11000.00"), null, 2);
        FactsChanged f = new FactsChanged(recomputation(
                List.of(new LineChange(bed, new BigDecimal("0.00"), new BigDecimal("-11000.00"), "NOT_IN_FACTS", null)),
                Map.of()));
        assertThat(f.getRows())
                .singleElement()
                .satisfies(r -> assertThat(r.label()).isEqualTo("C-2"));
    }
}
