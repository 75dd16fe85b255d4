package com.jialicare.interfaces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.FamilyService.Elder;
import com.jialicare.application.FamilyService.Person;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.stay.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
    @DisplayName(
            "issue #16: a notice whose last day has passed reads as ended to families too, a running one as running")
    void endedNotice() {
        LocalDate lastDay = LocalDate.of(2025, 3, 7);
        assertThat(PlainWords.state(ApplicationState.PUBLIC_NOTICE, lastDay, lastDay.plusDays(1), true))
                .isEqualTo("公开名单的日子已过，等待市民政局最后批准");
        assertThat(PlainWords.state(ApplicationState.PUBLIC_NOTICE, lastDay, lastDay, true))
                .isEqualTo(PlainWords.state(ApplicationState.PUBLIC_NOTICE, true));
        assertThat(PlainWords.state(ApplicationState.PUBLIC_NOTICE, lastDay, lastDay.plusDays(1), false))
                .startsWith("The days the list was shown to the public are over");
    }

    @Test
    @DisplayName("the words family members read")
    void words() {
        assertThat(PlainWords.state(ApplicationState.CITY_APPROVED, true)).isEqualTo("市民政局已批准，等待发放给养老院");
        assertThat(PlainWords.state(ApplicationState.PAID, true)).isEqualTo("政府补贴已发放给养老院");
        assertThat(PlainWords.state(ApplicationState.PAID, false))
                .isEqualTo("the government has paid the subsidy to the home");
        assertThat(PlainWords.level(2, true)).isEqualTo("中度失能");
        assertThat(PlainWords.level(4, false)).isEqualTo("total impairment");
    }

    @Test
    @DisplayName("the one sentence of the family page and the family API, in each case and both languages")
    void summaries() {
        Person p = new Person(7, "王秀英", "5111**********0021");
        CareHome home = new CareHome(
                "福寿养老院",
                "52511102MJ0000001F",
                Ownership.PRIVATE,
                "511102",
                LocalDate.of(2020, 1, 1),
                20,
                Premises.OWNED,
                null,
                "乐山",
                Instant.EPOCH);
        LocalDate admitted = LocalDate.of(2024, 1, 10);
        LocalDate reached = LocalDate.of(2024, 7, 10);

        Elder noStay = new Elder(p, null, null, null, 0, null, false, 6, null, List.of());
        assertThat(PlainWords.summary(noStay, true)).isEqualTo("王秀英目前没有入住记录。");
        assertThat(PlainWords.summary(noStay, false)).isEqualTo("王秀英 has no stay on record.");

        Stay left = new Stay(7, 1, 1, admitted);
        left.discharge(LocalDate.of(2024, 3, 1), DischargeReason.RETURNED_HOME);
        Elder gone = new Elder(p, home, null, left, 1, null, false, 6, 2, List.of());
        assertThat(PlainWords.summary(gone, true)).isEqualTo("王秀英已于2024年3月1日退住福寿养老院。");
        assertThat(PlainWords.summary(gone, false)).isEqualTo("王秀英 left 福寿养老院 on 1 March 2024.");

        Stay stay = new Stay(7, 1, 1, admitted);
        Elder cannot = new Elder(p, home, null, stay, 1, null, false, 6, 2, List.of());
        assertThat(PlainWords.summary(cannot, true)).isEqualTo("王秀英自2024年1月10日起入住福寿养老院，本次入住暂时还不能申请政府补贴。");
        assertThat(PlainWords.summary(cannot, false))
                .isEqualTo(
                        "王秀英 has lived in 福寿养老院 since 10 January 2024 and the home cannot apply for the government subsidy for this stay yet.");

        Elder notYet = new Elder(p, home, null, stay, 3, reached, false, 6, 2, List.of());
        assertThat(PlainWords.summary(notYet, true))
                .isEqualTo("王秀英自2024年1月10日起入住福寿养老院，将于2024年7月10日住满6个月，之后养老院可以为老人申请政府补贴。");
        assertThat(PlainWords.summary(notYet, false))
                .isEqualTo("王秀英 has lived in 福寿养老院 since 10 January 2024 and reaches 6 months on 10 July 2024;"
                        + " from then the home may apply for the government subsidy.");

        Elder done = new Elder(p, home, null, stay, 12, reached, true, 6, 2, List.of());
        assertThat(PlainWords.summary(done, true))
                .isEqualTo("王秀英自2024年1月10日起入住福寿养老院，已住满6个月（2024年7月10日），养老院可以为老人申请政府补贴。");
        assertThat(PlainWords.summary(done, false))
                .isEqualTo(
                        "王秀英 has lived in 福寿养老院 since 10 January 2024 and has stayed 6"
                                + " months (on 10 July 2024), so the home may apply for the government subsidy for these months.");
    }

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    @DisplayName("a family reads no officials' terms (可计入运营补贴, 公示, 拨付) and learns what each state means for them")
    void noJargon(ApplicationState state) {
        for (String text : List.of(PlainWords.state(state, true), PlainWords.meaning(state, true))) {
            assertThat(text).doesNotContain("可计入", "运营补贴", "公示", "拨付");
        }
        assertThat(PlainWords.meaning(state, true)).matches("(?s).*\\p{IsHan}.*");
        assertThat(PlainWords.meaning(state, false)).isNotBlank().doesNotMatch("(?s).*\\p{IsHan}.*");
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
