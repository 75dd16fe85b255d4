package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReasonLocaleTest {

    @Test
    @DisplayName("Reasons are Chinese unless the request prefers English")
    void reasonLocale() {
        assertThat(ReasonLocale.of(accepting())).isEqualTo(Locale.CHINESE);
        assertThat(ReasonLocale.of(accepting(new Locale("*")))).isEqualTo(Locale.CHINESE);
        assertThat(ReasonLocale.of(accepting(Locale.US))).isEqualTo(Locale.ENGLISH);
        assertThat(ReasonLocale.of(accepting(Locale.FRENCH, Locale.ENGLISH, Locale.CHINESE)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ReasonLocale.of(accepting(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)))
                .isEqualTo(Locale.CHINESE);
        assertThat(ReasonLocale.of(accepting(Locale.FRENCH))).isEqualTo(Locale.CHINESE);
    }

    /** Headers whose Accept-Language lists these locales, best first (as JAX-RS sorts them). */
    private static HttpHeaders accepting(Locale... locales) {
        return (HttpHeaders) Proxy.newProxyInstance(
                ReasonLocaleTest.class.getClassLoader(), new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAcceptableLanguages")) {
                        return List.of(locales);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
