package com.jialicare.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.audit.FieldChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §6: the auditor sees what changed between two revisions, to the fen. */
@DisplayName("RevisionDiff: lines added, removed, changed and the totals' difference")
class RevisionDiffTest {

    private static FrozenLine month(int rev, int no, long stay, int m, int days, int level, String amount) {
        boolean eligible = new BigDecimal(amount).signum() > 0;
        return FrozenLine.residentMonth(
                1,
                rev,
                no,
                100 + stay,
                stay,
                LocalDate.of(2024, m, 1),
                days,
                level,
                eligible,
                new BigDecimal(amount),
                eligible ? null : "TOO_FEW_DAYS",
                1);
    }

    @Test
    @DisplayName("operating: a month added, one removed, one changed with its facts; unchanged ones only counted")
    void operating() {
        List<FrozenLine> r1 = List.of(
                month(1, 1, 5, 1, 31, 2, "300.00"),
                month(1, 2, 5, 2, 29, 2, "300.00"),
                month(1, 3, 5, 3, 31, 2, "300.00"));
        List<FrozenLine> r2 = List.of(
                month(2, 1, 5, 2, 29, 2, "300.00"),
                month(2, 2, 5, 3, 10, 3, "0.00"),
                month(2, 3, 5, 4, 30, 3, "450.50"));
        RevisionDiff d = RevisionDiff.between(1, r1, 2, r2);
        assertThat(d.totalBefore()).isEqualByComparingTo("900.00");
        assertThat(d.totalAfter()).isEqualByComparingTo("750.50");
        assertThat(d.totalDifference()).isEqualTo(new BigDecimal("-149.50"));
        assertThat(d.unchanged()).isEqualTo(1);
        assertThat(d.added()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("stay:5:2024-04");
            assertThat(c.before()).isNull();
            assertThat(c.difference()).isEqualTo(new BigDecimal("450.50"));
        });
        assertThat(d.removed()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("stay:5:2024-01");
            assertThat(c.amountAfter()).isEqualTo(new BigDecimal("0.00"));
            assertThat(c.difference()).isEqualTo(new BigDecimal("-300.00"));
        });
        assertThat(d.changed()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("stay:5:2024-03");
            assertThat(c.amountBefore()).isEqualTo(new BigDecimal("300.00"));
            assertThat(c.amountAfter()).isEqualTo(new BigDecimal("0.00"));
            assertThat(c.facts())
                    .containsExactly(
                            FieldChange.of("presentDays", 31, 10),
                            FieldChange.of("level", 2, 3),
                            FieldChange.of("eligible", true, false),
                            FieldChange.of("reasonCode", null, "TOO_FEW_DAYS"));
        });
        // the parts add up to the total's difference
        BigDecimal sum = java.util.stream.Stream.of(d.added(), d.removed(), d.changed())
                .flatMap(List::stream)
                .map(RevisionDiff.LineChange::difference)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(d.totalDifference());
    }

    @Test
    @DisplayName("construction: beds matched by bed, a changed commissioning day named")
    void construction() {
        FrozenLine b1 =
                FrozenLine.bed(1, 1, 1, 10, "A-1", LocalDate.of(2024, 1, 1), true, new BigDecimal("11000.00"), null, 1);
        FrozenLine b1New =
                FrozenLine.bed(1, 2, 1, 10, "A-1", LocalDate.of(2024, 2, 1), true, new BigDecimal("11000.00"), null, 1);
        RevisionDiff d = RevisionDiff.between(1, List.of(b1), 2, List.of(b1New));
        assertThat(d.changed()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("bed:10");
            assertThat(c.difference()).isEqualTo(new BigDecimal("0.00"));
            assertThat(c.facts()).containsExactly(FieldChange.of("commissionedOn", "2024-01-01", "2024-02-01"));
        });
        assertThat(d.totalDifference()).isEqualTo(new BigDecimal("0.00"));
    }
}
