package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates users of each role through {@code POST /api/users} and logs in as them. */
public final class Accounts {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PASSWORD = "secret-pass-1";

    private Accounts() {
    }

    public static ApiClient admin(ApiClient api) {
        return api.as("admin", Deployments.ADMIN_PASSWORD);
    }

    public static ApiClient cityAuditor(ApiClient api) {
        return create(api, object().add("role", "CITY_AUDITOR"));
    }

    public static ApiClient countyAuditor(ApiClient api, String countyCode) {
        return create(api, object().add("role", "COUNTY_AUDITOR").add("countyCode", countyCode));
    }

    public static ApiClient homeAdmin(ApiClient api, long careHomeId) {
        return create(api, object().add("role", "HOME_ADMIN").add("careHomeId", careHomeId));
    }

    public static ApiClient family(ApiClient api, long... residentIds) {
        var ids = Json.createArrayBuilder();
        for (long id : residentIds) {
            ids.add(id);
        }
        return create(api, object().add("role", "FAMILY").add("residentIds", ids));
    }

    private static ApiClient create(ApiClient api, JsonObjectBuilder user) {
        String username = "it-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
        var r = admin(api).post("api/users", user.add("username", username).add("password", PASSWORD).build());
        if (r.status() != 201) {
            throw new IllegalStateException("Could not create user " + username + ": " + r);
        }
        return api.as(username, PASSWORD);
    }
}
