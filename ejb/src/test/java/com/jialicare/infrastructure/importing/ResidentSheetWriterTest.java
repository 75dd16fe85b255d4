package com.jialicare.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.infrastructure.importing.ResidentSheet.Column;
import com.jialicare.infrastructure.importing.ResidentSheet.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the one writer of the import's layout writes, the import reads back cell for cell. */
class ResidentSheetWriterTest {

    @Test
    void theImportReadsBackWhatTheWriterWrote() {
        List<List<String>> rows = List.of(
                List.of("王秀英", "511102194501010012", "511102", "否", "2", "2024-03-01"),
                List.of("李建国", "51110219380615003X", "510104", "是", "0", "2023-12-31"));
        Result read = new ResidentSheet().read(ResidentSheetWriter.xlsx(rows));
        assertThat(read.fileCode()).isNull();
        assertThat(read.rows()).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(read.rows().get(i).row()).isEqualTo(i + 2); // as Excel numbers it: the header is row 1
            for (Column c : Column.values()) {
                assertThat(read.rows().get(i).get(c)).isEqualTo(rows.get(i).get(c.ordinal()));
            }
        }
    }

    @Test
    void theHeaderIsEachColumnsFirstName() {
        assertThat(ResidentSheetWriter.header()).containsExactly("姓名", "身份证号码", "户籍地代码", "特困供养", "能力等级", "评估日期");
    }

    @Test
    void manyRowsAreStreamed() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("老人" + i, "51110219450101" + String.format("%04d", i), "511102", "否", "1", "2024-03-01"));
        }
        Result read = new ResidentSheet().read(ResidentSheetWriter.xlsx(rows));
        assertThat(read.rows()).hasSize(5000);
        assertThat(read.rows().get(4999).get(Column.NAME)).isEqualTo("老人4999");
    }
}
