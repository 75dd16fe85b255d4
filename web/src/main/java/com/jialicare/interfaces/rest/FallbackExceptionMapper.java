package com.jialicare.interfaces.rest;

import com.jialicare.application.Availability;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a business rule: unreadable JSON and wrong types are the client's 400, a
 * database constraint that a concurrent request hit first is a 409, a database that cannot be reached is a
 * 503 {@code DATABASE_UNAVAILABLE} (it recovers by itself), and only a real fault is a 500 (logged, with no
 * internals in the body).
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (Availability.databaseUnavailable(e)) {
            LOG.log(Level.WARNING, () -> "Database unavailable: " + e);
            return databaseUnavailable();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonGuard.Rejected r) { // however the JAX-RS runtime wrapped the guard's refusal
                return error(r.status(), r.code(), r.getMessage(), r.field());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException be) {
                return new BusinessExceptionMapper().toResponse(be);
            }
            if (t instanceof JsonbException
                    || t instanceof jakarta.json.JsonException
                    || t instanceof ProcessingException
                            && !(t instanceof jakarta.ws.rs.client.ResponseProcessingException)) {
                return error(
                        400,
                        "MALFORMED_REQUEST",
                        "The request body is not valid JSON of the expected shape: " + brief(t),
                        null);
            }
            if (isConstraintViolation(t)) {
                return error(
                        409,
                        "CONCURRENT_CONFLICT",
                        "Another request changed the same data at the same time; nothing was changed",
                        null);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().endsWith("StaleObjectStateException")) {
                return error(
                        409,
                        "CONCURRENT_UPDATE",
                        "The record was changed by someone else meanwhile; reload and try again",
                        null);
            }
        }
        if (e instanceof NotFoundException) {
            return error(404, "NOT_FOUND", "No such resource", null);
        }
        if (e instanceof NotAllowedException) {
            return error(405, "METHOD_NOT_ALLOWED", "This method is not allowed here", null);
        }
        if (e instanceof NotSupportedException) {
            return error(415, "UNSUPPORTED_MEDIA_TYPE", "Send JSON (Content-Type: application/json)", null);
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return error(status, status == 400 ? "BAD_REQUEST" : "HTTP_" + status, brief(e), null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure", e);
        return error(500, "INTERNAL_ERROR", "Unexpected error; it has been logged", null);
    }

    private static boolean isConstraintViolation(Throwable t) {
        if (t instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23")) {
            return true;
        }
        return t.getClass().getName().endsWith("ConstraintViolationException")
                && !(t instanceof jakarta.validation.ConstraintViolationException);
    }

    private static String brief(Throwable t) {
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** 503 with a hint to retry: the database cannot be reached just now (lost, or not yet there at start-up). */
    public static Response databaseUnavailable() {
        return Response.status(503)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", "5")
                .entity(new ErrorBody(
                        "DATABASE_UNAVAILABLE",
                        "The database cannot be reached at the moment; try again shortly",
                        null))
                .build();
    }

    static Response error(int status, String code, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, message, field))
                .build();
    }
}
