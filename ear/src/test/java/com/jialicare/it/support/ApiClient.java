package com.jialicare.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A small HTTP client for the API, as an integrator's script would use it: JSON over HTTP Basic. Every
 * exchange is checked against the published OpenAPI document ({@link OpenApiContract}); a client made with
 * {@link #sendingInvalid()} sends requests that are wrong on purpose, and only its answers are checked.
 */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final String acceptLanguage;
    private final OpenApiContract.Check check;

    private ApiClient(URI base, String authorization) {
        this(base, authorization, null, OpenApiContract.Check.BOTH);
    }

    private ApiClient(URI base, String authorization, String acceptLanguage, OpenApiContract.Check check) {
        this.base = base;
        this.authorization = authorization;
        this.acceptLanguage = acceptLanguage;
        this.check = check;
    }

    /** {@code base} is the application's root URL as Arquillian gives it. */
    public static ApiClient anonymous(URL base) {
        return new ApiClient(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null);
    }

    public ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(base, "Basic " + token);
    }

    public ApiClient anonymous() {
        return new ApiClient(base, null);
    }

    /** The same client sending {@code Accept-Language} with every request (e.g. "en", "zh-CN,en;q=0.5"). */
    public ApiClient acceptLanguage(String languages) {
        return new ApiClient(base, authorization, languages, check);
    }

    /**
     * The same client for requests that break the published contract on purpose (to test the refusal): their
     * requests are not checked against the OpenAPI document, their answers still are.
     */
    public ApiClient sendingInvalid() {
        return new ApiClient(base, authorization, acceptLanguage, OpenApiContract.Check.RESPONSE_ONLY);
    }

    /** The application's root URL. */
    public URI root() {
        return base;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** A POST without a body (the workflow's actions that take none, such as submit). */
    public Response post(String path) {
        return send("POST", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response post(String path, JsonObject json) {
        return send("POST", path, json.toString());
    }

    /** Sends a file (e.g. an .xlsx workbook) as the request body. */
    public Response upload(String path, byte[] file, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpRequest request = b.build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the workbook is binary: the validator checks its type, not its bytes
            OpenApiContract.check(
                    base,
                    request.method(),
                    request.uri(),
                    request.headers(),
                    new String(file, StandardCharsets.ISO_8859_1),
                    r.statusCode(),
                    r.headers(),
                    r.body(),
                    check);
            return new Response(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location"),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().allValues("WWW-Authenticate"));
        } catch (IOException e) {
            throw new IllegalStateException("upload to " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET as a browser sends it ({@code Accept: *}{@code /*}), for documents such as .xlsx and PDF. */
    public Response download(String path) {
        return send("GET", path, null, "*/*");
    }

    /** A GET of a binary document: its bytes, after checking the status (with this client's login and language). */
    public byte[] bytes(String path, int expectedStatus) {
        try {
            HttpRequest request = request("GET", path, null, "*/*").build();
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            OpenApiContract.check(
                    base,
                    "GET",
                    request.uri(),
                    request.headers(),
                    null,
                    r.statusCode(),
                    r.headers(),
                    new String(r.body(), json ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1),
                    check);
            if (r.statusCode() != expectedStatus) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode() + ", expected " + expectedStatus
                        + ": " + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String body) {
        return send(method, path, body, "application/json");
    }

    /** The request with this client's login and language. */
    private HttpRequest.Builder request(String method, String path, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return b;
    }

    private Response send(String method, String path, String body, String accept) {
        HttpRequest request = request(method, path, body, accept).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OpenApiContract.check(
                    base, method, request.uri(), request.headers(), body, r.statusCode(), r.headers(), r.body(), check);
            return new Response(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location"),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().allValues("WWW-Authenticate"));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: status, body, and the body as JSON where it is JSON. */
    public record Response(
            int status, String body, Optional<String> location, String contentType, List<String> challenges) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String code() {
            return json().getString("code");
        }

        public long id() {
            return json().getJsonNumber("id").longValue();
        }

        public String string(String field) {
            JsonValue v = json().get(field);
            return v == null || v == JsonValue.NULL ? null : json().getString(field);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static jakarta.json.JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }
}
