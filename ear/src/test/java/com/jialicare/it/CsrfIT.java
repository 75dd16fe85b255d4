package com.jialicare.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Database;
import com.jialicare.it.support.Deployments;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery against the UI: a form posted from elsewhere carries the victim's session
 * cookie but cannot know the page's view state. Such a post must do nothing.
 */
@DisplayName("CSRF: a forged form post with the administrator's session but without the page's view state does nothing")
class CsrfIT extends ApiITBase {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    @DisplayName("logged in as the administrator, a forged 'create user' post (made-up or missing view state) creates nobody")
    void forgedPostDoesNothing() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        URI root = base.toURI();

        // log in as a browser would: the login page's view state, then the form
        String login = get(browser, root.resolve("login.xhtml"));
        post(browser, root.resolve("login.xhtml"), Map.of("login", "login", "login:username", "admin",
                "login:password", Deployments.ADMIN_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState(login)));
        String usersPage = get(browser, root.resolve("app/admin/users.xhtml"));
        assertThat(usersPage).as("logged in as the administrator").contains("user-form");

        long before = Database.scalar("select count(*) from app_user");
        String name = "csrf-" + System.nanoTime() % 1_000_000;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "user-form:save");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("user-form", "user-form");
        form.put("user-form:save", "user-form:save");
        form.put("user-form:username", name);
        form.put("user-form:password", "secret-pass-1");
        form.put("user-form:role_input", "CITY_AUDITOR");
        form.put("jakarta.faces.ViewState", "-1234567890123456789:987654321");
        post(browser, root.resolve("app/admin/users.xhtml"), form);
        form.remove("jakarta.faces.ViewState");
        post(browser, root.resolve("app/admin/users.xhtml"), form);
        assertThat(Database.scalar("select count(*) from app_user")).as("no user created by forged posts").isEqualTo(before);
        assertThat(Database.scalar("select count(*) from app_user where username = '" + name + "'")).isZero();
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("the page carries a view state").isTrue();
        return m.group(1).replace("&#58;", ":");
    }

    private static String get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(HttpClient client, URI uri, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (form.containsKey("jakarta.faces.partial.ajax")) {
            b.header("Faces-Request", "partial/ajax");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
