package com.jialicare.infrastructure;

import java.util.Optional;

/** Settings from the environment (see the README's Configuration section). */
public final class AppConfig {

    private AppConfig() {
    }

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
