package com.jialicare.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * When the suite runs against PostgreSQL ({@code JIALI_DB_URL=jdbc:postgresql://host/name}, set by the
 * Failsafe execution), creates that database before any test (and so before Arquillian starts WildFly) and
 * drops it when the test run ends, so runs never see each other's data.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?");

    private String adminUrl;
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("JIALI_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("Cannot read host and database name from " + url);
        }
        adminUrl = "jdbc:postgresql://" + m.group(1) + "/postgres";
        database = m.group(2);
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        System.out.println("[it] created PostgreSQL database " + database);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            System.out.println("[it] dropped PostgreSQL database " + database);
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user(), password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String user() {
        String u = System.getenv("JIALI_DB_USER");
        return u == null || u.isBlank() ? "postgres" : u;
    }

    private static String password() {
        String p = System.getenv("JIALI_DB_PASSWORD");
        return p == null ? "" : p;
    }
}
