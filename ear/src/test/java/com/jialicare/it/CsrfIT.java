package com.jialicare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Database;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.OpenApiContract;
import com.jialicare.it.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery: a form or API call posted from elsewhere carries the victim's session cookie
 * (unless SameSite stops it) but cannot know the page's view state and cannot make the browser send our
 * own origin. Such a request must do nothing.
 */
@DisplayName("CSRF: forged posts with a logged-in user's session cookie do nothing")
class CsrfIT extends ApiITBase {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String EVIL = "https://evil.example";

    /** The application's own origin, as a browser on one of its pages sends it. */
    private String self;

    private URI root;

    @BeforeEach
    void origin() throws Exception {
        root = base.toURI();
        self = root.getScheme() + "://" + root.getHost() + ":" + root.getPort();
    }

    @Test
    @DisplayName(
            "logged in as the administrator, a forged 'create user' post (made-up, missing or 'stateless' view state) creates nobody")
    void forgedPostDoesNothing() throws Exception {
        Session browser = loginAsAdministrator();
        String usersPage = browser.get("app/admin/users.xhtml");
        assertThat(usersPage).as("logged in as the administrator").contains("user-form");

        long before = Database.scalar("select count(*) from app_user");
        String name = TestData.name("csrf-");
        Map<String, String> form = createUser(name, "-1234567890123456789:987654321");
        browser.post("app/admin/users.xhtml", form, self);
        form.remove("jakarta.faces.ViewState");
        browser.post("app/admin/users.xhtml", form, self);
        // 'stateless' makes the server build the page afresh instead of restoring it: no view here is transient,
        // so such a post is refused outright, even with our own origin
        form.put("jakarta.faces.ViewState", "stateless");
        assertThat(browser.post("app/admin/users.xhtml", form, self).statusCode())
                .as("stateless post")
                .isEqualTo(403);
        assertThat(browser.post("app/admin/users.xhtml", form, null).statusCode())
                .as("stateless post, no origin")
                .isEqualTo(403);
        assertThat(Database.scalar("select count(*) from app_user"))
                .as("no user created by forged posts")
                .isEqualTo(before);
        assertThat(Database.scalar("select count(*) from app_user where username = '" + name + "'"))
                .isZero();
    }

    @Test
    @DisplayName(
            "a UI post with the page's right view state is refused from a foreign Origin or Referer, or with neither; from our own origin it works")
    void foreignOriginIsRefused() throws Exception {
        Session browser = loginAsAdministrator();
        String viewState = viewState(browser.get("app/admin/users.xhtml"));
        String name = TestData.name("csrf-");
        Map<String, String> form = createUser(name, viewState);

        assertThat(browser.post("app/admin/users.xhtml", form, EVIL).statusCode())
                .as("foreign Origin")
                .isEqualTo(403);
        assertThat(browser.post("app/admin/users.xhtml", form, "null").statusCode())
                .as("Origin: null")
                .isEqualTo(403);
        assertThat(browser.send("app/admin/users.xhtml", form, null, EVIL + "/page.html")
                        .statusCode())
                .as("no Origin, foreign Referer")
                .isEqualTo(403);
        assertThat(browser.post("app/admin/users.xhtml", form, null).statusCode())
                .as("neither Origin nor Referer")
                .isEqualTo(403);
        assertThat(browser.post("app/admin/users.xhtml", form, "http://" + root.getHost() + ":" + (root.getPort() + 1))
                        .statusCode())
                .as("another port of our host")
                .isEqualTo(403);
        assertThat(Database.scalar("select count(*) from app_user where username = '" + name + "'"))
                .as("refused posts")
                .isZero();

        // the same post from our own origin (as the browser sends it) creates the user: the form was right
        var ok = browser.post("app/admin/users.xhtml", form, self);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Database.scalar("select count(*) from app_user where username = '" + name + "'"))
                .as("same-origin post")
                .isEqualTo(1);

