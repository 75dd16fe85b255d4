package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.OpenApiContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Platform: the real EAR on the provisioned WildFly")
class PlatformIT extends ApiITBase {

    private ApiClient api() {
        return ApiClient.anonymous(base);
    }

    @Test
    @DisplayName("the health check answers UP and nothing else: no database product, version or error for anyone")
    void healthSaysOnlyUp() {
        var r = api().get("api/health");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("status")).isEqualTo("UP");
        assertThat(r.json().keySet()).as(r.body()).containsExactly("status");
        assertThat(r.body()).doesNotContainIgnoringCase("H2").doesNotContainIgnoringCase("PostgreSQL");
    }

    @Test
    @DisplayName("GET /api/me tells the administrator who they are")
    void meForAdmin() {
        var r = admin.get("api/me");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getString("username")).isEqualTo("admin");
        assertThat(r.json().getString("role")).isEqualTo("ADMIN");
    }

    @Test
    @DisplayName("without credentials the API answers 401 with a Basic challenge and a JSON error")
    void unauthenticated() {
        var r = api().sendingInvalid().get("api/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.challenges()).anyMatch(c -> c.startsWith("Basic"));
        assertThat(r.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    @DisplayName("a wrong password gets 401 with a JSON error, not a page")
    void wrongPassword() {
        var r = api().as("admin", "wrong-password").get("api/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    @DisplayName("the administrator creates a city auditor, who can then log in")
    void createUser() {
        var r = admin.post(
                "api/users",
                object().add("username", "auditor-" + System.nanoTime() % 100000)
                        .add("password", "secret-pass-1")
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.location()).hasValueSatisfying(l -> assertThat(l).contains("/api/users/" + r.id()));
        String username = r.json().getString("username");

        var me = api().as(username, "secret-pass-1").get("api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("role")).isEqualTo("CITY_AUDITOR");
    }

    @Test
    @DisplayName("a county auditor gets the county as scope; a non-Leshan county is refused")
    void countyScope() {
        String name = "county-" + System.nanoTime() % 100000;
        var ok = admin.post(
                "api/users",
                object().add("username", name)
                        .add("password", "secret-pass-1")
                        .add("role", "COUNTY_AUDITOR")
                        .add("countyCode", "511181")
                        .build());
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(api().as(name, "secret-pass-1").get("api/me").json().getString("countyCode"))
                .isEqualTo("511181");

        var bad = admin.post(
                "api/users",
                object().add("username", name + "x")
                        .add("password", "secret-pass-1")
                        .add("role", "COUNTY_AUDITOR")
                        .add("countyCode", "110105")
                        .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("INVALID_COUNTY");
        assertThat(bad.json().getString("field")).isEqualTo("countyCode");
    }

    @Test
    @DisplayName("invalid new users get 400 with the field at fault; a taken name gets 409")
    void invalidUsers() {
        var noRole = admin.post(
                "api/users",
                object().add("username", "norole")
                        .add("password", "secret-pass-1")
                        .build());
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.code()).isEqualTo("ROLE_REQUIRED");

        var badRole = admin.post(
                "api/users",
                object().add("username", "badrole")
                        .add("password", "secret-pass-1")
                        .add("role", "KING")
                        .build());
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.code()).isEqualTo("INVALID_ROLE");

        var shortPw = admin.post(
                "api/users",
                object().add("username", "shortpw")
                        .add("password", "x")
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(shortPw.status()).isEqualTo(400);
        assertThat(shortPw.json().getString("field")).isEqualTo("password");

        var taken = admin.post(
                "api/users",
                object().add("username", "admin")
                        .add("password", "secret-pass-1")
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");

        var broken = admin.sendingInvalid().post("api/users", "{\"username\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    @DisplayName("only the administrator creates users: others get 403")
    void onlyAdminCreatesUsers() {
        String name = "city-" + System.nanoTime() % 100000;
        admin.post(
                "api/users",
                object().add("username", name)
                        .add("password", "secret-pass-1")
                        .add("role", "CITY_AUDITOR")
                        .build());
        var r = api().as(name, "secret-pass-1")
                .post(
                        "api/users",
                        object().add("username", name + "b")
                                .add("password", "secret-pass-1")
                                .add("role", "ADMIN")
                                .build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    @DisplayName("five wrong passwords in a row lock the account, even for the right password")
    void lockout() {
        String name = "locked-" + System.nanoTime() % 100000;
        admin.post(
                "api/users",
                object().add("username", name)
                        .add("password", "secret-pass-1")
                        .add("role", "CITY_AUDITOR")
                        .build());
        for (int i = 0; i < 5; i++) {
            assertThat(api().as(name, "wrong-" + i).get("api/me").status()).isEqualTo(401);
        }
        assertThat(api().as(name, "secret-pass-1").get("api/me").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("the application publishes an OpenAPI document of its REST API")
    void openApi() {
        var r = api().get("openapi?format=JSON");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body())
                .contains("\"/api/stays\"")
                .contains("\"/api/care-homes/{id}/beds\"")
                .contains("Jiali Care API");
    }

    @Test
    @DisplayName("every answer carries the security headers: no sniffing, no framing, a same-origin content policy")
    void securityHeaders() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {"login.xhtml", "api/health"}) {
            var request = java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                    .build();
            var r = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            OpenApiContract.check(base.toURI(), request, null, r, OpenApiContract.Check.BOTH);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    @DisplayName("the UI is served at the root: / leads to the login page")
    void rootServesLogin() {
        var r = api().get("");
        assertThat(r.status()).isIn(200, 302);
        var login = api().get("login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("嘉利养老");
    }
}
