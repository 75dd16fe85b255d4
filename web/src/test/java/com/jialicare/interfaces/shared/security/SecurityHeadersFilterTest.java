package com.jialicare.interfaces.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Pages behind the login and the API are never kept by the browser; public pages and resources may be")
class SecurityHeadersFilterTest {

    @ParameterizedTest
    @CsvSource({
        "/app/admin/index.xhtml, true",
        "/app/care-home/beds.xhtml, true",
        "/login.xhtml, true",
        "/api/me, true",
        "/notice.xhtml, false",
        "/jakarta.faces.resource/css/jiali.css.xhtml, false",
        "/application/x, false"
    })
    void noStore(String path, boolean expected) {
        assertThat(SecurityHeadersFilter.noStore(path)).isEqualTo(expected);
    }
}
