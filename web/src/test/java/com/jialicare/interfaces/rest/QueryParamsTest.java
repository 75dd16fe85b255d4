package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.ws.rs.core.HttpHeaders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {

    @Test
    @DisplayName("Dates and months are read in the API's formats")
    void valid() {
        assertThat(QueryParams.date("2024-02-29", "asOf")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(QueryParams.month("2024-02", "from")).isEqualTo(YearMonth.of(2024, 2));
        assertThat(QueryParams.optional(" 511102 ")).isEqualTo("511102");
        assertThat(QueryParams.optional("")).isNull();
    }

    @ParameterizedTest(name = "date \"{0}\" → {1}")
    @CsvSource(value = {"NULL, PARAMETER_REQUIRED", "'', PARAMETER_REQUIRED", "2023-02-30, INVALID_DATE",
            "2023-2-3, INVALID_DATE", "2023-13-01, INVALID_DATE", "yesterday, INVALID_DATE"}, nullValues = "NULL")
    @DisplayName("A missing or impossible date is a 400 naming the parameter")
    void badDate(String raw, String code) {
        assertThatThrownBy(() -> QueryParams.date(raw, "asOf")).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo("asOf");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
        });
    }

    @ParameterizedTest(name = "month \"{0}\" → {1}")
    @CsvSource(value = {"NULL, PARAMETER_REQUIRED", "2023-13, INVALID_MONTH", "2023-00, INVALID_MONTH",
            "2023-1, INVALID_MONTH", "2023-01-01, INVALID_MONTH"}, nullValues = "NULL")
    @DisplayName("A missing or impossible month is a 400 naming the parameter")
    void badMonth(String raw, String code) {
        assertThatThrownBy(() -> QueryParams.month(raw, "to")).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo("to");
        });
    }

    @Test
    @DisplayName("Reasons are Chinese unless the request prefers English")
    void reasonLocale() {
        assertThat(QueryParams.reasonLocale(accepting())).isEqualTo(Locale.CHINESE);
        assertThat(QueryParams.reasonLocale(accepting(new Locale("*")))).isEqualTo(Locale.CHINESE);
        assertThat(QueryParams.reasonLocale(accepting(Locale.US))).isEqualTo(Locale.ENGLISH);
        assertThat(QueryParams.reasonLocale(accepting(Locale.FRENCH, Locale.ENGLISH, Locale.CHINESE)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(QueryParams.reasonLocale(accepting(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)))
                .isEqualTo(Locale.CHINESE);
        assertThat(QueryParams.reasonLocale(accepting(Locale.FRENCH))).isEqualTo(Locale.CHINESE);
    }

    /** Headers whose Accept-Language lists these locales, best first (as JAX-RS sorts them). */
    private static HttpHeaders accepting(Locale... locales) {
        return (HttpHeaders) Proxy.newProxyInstance(QueryParamsTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(locales);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
