package com.jialicare.domain.model.user;

import com.jialicare.domain.model.shared.BusinessException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * A one-time password the administrator hands over when resetting an account (docs/RULES.md §8): random
 * ({@link SecureRandom}), {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * so that it can be read out over the telephone, and always one that {@link PasswordPolicy} accepts.
 */
public final class OneTimePassword {

    public static final int LENGTH = 12;
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePassword() {}

    /** A new one-time password for {@code username}. */
    public static String generate(String username) {
        return generate(username, RANDOM);
    }

    static String generate(String username, Random random) {
        while (true) {
            StringBuilder b = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String password = b.toString();
            if (accepted(username, password)) {
                return password;
            }
        }
    }

    private static boolean accepted(String username, String password) {
        try {
            PasswordPolicy.check(username, password);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }
}
