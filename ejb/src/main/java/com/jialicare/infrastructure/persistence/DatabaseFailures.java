package com.jialicare.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a database that cannot be reached (refused or broken connection, no connection from the pool, a
 * database shutting down) from every other failure, so that callers answer 503 "try again" instead of 500.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** Whether {@code e} or one of its causes says the database is unreachable. */
    public static boolean isUnavailable(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: PostgreSQL shutting down or starting up;
                // 90098: H2's "database is already closed"
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("90098")) {
                    return true;
                }
            }
            String name = t.getClass().getName();
            // Hibernate's JDBCConnectionException; the connection pool's ResourceException (IJ031084 …)
            if (name.endsWith(".JDBCConnectionException") || name.startsWith("jakarta.resource.")) {
                return true;
            }
        }
        return false;
    }
}
