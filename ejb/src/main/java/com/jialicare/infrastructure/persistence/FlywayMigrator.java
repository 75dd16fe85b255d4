package com.jialicare.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. The migrations in
 * {@code db/migration} are the only source of the schema, on H2 and PostgreSQL alike; they only move
 * forward. Flyway manages its own connections and transactions, hence bean-managed here.
 *
 * <p>The database may be unreachable when the server starts. The deployment then still succeeds, degraded:
 * {@link #isReady()} is false, every request but the health check answers 503, and the migrations and the
 * start-up tasks (the observers of {@link SchemaMigrated}) are retried every {@value #RETRY_MILLIS} ms until
 * they succeed.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class FlywayMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());
    static final long RETRY_MILLIS = 3_000;

    /** Read by filters on every request; set once the schema is migrated and the start-up tasks have run. */
    private static final AtomicBoolean READY = new AtomicBoolean();

    /** What the last migration found, for the administrator's overview: the schema version and the product. */
    private static volatile String schemaVersion;

    private static volatile String databaseKind;

    private final AtomicBoolean attempting = new AtomicBoolean();
    private volatile String lastProblem;

    @Resource(lookup = "java:jboss/datasources/JialiDS")
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    /** The application's start-up tasks observe it (application.bootstrap.StartupTasks). */
    @Inject
    private Event<SchemaMigrated> migrated;

    /** Whether the schema is migrated and the start-up tasks have run: until then the application answers 503. */
    public static boolean isReady() {
        return READY.get();
    }

    /** The schema's Flyway version (e.g. {@code 20}), or {@code null} before the first migration. */
    public static String schemaVersion() {
        return schemaVersion;
    }

    /** The database product as its driver names it (e.g. {@code H2}, {@code PostgreSQL} and its version). */
    public static String databaseKind() {
        return databaseKind;
    }

    @PostConstruct
    void start() {
        READY.set(false); // a redeployment starts over
        if (!attempt()) {
            LOG.warning(() ->
                    "The database cannot be reached: started degraded (503); retrying every " + RETRY_MILLIS + " ms");
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("database-start", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (attempt()) {
            timer.cancel();
            LOG.info("The database answers: the application is up");
        }
    }

    /** Migrates and runs the start-up tasks; false (and logged) when the database cannot be reached yet. */
    private boolean attempt() {
        if (READY.get()) {
            return true;
        }
        if (!attempting.compareAndSet(false, true)) {
            return false;
        }
        try {
            migrate();
            migrated.fire(new SchemaMigrated());
            READY.set(true);
            return true;
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                // not a connection problem (a broken migration, a bad setting): say so loudly (once per
                // distinct problem, not every few seconds), keep retrying
                String problem = String.valueOf(e);
                if (!problem.equals(lastProblem)) {
                    LOG.log(Level.SEVERE, "Start-up against the database failed; retrying", e);
                }
                lastProblem = problem;
            } else {
                LOG.fine(() -> "Database not reachable yet: " + e);
            }
            return false;
        } finally {
            attempting.set(false);
        }
    }

    void migrate() {
        Flyway flyway = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        commitsReachTheDisk();
        var current = flyway.info().current();
        schemaVersion = current == null ? null : current.getVersion().getVersion();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion()) + " (" + applied
                + " migrations applied now)");
    }

    /**
     * Embedded H2 writes its commits to the file on a background thread every WRITE_DELAY ms (default 500),
     * so a kill -9 loses writes already answered. The default URL says WRITE_DELAY=0 (a commit is written
     * before it returns); this makes it so for a URL given without it, too.
     */
    private void commitsReachTheDisk() {
        try (Connection c = dataSource.getConnection()) {
            databaseKind = c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
            if ("H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY 0");
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not set H2's WRITE_DELAY to 0: a kill -9 may lose the last commits", e);
        }
    }
}
