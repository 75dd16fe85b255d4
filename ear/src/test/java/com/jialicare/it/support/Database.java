package com.jialicare.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the database the server under test uses (the same JIALI_DB_URL), so a test can prove that a
 * rejected request changed nothing: row counts before and after.
 */
public final class Database {

    public static final List<String> TABLES = List.of(
            "app_user",
            "family_link",
            "care_home",
            "bed",
            "resident",
            "assessment",
            "stay",
            "occupancy",
            "absence",
            "audit_event",
            "audit_event_change",
            "care_home_fact", // corrections: care homes (V9)
            // --- corrections: resident facts ---
            "resident_hukou",
            "resident_state_support",
            // --- money over time: deaths and moves reported from outside (V15) ---
            "registry_event",
            // --- money over time: adjustments (issue #15 item 2) ---
            "adjustment");

    private Database() {}

    public static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database: " + e.getMessage(), e);
        }
        return counts;
    }

    public static long scalar(String sql) {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Locks one row ({@code select … for update}) in a transaction of the test's own until {@link
     * AutoCloseable#close()} rolls it back: a request that touches the row meanwhile waits for it.
     */
    public static AutoCloseable lockRow(String table, long id) {
        try {
            Connection c = connect();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from " + table + " where id = " + id + " for update")) {
                if (!rs.next()) {
                    c.close();
                    throw new IllegalStateException("no row " + id + " in " + table);
                }
            }
            return () -> {
                c.rollback();
                c.close();
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock " + table + " " + id + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getenv("JIALI_DB_URL");
        if (url == null) {
            throw new IllegalStateException("JIALI_DB_URL is not set: run the integration tests through Maven");
        }
        return DriverManager.getConnection(url, System.getenv("JIALI_DB_USER"), System.getenv("JIALI_DB_PASSWORD"));
    }
}
