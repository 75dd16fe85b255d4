package com.jialicare.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Objection: repeated texts are recognized")
class ObjectionTest {

    @Test
    @DisplayName("the same text with other spacing, case or full-width characters is the same objection")
    void normalized() {
        String a = Objection.normalized("该老人8月已回家居住 Room 3");
        assertThat(Objection.normalized("  该老人８月已回家居住\u3000\u3000room   3 ")).isEqualTo(a);
        assertThat(Objection.normalized("该老人9月已回家居住 Room 3")).isNotEqualTo(a);
    }
}
