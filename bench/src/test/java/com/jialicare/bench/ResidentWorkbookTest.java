package com.jialicare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.IdNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benchmark's workbook of residents")
class ResidentWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    @DisplayName("spreads each kind of mistake over the file and knows the row and code of each")
    void wrongRows() {
        ResidentWorkbook wb =
                new ResidentWorkbook(1_000, 12, TODAY, 3, List.of("11010519491231002X", "110105194912310037"));

        assertThat(wb.rows).hasSize(1_000);
        assertThat(wb.wrong).hasSize(12);
        assertThat(Set.copyOf(wb.wrong.values()))
                .containsExactlyInAnyOrder(
                        "ID_NUMBER_CHECK",
                        "INVALID_DATE",
                        "INVALID_CARE_LEVEL",
                        "INVALID_BOOLEAN",
                        "DUPLICATE_IN_FILE",
                        "RESIDENT_ALREADY_REGISTERED");
        wb.wrong.keySet().forEach(row -> assertThat(row).isBetween(2, 1_001));
    }

    @Test
    @DisplayName("puts every row right in the corrected file: valid, unique ID numbers and real dates")
    void corrected() {
        ResidentWorkbook wb = new ResidentWorkbook(
                        1_000, 12, TODAY, 3, List.of("11010519491231002X", "110105194912310037"))
                .corrected();

        Set<String> ids = new HashSet<>();
        for (List<String> row : wb.rows) {
            assertThat(IdNumber.of(row.get(1)).value()).isEqualTo(row.get(1));
            assertThat(ids.add(row.get(1))).isTrue();
            assertThat(LocalDate.parse(row.get(5))).isBefore(TODAY);
            assertThat(Integer.parseInt(row.get(4))).isBetween(0, 4);
        }
        assertThat(wb.xlsx()).isNotEmpty();
    }
}
