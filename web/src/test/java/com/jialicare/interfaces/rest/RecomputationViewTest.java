package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Recomputation view: today's reason in the caller's language, NOT_IN_FACTS included")
class RecomputationViewTest {

    @Test
    @DisplayName("NOT_IN_FACTS and the §5 codes have words in Chinese and English; no code, no words")
    void reasons() {
        assertThat(RecomputationView.reason("NOT_IN_FACTS", Locale.CHINESE)).startsWith("现有事实已不含此项");
        assertThat(RecomputationView.reason("NOT_IN_FACTS", Locale.ENGLISH))
                .startsWith("The facts no longer give this line");
        assertThat(RecomputationView.reason("NOT_LOCAL_HUKOU", Locale.ENGLISH)).isEqualTo("Hukou is not in Leshan");
        assertThat(RecomputationView.reason("NOT_LOCAL_HUKOU", Locale.CHINESE)).isEqualTo("户籍不在乐山");
        assertThat(RecomputationView.reason(null, Locale.CHINESE)).isNull();
        assertThat(RecomputationView.reason("SOMETHING_NEW", Locale.ENGLISH)).isEqualTo("SOMETHING_NEW");
    }
}
