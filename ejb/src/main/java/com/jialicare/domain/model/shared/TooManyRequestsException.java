package com.jialicare.domain.model.shared;

/**
 * A limit on how often something may be done was reached: REST answers 429 with {@code Retry-After}; the
 * UI shows the message of {@link #code()} as for any other refusal.
 */
public class TooManyRequestsException extends BusinessException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String code, String message, long retryAfterSeconds, Object... args) {
        super(Kind.CONFLICT, code, null, message, args);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds after which the same request may succeed. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
