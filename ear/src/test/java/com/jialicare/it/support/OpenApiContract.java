package com.jialicare.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published OpenAPI document as a contract: every request the integration tests send to {@code /api} and
 * every answer they get is checked against the document the server under test publishes at {@code /openapi}
 * (read once per server), by an independent validator (Atlassian's swagger-request-validator). A violation
 * fails the test with the validator's report — an undocumented status, a field of the wrong type, a
 * {@code null} where the document does not allow one, an undocumented field or parameter.
 *
 * <p>Tests that send a bad request on purpose (to see it refused) say so with {@link Check#RESPONSE_ONLY}: the
 * request is then not checked, but the answer still must be one the document describes.
 */
public final class OpenApiContract {

    /** What to check of one exchange. */
    public enum Check {
        /** The request and the response: the default for everything a test sends. */
        BOTH,
        /** Only the response: the request is invalid on purpose (a test of the server's refusal). */
        RESPONSE_ONLY
    }

    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    /**
     * Checks one exchange with the server at {@code root} (the application's root URL). Only {@code /api}
     * is described by the document; other paths (the UI, {@code /openapi} itself) are not checked.
     */
    public static void check(
            URI root,
            String method,
            URI uri,
            HttpHeaders requestHeaders,
            String requestBody,
            int status,
            HttpHeaders responseHeaders,
            String responseBody,
            Check check) {
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return;
        }
        OpenApiInteractionValidator validator = validator(root);
        Request request = request(method, uri, requestHeaders, requestBody);
        SimpleResponse.Builder response = new SimpleResponse.Builder(status);
        responseHeaders.map().forEach((name, values) -> response.withHeader(name, values));
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        ValidationReport report = check == Check.BOTH
                ? validator.validate(request, response.build())
                : validator.validateResponse(path, request.getMethod(), response.build());
        if (!report.hasErrors()) {
            return;
        }
        if (check == Check.RESPONSE_ONLY
                && onlyUndocumentedOperation(report)
                && status >= 400
                && isErrorBody(responseBody)) {
            // a request to an operation the API does not have, sent on purpose (e.g. DELETE, refused by the CSRF
            // filter first): the document cannot describe its answer, which must then be a refusal with the error body
            return;
        }
        throw new AssertionError("The exchange " + method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " → " + status
                + " does not match the published OpenAPI document:\n"
                + SimpleValidationReportFormat.getInstance().apply(report)
                + "\nrequest body: " + abbreviate(requestBody) + "\nresponse body: " + abbreviate(responseBody));
    }

    private static boolean onlyUndocumentedOperation(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .allMatch(m -> m.getKey().equals("validation.request.operation.notAllowed")
                        || m.getKey().equals("validation.request.path.missing"));
    }

    private static boolean isErrorBody(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body == null ? "" : body))) {
            jakarta.json.JsonObject json = reader.readObject();
            return json.get("code") instanceof jakarta.json.JsonString
                    && json.get("message") instanceof jakarta.json.JsonString;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Checks an exchange a test made with an {@link HttpClient} of its own. */
    public static void check(
            URI root, HttpRequest request, String requestBody, HttpResponse<String> response, Check check) {
        check(
                root,
                request.method(),
                request.uri(),
                request.headers(),
                requestBody,
                response.statusCode(),
                response.headers(),
                response.body(),
                check);
    }

    private static Request request(String method, URI uri, HttpHeaders headers, String body) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.map().forEach((name, values) -> b.withHeader(name, values));
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                b.withQueryParam(name, value);
            }
        }
        if (body != null) {
            b.withBody(body);
        }
        return b.build();
    }

    private static OpenApiInteractionValidator validator(URI root) {
        return VALIDATORS.computeIfAbsent(root, OpenApiContract::load);
    }

    /** Reads the published document once and builds a validator that treats every finding as an error. */
    private static OpenApiInteractionValidator load(URI root) {
        String document;
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(root.resolve("openapi"))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new AssertionError("GET /openapi answered " + r.statusCode() + ": " + r.body());
            }
            document = r.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET /openapi failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return OpenApiInteractionValidator.createForInlineApiSpecification(withoutEmptyObjects(document))
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /**
     * WildFly's OpenAPI writer adds an empty {@code externalDocs}, {@code info.license} and {@code info.contact}
     * whatever the application's filter does (a license needs a name, external docs a URL, so the parser refuses
     * them). They say nothing about the API, so they are dropped before the document is read; everything
     * else is taken as published.
     */
    private static String withoutEmptyObjects(String document) {
        jakarta.json.JsonObject json;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(document))) {
            json = reader.readObject();
        }
        var result = jakarta.json.Json.createObjectBuilder(json);
        if (json.containsKey("externalDocs")
                && json.getJsonObject("externalDocs").isEmpty()) {
            result.remove("externalDocs");
        }
        var info = jakarta.json.Json.createObjectBuilder(json.getJsonObject("info"));
        for (String empty : List.of("license", "contact")) {
            if (json.getJsonObject("info").containsKey(empty)
                    && json.getJsonObject("info").getJsonObject(empty).isEmpty()) {
                info.remove(empty);
            }
        }
        return result.add("info", info).build().toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "(none)" : text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** The request's headers as the validator needs them (for clients that do not keep the built request). */
    static HttpHeaders headers(Map<String, List<String>> map) {
        return HttpHeaders.of(map, (a, b) -> true);
    }
}
