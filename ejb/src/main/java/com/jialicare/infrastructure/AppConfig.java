package com.jialicare.infrastructure;

import java.util.Optional;

/** Settings from the environment (see the README's Configuration section). */
public final class AppConfig {

    private AppConfig() {}

    /** {@code JIALI_DEMO=true}: load the Leshan demo data and the demo accounts (never in production). */
    public static boolean demoMode() {
        return Boolean.parseBoolean(get("JIALI_DEMO").orElse("false"));
    }

    /** {@code JIALI_ADMIN_PASSWORD}: the first administrator's password, used only while no user exists. */
    public static Optional<String> initialAdminPassword() {
        return get("JIALI_ADMIN_PASSWORD").filter(s -> !s.isBlank());
    }

    /**
     * {@code JIALI_BED_CACHE_MB}: how much memory the homes' bed timelines may hold (default: a quarter of the
     * heap); 0 reads every bed board from the database.
     */
    public static Optional<Long> bedCacheMegabytes() {
        return get("JIALI_BED_CACHE_MB").filter(s -> !s.isBlank()).map(s -> {
            try {
                return Math.max(0L, Long.parseLong(s.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("JIALI_BED_CACHE_MB must be a number of megabytes: " + s, e);
            }
        });
    }

    /**
     * {@code JIALI_LOGIN_FAILURES_PER_MINUTE}: how many failed logins one client address may have per minute
     * before it is answered 429 without a password check (default {@value #DEFAULT_LOGIN_FAILURES_PER_MINUTE};
     * the integration tests, which fail many logins from 127.0.0.1 on purpose, set a high value).
     */
    public static int loginFailuresPerMinute() {
        return get("JIALI_LOGIN_FAILURES_PER_MINUTE")
                .filter(s -> !s.isBlank())
                .map(s -> {
                    try {
                        int n = Integer.parseInt(s.trim());
                        if (n < 1) {
                            throw new NumberFormatException("less than 1");
                        }
                        return n;
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(
                                "JIALI_LOGIN_FAILURES_PER_MINUTE must be a whole number of at least 1: " + s, e);
                    }
                })
                .orElse(DEFAULT_LOGIN_FAILURES_PER_MINUTE);
    }

    public static final int DEFAULT_LOGIN_FAILURES_PER_MINUTE = 10;

    /**
     * Whether the administrator may move the server's date forward ({@code POST /api/demo/clock}): on a demo
     * server ({@code JIALI_DEMO=true}) or a training one ({@code JIALI_TRAINING_CLOCK=true}, which the
     * integration tests' servers set); never otherwise, so a production server keeps the real date.
     */
    public static boolean trainingClock() {
        return demoMode() || Boolean.parseBoolean(get("JIALI_TRAINING_CLOCK").orElse("false"));
    }

    private static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return Optional.ofNullable(value);
    }
}
