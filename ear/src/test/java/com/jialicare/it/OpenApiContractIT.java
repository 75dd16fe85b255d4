package com.jialicare.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.it.support.OpenApiContract;
import com.jialicare.it.support.OpenApiContract.Check;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is checked by every test through {@code ApiClient}; this test proves the check
 * bites: answers the server never gives, fed to the same check, are refused.
 */
@DisplayName("OpenAPI contract: the published document describes the answers, and a wrong answer fails the check")
class OpenApiContractIT extends ApiITBase {

    private static final HttpHeaders JSON =
            HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
    private static final HttpHeaders BASIC =
            HttpHeaders.of(Map.of("Authorization", List.of("Basic YTpi")), (a, b) -> true);

    private URI root() {
        return admin.root();
    }

    private void answer(String method, String path, int status, String body) {
        OpenApiContract.check(root(), method, root().resolve(path), BASIC, null, status, JSON, body, Check.BOTH);
    }

    @Test
    @DisplayName("a stay as the server sends it passes, with dischargedOn and dischargeReason null")
    void realStayPasses() {
        long stay = city.admitted().admit().stay();
        var r = admin.get("api/stays/" + stay);
        assertThat(r.json().isNull("dischargedOn")).isTrue();
        assertThatCode(() -> answer("GET", "api/stays/" + stay, 200, r.body())).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an undocumented status fails the check")
    void undocumentedStatus() {
        assertThatThrownBy(() -> answer("GET", "api/me", 418, "{\"code\":\"TEAPOT\",\"message\":\"no\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("418");
    }

    @Test
    @DisplayName("a field of the wrong type fails the check: an id as text, an amount as text")
    void wrongType() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 10);
        String view = admin.get("api/care-homes/" + home).body();
        assertThatThrownBy(() -> answer(
                        "GET",
                        "api/care-homes/" + home,
                        200,
                        view.replaceFirst("\"id\":" + home, "\"id\":\"" + home + "\"")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("id");
        String construction = admin.get("api/care-homes/" + home + "/subsidies/construction?asOf=2024-01-01")
                .body();
        assertThat(construction).contains("\"total\":");
        assertThatThrownBy(() -> answer(
                        "GET",
                        "api/care-homes/" + home + "/subsidies/construction?asOf=2024-01-01",
                        200,
                        construction.replaceFirst("\"total\":([0-9.]+)", "\"total\":\"$1\"")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("total");
    }

    @Test
    @DisplayName("null where the document does not allow it, an undocumented field, an error without a code: all fail")
    void nullsFieldsAndErrors() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 10);
        String view = admin.get("api/care-homes/" + home).body();
        assertThatThrownBy(() -> answer(
                        "GET",
                        "api/care-homes/" + home,
                        200,
                        view.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":null")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() ->
                        answer("GET", "api/care-homes/" + home, 200, view.replaceFirst("\\{", "{\"secret\":\"x\",")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secret");
        assertThatThrownBy(() -> answer("GET", "api/care-homes/" + home, 404, "{\"message\":\"gone\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("code");
    }

    @Test
    @DisplayName("a request of the wrong shape fails the check unless the test says it is wrong on purpose")
    void wrongRequest() {
        String body = "{\"residentId\":\"one\",\"bedId\":1,\"admittedOn\":\"2024-01-01\"}";
        String error =
                "{\"code\":\"INVALID_NUMBER\",\"message\":\"residentId must be a whole number\",\"field\":\"residentId\"}";
        HttpHeaders headers = HttpHeaders.of(
                Map.of("Authorization", List.of("Basic YTpi"), "Content-Type", List.of("application/json")),
                (a, b) -> true);
        assertThatThrownBy(() -> OpenApiContract.check(
                        root(), "POST", root().resolve("api/stays"), headers, body, 400, JSON, error, Check.BOTH))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("residentId");
        assertThatCode(() -> OpenApiContract.check(
                        root(),
                        "POST",
                        root().resolve("api/stays"),
                        headers,
                        body,
                        400,
                        JSON,
                        error,
                        Check.RESPONSE_ONLY))
                .doesNotThrowAnyException();
    }
}
