package com.jialicare.domain.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyVersionTest {

    @Test
    @DisplayName(
            "Defaults are the numbers RULES.md marks (policy): 11,000 per bed, 100–300 per month, PRIVATE, not PUBLIC, 12 months, 5 years, 2021-01-01, 5111, 60, 6, 15, 7")
    void defaults() {
        PolicyVersion p = PolicyVersion.defaults();

        assertThat(p.version()).isEqualTo(1);
        assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.constructionRatePerBed()).isEqualTo(new BigDecimal("11000.00"));
        assertThat(p.operatingMonthlyRates())
                .containsExactly(
                        Map.entry(CapabilityLevel.INTACT, new BigDecimal("100.00")),
                        Map.entry(CapabilityLevel.MILD, new BigDecimal("150.00")),
                        Map.entry(CapabilityLevel.MODERATE, new BigDecimal("200.00")),
                        Map.entry(CapabilityLevel.SEVERE, new BigDecimal("250.00")),
                        Map.entry(CapabilityLevel.TOTAL, new BigDecimal("300.00")));
        assertThat(p.constructionOwnerships()).containsExactly(Ownership.PRIVATE);
        assertThat(p.operatingOwnerships())
                .containsExactly(
                        Ownership.PRIVATE, Ownership.PUBLIC_BUILT_PRIVATE_RUN, Ownership.PRIVATE_RUN_PUBLIC_AIDED);
        assertThat(p.minOperatingMonths()).isEqualTo(12);
        assertThat(p.minLeaseYears()).isEqualTo(5);
        assertThat(p.bedPolicyStartDate()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(p.localHukouPrefix()).isEqualTo("5111");
        assertThat(p.minAge()).isEqualTo(60);
        assertThat(p.minStayMonths()).isEqualTo(6);
        assertThat(p.minDaysPresent()).isEqualTo(15);
        assertThat(p.noticeDays()).isEqualTo(7);
        // §8.6: 60 months from the payment day, recovered PRORATA
        assertThat(p.constructionHoldMonths()).isEqualTo(60);
        assertThat(p.constructionClawback()).isEqualTo(ClawbackMode.PRORATA);
    }

    @ParameterizedTest(name = "level {0} → {1}")
    @CsvSource({"0, 100.00", "1, 150.00", "2, 200.00", "3, 250.00", "4, 300.00"})
    @DisplayName("monthlyRate gives the default rate of each capability level, to the fen")
    void monthlyRate(int level, String rate) {
        assertThat(PolicyVersion.defaults().monthlyRate(CapabilityLevel.of(level)))
                .isEqualTo(new BigDecimal(rate))
                .hasScaleOf(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVersions")
    @DisplayName("An invalid parameter is a 400 POLICY_INVALID naming the field")
    @org.junit.jupiter.api.Timeout(10)
    void invalid(String field, UnaryOperator<PolicyVersionBuilder> change) {
        assertThatThrownBy(() -> change.apply(PolicyVersionBuilder.defaults()).build())
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("POLICY_INVALID");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                });
    }

    static Stream<Arguments> invalidVersions() {
        Map<CapabilityLevel, BigDecimal> missingLevel = new EnumMap<>(CapabilityLevel.class);
        for (CapabilityLevel l : CapabilityLevel.values()) {
            if (l != CapabilityLevel.TOTAL) {
                missingLevel.put(l, BigDecimal.TEN);
            }
        }
        return Stream.of(
                arguments("version", op(b -> b.version(0))),
                arguments("effectiveFrom", op(b -> b.effectiveFrom(null))),
                arguments("constructionRatePerBed", op(b -> b.constructionRate(null))),
                arguments("constructionRatePerBed", op(b -> b.constructionRate("-0.01"))),
                arguments("constructionRatePerBed", op(b -> b.constructionRate("11000.005"))),
                arguments("operatingMonthlyRates", op(b -> b.rates((Map<CapabilityLevel, BigDecimal>) null))),
                arguments("operatingMonthlyRates", op(b -> b.rates(missingLevel))),
                arguments("operatingMonthlyRates", op(b -> b.rates("100", "150", "-200", "250", "300"))),
                arguments("operatingMonthlyRates", op(b -> b.rates("100", "150.001", "200", "250", "300"))),
                // numbers of absurd size: refused at once, never written out or rounded (that ran out of memory)
                arguments("constructionRatePerBed", op(b -> b.constructionRate("1e1000000000"))),
                arguments("constructionRatePerBed", op(b -> b.constructionRate("-1e1000000000"))),
                arguments("constructionRatePerBed", op(b -> b.constructionRate("1e-1000000000"))),
                arguments("operatingMonthlyRates", op(b -> b.rates("100", "1e1000000000", "200", "250", "300"))),
                arguments("constructionOwnerships", op(b -> b.constructionOwnerships((Set<Ownership>) null))),
                arguments("minOperatingMonths", op(b -> b.minOperatingMonths(-1))),
                arguments("minLeaseYears", op(b -> b.minLeaseYears(-1))),
                arguments("bedPolicyStartDate", op(b -> b.bedPolicyStartDate(null))),
                arguments("localHukouPrefix", op(b -> b.localHukouPrefix(null))),
                arguments("localHukouPrefix", op(b -> b.localHukouPrefix(""))),
                arguments("localHukouPrefix", op(b -> b.localHukouPrefix("51A1"))),
                arguments("localHukouPrefix", op(b -> b.localHukouPrefix("5111020"))),
                arguments("minAge", op(b -> b.minAge(-1))),
                arguments("minStayMonths", op(b -> b.minStayMonths(-1))),
                arguments("minDaysPresent", op(b -> b.minDaysPresent(-1))),
                arguments("minDaysPresent", op(b -> b.minDaysPresent(32))),
                arguments("noticeDays", op(b -> b.noticeDays(-1))),
                arguments("constructionHoldMonths", op(b -> b.constructionHoldMonths(-1))),
                arguments("constructionHoldMonths", op(b -> b.constructionHoldMonths(1201))),
                arguments("constructionClawback", op(b -> b.constructionClawback(null))));
    }

    private static UnaryOperator<PolicyVersionBuilder> op(UnaryOperator<PolicyVersionBuilder> f) {
        return f;
    }

    @Test
    @DisplayName("Amounts exact to the fen are kept at scale 2 (100 and 100.000 become 100.00)")
    void normalisesScale() {
        PolicyVersion p = PolicyVersionBuilder.defaults()
                .constructionRate("11000")
                .rates("100", "150.5", "200.000", "0", "300.01")
                .build();

        assertThat(p.constructionRatePerBed()).isEqualTo(new BigDecimal("11000.00"));
        assertThat(p.operatingMonthlyRates().values())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("100.00", "150.50", "200.00", "0.00", "300.01");
    }

    @Test
    @DisplayName("Collections are defensive, unmodifiable copies: changing the caller's map or set changes nothing")
    void defensiveCopies() {
        Map<CapabilityLevel, BigDecimal> rates =
                new EnumMap<>(PolicyVersion.defaults().operatingMonthlyRates());
        Set<Ownership> owners = EnumSet.of(Ownership.PRIVATE);
        PolicyVersion p = PolicyVersionBuilder.defaults()
                .rates(rates)
                .constructionOwnerships(owners)
                .build();

        rates.put(CapabilityLevel.TOTAL, new BigDecimal("999.00"));
        owners.add(Ownership.PUBLIC);

        assertThat(p.monthlyRate(CapabilityLevel.TOTAL)).isEqualTo(new BigDecimal("300.00"));
        assertThat(p.constructionOwnerships()).containsExactly(Ownership.PRIVATE);
        assertThatThrownBy(() -> p.operatingMonthlyRates().put(CapabilityLevel.TOTAL, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.operatingOwnerships().add(Ownership.PUBLIC))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} local: {1}")
    @CsvSource({"511102, true", "511181, true", "511000, false", "510104, false", "'', false"})
    @DisplayName("Local means the hukou code starts with the policy's prefix 5111")
    void localHukou(String hukou, boolean local) {
        assertThat(PolicyVersion.defaults().isLocalHukou(hukou)).isEqualTo(local);
    }
}
