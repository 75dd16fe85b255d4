package com.jialicare.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The application's REST API as one user sees it (HTTP Basic). */
final class Api {

    private final HttpClient http;
    private final String base;
    private final String authorization;

    Api(int port, String username, String password) {
        this(Api.client(), port, username, password);
    }

    /** With a client shared by many users (each client holds a thread of its own). */
    /**
     * HTTP/1.1: over plain HTTP the JDK's client otherwise upgrades to HTTP/2, and Undertow then ends the connection
     * (GOAWAY) when a request runs past its 60-second no-request timeout — the province's import of 10,000 deaths
     * on a loaded machine did.
     */
    static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    Api(HttpClient http, int port, String username, String password) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
        this.authorization = basic(username, password);
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String authorization() {
        return authorization;
    }

    JsonObject get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), path, 200);
    }

    JsonObject post(String path, String json, int expected) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                path,
                expected);
    }

    /** An answer: its status and its JSON body. */
    record Answer(int status, JsonObject body) {}

    /** Posts a file (e.g. an .xlsx) and returns whatever status comes back, with the JSON body. */
    Answer postFile(String path, String contentType, byte[] content) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", authorization)
                        .header("Content-Type", contentType)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return new Answer(r.statusCode(), reader.readObject());
        } catch (RuntimeException e) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + " without JSON: " + r.body(), e);
        }
    }

    /** The status of a GET without reading it as JSON (e.g. a static file). */
    int status(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", authorization)
                                .timeout(Duration.ofMinutes(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private JsonObject send(HttpRequest.Builder request, String path, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                request.header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofMinutes(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonValue v = reader.readValue();
            return v.getValueType() == JsonValue.ValueType.OBJECT
                    ? v.asJsonObject()
                    : Json.createObjectBuilder().add("items", v).build();
        }
    }

    /** A preview's homes: id → {eligible count, total}. */
    static Map<Long, Totals> homes(JsonObject preview, String countField) {
        Map<Long, Totals> map = new HashMap<>();
        for (JsonValue v : preview.getJsonArray("homes")) {
            JsonObject h = v.asJsonObject();
            map.put(
                    h.getJsonNumber("careHomeId").longValue(),
                    new Totals(
                            h.getJsonNumber(countField).longValue(),
                            h.getJsonNumber("total").bigDecimalValue()));
        }
        return map;
    }

    /** Eligible lines (months or beds) and their total, of one home. */
    record Totals(long eligible, BigDecimal total) {}
}
