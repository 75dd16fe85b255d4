package com.jialicare.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** {@code GET /api/health}: up only when the database answers; for load balancers and monitoring. */
@ApplicationScoped
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/JialiDS")
    private DataSource dataSource;

    @GET
    public Response health() {
        Map<String, Object> db = new LinkedHashMap<>();
        boolean up;
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(2);
            db.put("product", c.getMetaData().getDatabaseProductName());
            db.put("version", c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            up = false;
            db.put("error", e.getMessage());
        }
        db.put("status", up ? "UP" : "DOWN");
        db.put("responseMillis", (System.nanoTime() - started) / 1_000_000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", db);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
