package com.jialicare.application;

import com.jialicare.infrastructure.persistence.DatabaseFailures;
import com.jialicare.infrastructure.persistence.FlywayMigrator;

/**
 * Whether the application can serve, for the adapters' health check and their 503 answers: the schema has been
 * migrated (the server starts degraded while the database is away and migrates when it answers), and whether a
 * failure means the database is unavailable rather than a fault of the request.
 */
public final class Availability {

    private Availability() {}

    /** The schema is migrated and the start-up tasks may run: requests can be served. */
    public static boolean schemaReady() {
        return FlywayMigrator.isReady();
    }

    /** Whether {@code failure} (or a cause of it) says the database cannot be reached or does not answer. */
    public static boolean databaseUnavailable(Throwable failure) {
        return DatabaseFailures.isUnavailable(failure);
    }

    /** The schema's Flyway version, or {@code null} before the schema is migrated. */
    public static String schemaVersion() {
        return FlywayMigrator.schemaVersion();
    }

    /** The database product and version, e.g. {@code H2 2.3.232 (2024-08-11)}; {@code null} before start-up. */
    public static String databaseKind() {
        return FlywayMigrator.databaseKind();
    }
}
