package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyAmendment;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyRequestTest {

    /** As JSON-B hands over an untyped body: numbers are BigDecimal, arrays lists, objects maps. */
    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    @DisplayName("Every parameter is read under its API name")
    void everyParameter() {
        PolicyAmendment a = PolicyRequest.parse(body(
                "effectiveFrom", "2025-07-01",
                "constructionRatePerBed", new BigDecimal("12000.00"),
                "operatingMonthlyRates", Map.of("0", new BigDecimal("110"), "4", new BigDecimal("330.50")),
                "constructionOwnerships", List.of("PRIVATE", "PRIVATE_RUN_PUBLIC_AIDED"),
                "operatingOwnerships", List.of(),
                "minOperatingMonths", new BigDecimal("18"),
                "minLeaseYears", new BigDecimal("3"),
                "bedPolicyStartDate", "2022-01-01",
                "localHukouPrefix", "5111",
                "minAge", new BigDecimal("65"),
                "minStayMonths", new BigDecimal("3"),
                "minDaysPresent", new BigDecimal("20"),
                "noticeDays", new BigDecimal("10"),
                "constructionHoldMonths", new BigDecimal("36"),
                "constructionClawback", "FULL"));

        assertThat(a.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(a.constructionRatePerBed()).isEqualTo(new BigDecimal("12000.00"));
        assertThat(a.operatingMonthlyRates())
                .containsOnly(
                        Map.entry(CapabilityLevel.INTACT, new BigDecimal("110")),
                        Map.entry(CapabilityLevel.TOTAL, new BigDecimal("330.50")));
        assertThat(a.constructionOwnerships()).containsExactly(Ownership.PRIVATE, Ownership.PRIVATE_RUN_PUBLIC_AIDED);
        assertThat(a.operatingOwnerships()).isEmpty();
        assertThat(a.minOperatingMonths()).isEqualTo(18);
        assertThat(a.minLeaseYears()).isEqualTo(3);
        assertThat(a.bedPolicyStartDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(a.localHukouPrefix()).isEqualTo("5111");
        assertThat(a.minAge()).isEqualTo(65);
        assertThat(a.minStayMonths()).isEqualTo(3);
        assertThat(a.minDaysPresent()).isEqualTo(20);
        assertThat(a.noticeDays()).isEqualTo(10);
        assertThat(a.constructionHoldMonths()).isEqualTo(36);
        assertThat(a.constructionClawback()).isEqualTo(ClawbackMode.FULL);
    }

    @Test
    @DisplayName("Parameters left out or null carry over: they stay null in the amendment")
    void leftOut() {
        PolicyAmendment a = PolicyRequest.parse(body("effectiveFrom", "2025-07-01", "minAge", null));

        assertThat(a.constructionRatePerBed()).isNull();
        assertThat(a.operatingMonthlyRates()).isEmpty();
        assertThat(a.constructionOwnerships()).isNull();
        assertThat(a.minAge()).isNull();
        assertThat(a.localHukouPrefix()).isNull();
        assertThat(a.constructionHoldMonths()).isNull();
        assertThat(a.constructionClawback()).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalidBodies")
    @DisplayName("A bad parameter is a 400 POLICY_INVALID naming it")
    @org.junit.jupiter.api.Timeout(10)
    void invalid(String field, Map<String, Object> body) {
        assertThatThrownBy(() -> PolicyRequest.parse(body)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
            assertThat(e.code()).isEqualTo("POLICY_INVALID");
            assertThat(e.field()).isEqualTo(field);
        });
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments("effectiveFrom", body()),
                arguments("effectiveFrom", body("effectiveFrom", "2025-02-30")),
                arguments("effectiveFrom", body("effectiveFrom", new BigDecimal("20250701"))),
                arguments("minAges", body("effectiveFrom", "2025-07-01", "minAges", new BigDecimal("65"))),
                arguments("version", body("effectiveFrom", "2025-07-01", "version", new BigDecimal("7"))),
                arguments(
                        "constructionRatePerBed",
                        body("effectiveFrom", "2025-07-01", "constructionRatePerBed", "lots")),
                arguments(
                        "operatingMonthlyRates",
                        body(
                                "effectiveFrom",
                                "2025-07-01",
                                "operatingMonthlyRates",
                                Map.of("5", new BigDecimal("100")))),
                arguments(
                        "operatingMonthlyRates",
                        body("effectiveFrom", "2025-07-01", "operatingMonthlyRates", List.of(new BigDecimal("100")))),
                arguments(
                        "operatingMonthlyRates",
                        body("effectiveFrom", "2025-07-01", "operatingMonthlyRates", Map.of("1", "cheap"))),
                arguments(
                        "constructionOwnerships",
                        body("effectiveFrom", "2025-07-01", "constructionOwnerships", List.of("PRIVATE", "STATE"))),
                arguments("operatingOwnerships", body("effectiveFrom", "2025-07-01", "operatingOwnerships", "PRIVATE")),
                arguments("minAge", body("effectiveFrom", "2025-07-01", "minAge", new BigDecimal("60.5"))),
                arguments("minAge", body("effectiveFrom", "2025-07-01", "minAge", "60")),
                arguments("noticeDays", body("effectiveFrom", "2025-07-01", "noticeDays", new BigDecimal("1e12"))),
                // numbers of absurd size are judged on precision and scale, never expanded (that ran out of memory)
                arguments(
                        "constructionRatePerBed",
                        body("effectiveFrom", "2025-07-01", "constructionRatePerBed", new BigDecimal("1e1000000000"))),
                arguments(
                        "constructionRatePerBed",
                        body("effectiveFrom", "2025-07-01", "constructionRatePerBed", new BigDecimal("1234567890123"))),
                arguments(
                        "operatingMonthlyRates",
                        body(
                                "effectiveFrom",
                                "2025-07-01",
                                "operatingMonthlyRates",
                                Map.of("1", new BigDecimal("1e1000000000")))),
                arguments(
                        "noticeDays",
                        body("effectiveFrom", "2025-07-01", "noticeDays", new BigDecimal("1e1000000000"))),
                arguments(
                        "noticeDays",
                        body("effectiveFrom", "2025-07-01", "noticeDays", new BigDecimal("1e-1000000000"))),
                arguments(
                        "minAge",
                        body("effectiveFrom", "2025-07-01", "minAge", new BigDecimal("1" + "0".repeat(100_000)))),
                arguments(
                        "localHukouPrefix",
                        body("effectiveFrom", "2025-07-01", "localHukouPrefix", new BigDecimal("5111"))),
                arguments(
                        "constructionHoldMonths",
                        body("effectiveFrom", "2025-07-01", "constructionHoldMonths", new BigDecimal("60.5"))),
                arguments(
                        "constructionHoldMonths", body("effectiveFrom", "2025-07-01", "constructionHoldMonths", "60")),
                arguments("constructionClawback", body("effectiveFrom", "2025-07-01", "constructionClawback", "HALF")),
                arguments(
                        "constructionClawback", body("effectiveFrom", "2025-07-01", "constructionClawback", "prorata")),
                arguments(
                        "constructionClawback",
                        body("effectiveFrom", "2025-07-01", "constructionClawback", new BigDecimal("1"))));
    }

    @Test
    @DisplayName("A whole number written with decimals (60.0) is accepted")
    void integralDecimal() {
        assertThat(PolicyRequest.parse(body("effectiveFrom", "2025-07-01", "minAge", new BigDecimal("60.0")))
                        .minAge())
                .isEqualTo(60);
    }

    @Test
    @DisplayName("No body is a 400 BODY_REQUIRED")
    void noBody() {
        assertThatThrownBy(() -> PolicyRequest.parse(null))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("BODY_REQUIRED"));
    }

    @Test
    @DisplayName("the body the OpenAPI document describes has exactly the parameters the server reads, in order")
    void documentedBodyNamesEveryParameter() {
        assertThat(java.util.Arrays.stream(PolicyRequest.Body.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName)
                        .toList())
                .isEqualTo(PolicyRequest.PARAMETERS);
    }
}
