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

    private static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return Optional.ofNullable(value);
    }
}
