package com.jialicare.interfaces.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSRF filter: which state-changing requests are refused")
class CsrfFilterTest {

    /** A POST to https://care.example:8443/app/x.xhtml with these headers, session id and view state. */
    private static HttpServletRequest post(Map<String, String> headers, String sessionId, String viewState) {
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMethod", "POST");
        answers.put("getScheme", "https");
        answers.put("getServerName", "care.example");
        answers.put("getServerPort", 8443);
        answers.put("getServletPath", "/app/x.xhtml");
        answers.put("getCharacterEncoding", "UTF-8");
        answers.put("getRequestedSessionId", sessionId);
        return (HttpServletRequest) Proxy.newProxyInstance(
                CsrfFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> CsrfFilter.VIEW_STATE.equals(args[0]) ? viewState : null;
                    default -> answers.get(method.getName());
                });
    }

    private static String refusal(Map<String, String> headers, String sessionId, String viewState) {
        return CsrfFilter.refusal(post(headers, sessionId, viewState));
    }

    @Test
    @DisplayName("our own origin passes; another scheme, host or port, 'null', or a foreign Referer does not")
    void origin() {
        assertThat(refusal(Map.of("Origin", "https://care.example:8443"), "s", "1:2"))
                .isNull();
        assertThat(refusal(Map.of("Origin", "HTTPS://Care.Example:8443"), "s", "1:2"))
                .isNull();
        assertThat(refusal(Map.of("Referer", "https://care.example:8443/app/x.xhtml?a=1"), "s", "1:2"))
                .isNull();
        assertThat(refusal(Map.of("Origin", "http://care.example:8443"), "s", "1:2"))
                .isNotNull();
        assertThat(refusal(Map.of("Origin", "https://care.example"), "s", "1:2"))
                .isNotNull();
        assertThat(refusal(Map.of("Origin", "https://care.example.evil.example:8443"), "s", "1:2"))
                .isNotNull();
        assertThat(refusal(Map.of("Origin", "null"), "s", "1:2")).isNotNull();
        assertThat(refusal(Map.of("Referer", "https://evil.example/care.example:8443"), "s", "1:2"))
                .isNotNull();
        // Origin decides when both are there
        assertThat(refusal(
                        Map.of("Origin", "https://evil.example", "Referer", "https://care.example:8443/"), "s", "1:2"))
                .isNotNull();
    }

    @Test
    @DisplayName("a foreign Origin is refused even with HTTP Basic credentials (a browser remembers them too)")
    void basicWithForeignOrigin() {
        assertThat(refusal(Map.of("Authorization", "Basic eDp5", "Origin", "https://evil.example"), null, null))
                .isNotNull();
    }

    @Test
    @DisplayName(
            "neither Origin nor Referer: refused with a session cookie, allowed for Basic or anonymous clients without one")
    void neither() {
        assertThat(refusal(Map.of(), "s", "1:2")).contains("session cookie");
        assertThat(refusal(Map.of("Authorization", "Basic eDp5"), null, null)).isNull();
        assertThat(refusal(Map.of("Authorization", "Basic eDp5"), "s", null)).isNull();
        assertThat(refusal(Map.of("Authorization", "Bearer x"), "s", null)).isNotNull();
        assertThat(refusal(Map.of(), null, null)).isNull();
    }

    @Test
    @DisplayName("a JSF post with the view state 'stateless' is refused, whatever its origin")
    void stateless() {
        assertThat(refusal(Map.of("Origin", "https://care.example:8443"), "s", "stateless"))
                .contains("stateless");
        assertThat(refusal(Map.of("Authorization", "Basic eDp5"), null, "stateless"))
                .contains("stateless");
    }
}
