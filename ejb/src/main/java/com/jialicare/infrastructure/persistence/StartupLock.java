package com.jialicare.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Makes once-only start-up work (the first administrator, the demo city) run once per cluster when several
 * servers start at the same moment over one PostgreSQL (issue #17): the first to take this transaction-level
 * advisory lock does the work, the others wait until its transaction ends and then find it done. Flyway
 * takes a lock of its own for the migrations. An embedded H2 database has a single server: nothing to do.
 */
public final class StartupLock {

    /** An arbitrary number naming the lock ("JIALI" + 1), shared by every server of the application. */
    static final long KEY = 0x4A49414C49_01L;

    private StartupLock() {}

    /** Holds the lock until the caller's transaction ends; waits while another server holds it. */
    public static void holdUntilCommit(EntityManager em) {
        boolean postgresql = em.unwrap(Session.class)
                .doReturningWork(
                        c -> "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName()));
        if (postgresql) {
            em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
        }
    }
}
