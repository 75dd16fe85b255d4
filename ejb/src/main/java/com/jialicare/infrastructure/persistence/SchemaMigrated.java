package com.jialicare.infrastructure.persistence;

/**
 * Fired (synchronously) by {@link FlywayMigrator} once the schema is up to date, so that the application's
 * start-up tasks run after it without the migrator knowing them. An observer that throws makes the attempt
 * fail, and the migrator retries it later.
 */
public record SchemaMigrated() {}
