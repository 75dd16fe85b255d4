package com.jialicare.domain.model.user;

import com.jialicare.domain.model.shared.BusinessException;
import java.util.Locale;

/**
 * What a password must be, for accounts created through the API and for the first administrator from
 * {@code JIALI_ADMIN_PASSWORD} alike: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, no control
 * characters, and not the user name (in any case). Only the demo accounts, in demo mode, are exempt.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {}

    /** Throws a 400 {@link BusinessException} on field {@code password} when the password is refused. */
    public static void check(String username, String password) {
        if (password == null
                || password.length() < MIN_LENGTH
                || password.length() > MAX_LENGTH
                || password.chars().anyMatch(Character::isISOControl)) {
            throw BusinessException.invalid(
                    "PASSWORD_TOO_SHORT",
                    "password",
                    "Password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters, without control characters",
                    MIN_LENGTH);
        }
        if (username != null
                && password.trim()
                        .toLowerCase(Locale.ROOT)
                        .equals(username.trim().toLowerCase(Locale.ROOT))) {
            throw BusinessException.invalid("PASSWORD_IS_USERNAME", "password", "Password must not be the user name");
        }
    }
}
