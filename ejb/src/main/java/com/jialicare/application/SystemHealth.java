package com.jialicare.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the application can serve now: its schema is migrated and the database answers. One check for the
 * open health endpoint ({@code GET /api/health}) and the administrator's overview.
 */
@ApplicationScoped
public class SystemHealth {

    @Resource(lookup = "java:jboss/datasources/JialiDS")
    private DataSource dataSource;

    public boolean up() {
        return Availability.schemaReady() && databaseAnswers();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
