package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.TooManyRequestsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule said no: 400, 401, 403, 404, 409 or 429 (with {@code Retry-After}) with the stable code. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        if (e instanceof TooManyRequestsException t) {
            return Response.status(429)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", String.valueOf(t.retryAfterSeconds()))
                    .entity(new ErrorBody(e.code(), e.getMessage(), e.field()))
                    .build();
        }
        return toResponse(e.kind(), e.code(), e.getMessage(), e.field());
    }

    static Response toResponse(BusinessException.Kind kind, String code, String message, String field) {
        int status = switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code, message, field));
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"Jiali Care\", charset=\"UTF-8\"");
        }
        return builder.build();
    }
}
