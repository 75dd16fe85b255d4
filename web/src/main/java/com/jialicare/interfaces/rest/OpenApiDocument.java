package com.jialicare.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document the server publishes at {@code /openapi} with what holds for every endpoint
 * and so is said once, here, instead of on each of the 40-odd resource methods: the error body and the
 * statuses it comes with (API.md, Errors), the login (HTTP Basic, or the UI's session), which operations need
 * none (those whose method says {@link PermitAll}, the same annotation {@link AuthenticationRequiredFilter}
 * obeys), and money. What differs per endpoint — its success status, the body of a {@code Response}, a field
 * that can be {@code null}, the type of a field read as {@code Object} — is annotated on the resource.
 *
 * <p>Rules for the error statuses, from where each is raised: every operation can answer 503 (database
 * unavailable); one that needs a login 401, 403, 429 (failed logins from the address) and 503 {@code LOGIN_BUSY};
 * one with parameters or a body 400 and 404 (ids outside the caller's scope are "not found", also in a body);
 * one with a body 413 and 415; every {@code POST} 403 (a forged cross-site request) and 409. An annotated
 * response of the same status is kept as it is.
 *
 * <p>The integration tests check every request and answer against this document (OpenApiContract).
 */
public class OpenApiDocument implements OASFilter {

    static final String ERROR_BODY = "ErrorBody";
    static final String BASIC = "basicAuth";
    static final String SESSION = "session";

    /** A status as a reusable response of the document ({@code #/components/responses/<name>}). */
    private record Status(
            String code, String name, String description, String example, String retryAfter, boolean challenge) {}

    private static final Status BAD_REQUEST = new Status(
            "400",
            "BadRequest",
            "Invalid input: a field missing, of the wrong type or with an impossible value, unknown fields, broken "
                    + "JSON, or a bad query parameter. `field` names the field at fault.",
            "{\"code\":\"INVALID_DATE\",\"message\":\"admittedOn must be a date YYYY-MM-DD\",\"field\":\"admittedOn\"}",
            null,
            false);
    private static final Status UNAUTHENTICATED = new Status(
            "401",
            "Unauthenticated",
            "Not logged in (`UNAUTHENTICATED`), or wrong credentials or a locked account (`BAD_CREDENTIALS`); with a "
                    + "Basic challenge.",
            "{\"code\":\"UNAUTHENTICATED\",\"message\":\"Log in with HTTP Basic authentication\"}",
            null,
            true);
    private static final Status FORBIDDEN = new Status(
            "403",
            "Forbidden",
            "Not allowed for the caller's role (`ROLE_NOT_ALLOWED`), the four-eyes rule (`FOUR_EYES_…`), or a "
                    + "state-changing request with the session cookie from another origin (`CSRF_REJECTED`).",
            "{\"code\":\"ROLE_NOT_ALLOWED\",\"message\":\"Your role may not do this\"}",
            null,
            false);
    private static final Status NOT_FOUND = new Status(
            "404",
            "NotFound",
            "Not found, or outside the caller's scope (the same answer, also for ids sent in the body).",
            "{\"code\":\"CARE_HOME_NOT_FOUND\",\"message\":\"No care home 42\"}",
            null,
            false);
    private static final Status CONFLICT = new Status(
            "409",
            "Conflict",
            "Conflict with existing data or with the record's state, e.g. `BED_OCCUPIED`, `WRONG_STATE`, or "
                    + "`CONCURRENT_CONFLICT` when a concurrent request changed the same data first.",
            "{\"code\":\"BED_OCCUPIED\",\"message\":\"Bed A-101-1 is occupied on 2024-01-15\",\"field\":\"bedId\"}",
            null,
            false);
    private static final Status TOO_LARGE = new Status(
            "413",
            "BodyTooLarge",
            "The body is larger than allowed (`BODY_TOO_LARGE`).",
            "{\"code\":\"BODY_TOO_LARGE\",\"message\":\"The request body is larger than 1 MB\"}",
            null,
            false);
    private static final Status UNSUPPORTED = new Status(
            "415",
            "UnsupportedMediaType",
            "The body is not of a type the operation reads (`UNSUPPORTED_MEDIA_TYPE`).",
            "{\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"message\":\"Send JSON (Content-Type: application/json)\"}",
            null,
            false);
    private static final Status TOO_MANY = new Status(
            "429",
            "TooManyAttempts",
            "Too many failed logins from this address (`TOO_MANY_ATTEMPTS`); `Retry-After` gives the seconds to wait.",
            "{\"code\":\"TOO_MANY_ATTEMPTS\",\"message\":\"Too many failed logins from this address: try again in 60 "
                    + "seconds\"}",
            "60",
            false);
    private static final Status UNAVAILABLE = new Status(
            "503",
            "Unavailable",
            "The database cannot be reached just now (`DATABASE_UNAVAILABLE`), or too many logins are being checked "
                    + "(`LOGIN_BUSY`); `Retry-After` gives the seconds to wait.",
            "{\"code\":\"DATABASE_UNAVAILABLE\",\"message\":\"The database cannot be reached at the moment; try again "
                    + "shortly\"}",
            "5",
            false);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        dropEmptyObjects(openAPI);
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(ERROR_BODY, errorBody());
        STATUSES.forEach(status -> components.addResponse(status.name(), response(status)));
        components.addSecurityScheme(
                BASIC,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("A user name and password of Jiali Care, as for the UI."));
        components.addSecurityScheme(
                SESSION,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("The UI's session after its login "
                                + "form; a state-changing request must then come from the site's own origin (else 403 "
                                + "`CSRF_REJECTED`)."));
        openAPI.setSecurity(List.of(requirement(BASIC), requirement(SESSION)));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(OpenApiDocument::describeMoney);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(item -> item.getOperations().forEach((method, operation) -> complete(method, operation)));
        }
    }

    /**
     * The server writes an empty {@code license}, {@code contact} and {@code externalDocs}; a license without a
     * name and external docs without a URL are not valid OpenAPI, so they go.
     */
    private static void dropEmptyObjects(OpenAPI openAPI) {
        if (openAPI.getExternalDocs() != null && openAPI.getExternalDocs().getUrl() == null) {
            openAPI.setExternalDocs(null);
        }
        if (openAPI.getInfo() != null) {
            if (openAPI.getInfo().getLicense() != null
                    && openAPI.getInfo().getLicense().getName() == null) {
                openAPI.getInfo().setLicense(null);
            }
            var contact = openAPI.getInfo().getContact();
            if (contact != null
                    && contact.getName() == null
                    && contact.getUrl() == null
                    && contact.getEmail() == null) {
                openAPI.getInfo().setContact(null);
            }
        }
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    /** The error statuses of one operation, by the rules in the class comment. */
    private static void complete(PathItem.HttpMethod method, Operation operation) {
        boolean open = isPermitAll(operation.getOperationId());
        if (open) {
            // no login needed: one requirement that names no scheme ("security: [{}]"), as an empty list is dropped
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        boolean hasBody = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasInput = hasBody || parameters.stream().anyMatch(p -> p.getIn() != Parameter.In.HEADER);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (hasInput) {
            add(responses, BAD_REQUEST);
            add(responses, NOT_FOUND);
        }
        if (!open) {
            add(responses, UNAUTHENTICATED);
            add(responses, FORBIDDEN);
            add(responses, TOO_MANY);
        }
        if (method == PathItem.HttpMethod.POST) {
            add(responses, FORBIDDEN);
            add(responses, CONFLICT);
        }
        if (hasBody) {
            add(responses, TOO_LARGE);
            add(responses, UNSUPPORTED);
        }
        add(responses, UNAVAILABLE);
    }

    private static final List<Status> STATUSES = List.of(
            BAD_REQUEST,
            UNAUTHENTICATED,
            FORBIDDEN,
            NOT_FOUND,
            CONFLICT,
            TOO_LARGE,
            UNSUPPORTED,
            TOO_MANY,
            UNAVAILABLE);

    private static void add(APIResponses responses, Status status) {
        if (!responses.hasAPIResponse(status.code())) {
            responses.addAPIResponse(
                    status.code(), OASFactory.createAPIResponse().ref(status.name()));
        }
    }

    private static APIResponse response(Status status) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(status.description())
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ERROR_BODY))
                                        .addExample(
                                                status.code(),
                                                OASFactory.createExample().value(example(status.example())))));
        if (status.retryAfter() != null) {
            response.addHeader("Retry-After", header("Seconds to wait before trying again", Schema.SchemaType.INTEGER));
        }
        if (status.challenge()) {
            response.addHeader(
                    "WWW-Authenticate",
                    header("`Basic realm=\"Jiali Care\", charset=\"UTF-8\"`", Schema.SchemaType.STRING));
        }
        return response;
    }

    /** The example, written as JSON above for legibility, as the object the document shows. */
    private static Map<String, String> example(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            Map<String, String> example = new java.util.LinkedHashMap<>();
            reader.readObject()
                    .forEach((name, value) -> example.put(name, ((jakarta.json.JsonString) value).getString()));
            return example;
        }
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }

    private static Schema errorBody() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("Every error of the API (API.md, Errors). `code` is stable; `message` is for people "
                        + "and may change; `field` names the request field at fault, where there is one (absent "
                        + "otherwise).")
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .example("BED_OCCUPIED"))
                .addProperty("message", text)
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .example("bedId"))
                .required(List.of("code", "message"));
    }

    /**
     * Every number the API sends is an amount of yuan: a decimal (never floating point) written as a JSON number
     * with two decimals, e.g. {@code 11000.00}.
     */
    private static void describeMoney(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.values().stream()
                .filter(p -> p.getType() != null && p.getType().contains(Schema.SchemaType.NUMBER))
                .forEach(p -> {
                    if (p.getDescription() == null) {
                        p.setDescription("Yuan: a decimal with two places, sent as a JSON number such as 11000.00");
                    }
                    if (p.getExample() == null) {
                        p.setExample(new BigDecimal("11000.00"));
                    }
                });
    }

    /**
     * Whether the resource method behind an operation id ({@code <ResourceClass>_<method>}, see
     * {@code mp.openapi.operationIdStrategy}) says {@link PermitAll}.
     */
    static boolean isPermitAll(String operationId) {
        return resourceMethod(operationId)
                .map(m -> m.isAnnotationPresent(PermitAll.class)
                        || m.getDeclaringClass().isAnnotationPresent(PermitAll.class))
                .orElse(false);
    }

    private static Optional<Method> resourceMethod(String operationId) {
        if (operationId == null || operationId.indexOf('_') < 0) {
            return Optional.empty();
        }
        String className = operationId.substring(0, operationId.indexOf('_'));
        String methodName = operationId.substring(operationId.indexOf('_') + 1);
        try {
            Class<?> type = Class.forName(
                    OpenApiDocument.class.getPackageName() + "." + className,
                    false,
                    OpenApiDocument.class.getClassLoader());
            return Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(methodName))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
