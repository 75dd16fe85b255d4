package com.jialicare.interfaces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.application.ApplicationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlainWordsTest {

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    @DisplayName("every state has plain words in both languages")
    void states(ApplicationState state) {
        assertThat(PlainWords.state(state, true)).isNotBlank();
        assertThat(PlainWords.state(state, false)).isNotBlank();
    }

    @Test
    @DisplayName("the words family members read")
    void words() {
        assertThat(PlainWords.state(ApplicationState.CITY_APPROVED, true)).isEqualTo("市民政局已审批，等待拨付");
        assertThat(PlainWords.level(2, true)).isEqualTo("中度失能");
        assertThat(PlainWords.level(4, false)).isEqualTo("totally impaired");
    }

    @Test
    @DisplayName("names on the public notice keep only their first and last character")
    void masking() {
        assertThat(Masking.name("王秀英")).isEqualTo("王*英");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧**娜");
        assertThat(Masking.name("李四")).isEqualTo("李*");
        assertThat(Masking.name("王")).isEqualTo("王");
        assertThat(Masking.name(null)).isNull();
    }
}
