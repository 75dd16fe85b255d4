package com.jialicare.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain said no. Carries a stable {@link #code()} that clients can rely on, the kind of
 * failure (which the REST layer maps to 400/403/404/409) and, where one field is at fault, its name.
 * Rolled back by the container: a rejected request changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    /** How the failure is reported to clients. */
    public enum Kind {
        /** 400: the input itself is invalid. */
        INVALID,
        /** 401: nobody is logged in. */
        UNAUTHENTICATED,
        /** 403: the caller may see the record but not do this to it. */
        FORBIDDEN,
        /** 404: no such record, or outside the caller's scope. */
        NOT_FOUND,
        /** 409: conflicts with existing data or with the record's state. */
        CONFLICT
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient Object[] args;

    public BusinessException(Kind kind, String code, String field, String message, Object... args) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public static BusinessException invalid(String code, String field, String message, Object... args) {
        return new BusinessException(Kind.INVALID, code, field, message, args);
    }

    public static BusinessException conflict(String code, String field, String message, Object... args) {
        return new BusinessException(Kind.CONFLICT, code, field, message, args);
    }

    public static BusinessException notFound(String code, String message, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, code, null, message, args);
    }

    public static BusinessException forbidden(String code, String message, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, code, null, message, args);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable machine-readable code, e.g. {@code BED_OCCUPIED}; also the key of the localized message. */
    public String code() {
        return code;
    }

    /** The request field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    /** Arguments for the localized message pattern of {@link #code()}. */
    public Object[] args() {
        return args.clone();
    }
}