        // and with no Origin but our own page as Referer (older browsers, same-origin navigation)
        String second = TestData.name("csrf-");
        browser.send(
                "app/admin/users.xhtml",
                createUser(second, viewState),
                null,
                root.resolve("app/admin/users.xhtml").toString());
        assertThat(Database.scalar("select count(*) from app_user where username = '" + second + "'"))
                .as("own Referer")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("the login form itself refuses a foreign origin (login CSRF), and works from our own")
    void loginFromForeignOriginIsRefused() throws Exception {
        Session browser = new Session();
        String login = browser.get("login.xhtml");
        var forged = browser.post("login.xhtml", loginForm(viewState(login)), EVIL);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("app/admin/users.xhtml"))
                .as("not logged in by the forged post")
                .doesNotContain("user-form");
    }

    @Test
    @DisplayName("the session cookie is HttpOnly and SameSite=Lax, as the server sends it at login")
    void sessionCookieIsSameSiteLax() throws Exception {
        Session browser = new Session();
        String login = browser.get("login.xhtml");
        var answer = browser.post("login.xhtml", loginForm(viewState(login)), self);
        List<String> cookies = new ArrayList<>(browser.setCookies);
        assertThat(answer.headers().allValues("Set-Cookie"))
                .as("a new session id at login")
                .anyMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(cookies)
                .as("every session cookie sent")
                .isNotEmpty()
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(
                        c -> assertThat(c).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
        assertThat(browser.get("app/admin/users.xhtml")).as("logged in").contains("user-form");
    }

    @Test
    @DisplayName(
            "the API refuses a state change authenticated by the UI's session cookie from a foreign or unknown origin; Basic clients need no Origin")
    void apiWithSessionCookieChecksOrigin() throws Exception {
        Session browser = loginAsAdministrator();
        long homes = Database.scalar("select count(*) from care_home");
        String body = "{\"name\":\"" + TestData.name("养老院") + "\",\"creditCode\":\"" + TestData.creditCode()
                + "\",\"ownership\":\"PRIVATE\",\"countyCode\":\"511102\",\"filedOn\":\"2024-01-01\",\"filedBeds\":10,\"premises\":\"OWNED\"}";

        var foreign = browser.json("POST", "api/care-homes", body, EVIL);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("\"code\":\"CSRF_REJECTED\"");
        assertThat(foreign.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var bodyless = browser.json("POST", "api/applications/999999999/submit", null, EVIL);
        assertThat(bodyless.statusCode())
                .as("the body-less submit of the finding")
                .isEqualTo(403);
        assertThat(bodyless.body()).contains("CSRF_REJECTED");
        assertThat(browser.json("POST", "api/care-homes", body, null).statusCode())
                .as("cookie, no Origin nor Referer")
                .isEqualTo(403);
        assertThat(browser.json("DELETE", "api/care-homes/999999999", null, EVIL)
                        .statusCode())
                .as("DELETE")
                .isEqualTo(403);
        assertThat(Database.scalar("select count(*) from care_home"))
                .as("nothing created")
                .isEqualTo(homes);

        // reading is not a state change; the same call from our own origin works (the request itself was right)
        assertThat(browser.json("GET", "api/me", null, EVIL).statusCode()).isEqualTo(200);
        assertThat(browser.json("POST", "api/care-homes", body, self).statusCode())
                .isEqualTo(201);
        assertThat(Database.scalar("select count(*) from care_home")).isEqualTo(homes + 1);

        // API clients with HTTP Basic send no Origin and need none
        city.home("PRIVATE", "511102", java.time.LocalDate.of(2024, 1, 1), 10);
        assertThat(Database.scalar("select count(*) from care_home")).isEqualTo(homes + 2);
    }

    // --- a browser, by hand ---

    private Session loginAsAdministrator() throws Exception {
        Session browser = new Session();
        String login = browser.get("login.xhtml");
        browser.post("login.xhtml", loginForm(viewState(login)), self);
        return browser;
    }

    private static Map<String, String> loginForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "admin");
        form.put("login:password", Deployments.ADMIN_PASSWORD);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    /** The users page's "create" ajax post, as PrimeFaces sends it. */
    private static Map<String, String> createUser(String name, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "user-form:save");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("user-form", "user-form");
        form.put("user-form:save", "user-form:save");
        form.put("user-form:username", name);
        form.put("user-form:password", "secret-pass-1");
        form.put("user-form:role_input", "CITY_AUDITOR");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("the page carries a view state").isTrue();
        return m.group(1).replace("&#58;", ":");
    }

    /** A browser's cookie jar; redirects followed by hand so that every Set-Cookie is seen. */
    private final class Session {
        final CookieManager jar = new CookieManager();
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final List<String> setCookies = new ArrayList<>();

        String get(String path) throws Exception {
            return page(path).body();
        }

        HttpResponse<String> page(String path) throws Exception {
            URI uri = root.resolve(path);
            for (int hops = 0; hops < 5; hops++) {
                HttpResponse<String> r =
                        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                setCookies.addAll(r.headers().allValues("Set-Cookie"));
                if (r.statusCode() / 100 != 3) {
                    return r;
                }
                uri = uri.resolve(r.headers().firstValue("Location").orElseThrow());
            }
            throw new AssertionError("too many redirects from " + path);
        }

        HttpResponse<String> post(String path, Map<String, String> form, String origin) throws Exception {
            return send(path, form, origin, null);
        }

        HttpResponse<String> send(String path, Map<String, String> form, String origin, String referer)
                throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (form.containsKey("jakarta.faces.partial.ajax")) {
                b.header("Faces-Request", "partial/ajax");
            }
            return sent(b, origin, referer);
        }

        HttpResponse<String> json(String method, String path, String body, String origin) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            return sent(b, origin, null);
        }

        private HttpResponse<String> sent(HttpRequest.Builder b, String origin, String referer) throws Exception {
            if (origin != null) {
                b.header("Origin", origin);
            }
            if (referer != null) {
                b.header("Referer", referer);
            }
            HttpRequest request = b.build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            setCookies.addAll(r.headers().allValues("Set-Cookie"));
            // the session cookie is added by the cookie jar, out of the validator's sight, and the origins are
            // forged on purpose: the answers are checked (API calls only), the requests not
            OpenApiContract.check(root, request, null, r, OpenApiContract.Check.RESPONSE_ONLY);
            return r;
        }
    }
}
