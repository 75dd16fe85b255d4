package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The policy versions the integration suite computes with, added once per database whichever test class
 * runs first. All test classes share the server's database, and a version can only be added after the
 * latest, so every class that needs versions (or adds later ones) calls {@link #ensure} first.
 * <ul>
 * <li>version 1, from 2021-01-01: the defaults (migration V3);</li>
 * <li>{@link #MID_2024}: construction 12,000 per bed; level 2 → 220 and level 4 → 330 a month; at least
 * 20 days present;</li>
 * <li>{@link #YEAR_2025}: operating subsidy for {@code PRIVATE} homes only; level 0 → 120 a month;</li>
 * <li>{@link #HOLD_FULL_2026}: the construction hold's clawback is {@code FULL} (docs/RULES.md §8.6;
 * ConstructionHoldIT), the hold still 60 months. Dated after every day the other tests compute.</li>
 * </ul>
 * Everything else carries over. Tests that add versions of their own (PolicyIT) date them on or after
 * the real today (one identical to the version before it, the others from 2040), so the computations over
 * 2024–2025 never see them. Nothing else may add a version dated before today.
 */
public final class CityPolicies {

    public static final LocalDate MID_2024 = LocalDate.of(2024, 7, 1);
    public static final LocalDate YEAR_2025 = LocalDate.of(2025, 1, 1);
    public static final LocalDate HOLD_FULL_2026 = LocalDate.of(2026, 6, 1);

    private CityPolicies() {}

    /** Adds the suite's versions if missing; returns every version number by its effective date. */
    public static synchronized Map<LocalDate, Integer> ensure(ApiClient admin) {
        Map<LocalDate, Integer> versions = versions(admin);
        if (!versions.containsKey(MID_2024)) {
            add(
                    admin,
                    versions,
                    object().add("effectiveFrom", MID_2024.toString())
                            .add("constructionRatePerBed", 12000)
                            .add("operatingMonthlyRates", object().add("2", 220).add("4", 330))
                            .add("minDaysPresent", 20)
                            .build());
        }
        if (!versions.containsKey(YEAR_2025)) {
            add(
                    admin,
                    versions,
                    object().add("effectiveFrom", YEAR_2025.toString())
                            .add(
                                    "operatingOwnerships",
                                    Json.createArrayBuilder().add("PRIVATE"))
                            .add("operatingMonthlyRates", object().add("0", 120))
                            .build());
        }
        if (!versions.containsKey(HOLD_FULL_2026)) {
            add(
                    admin,
                    versions,
                    object().add("effectiveFrom", HOLD_FULL_2026.toString())
                            .add("constructionClawback", "FULL")
                            .build());
        }
        return versions(admin);
    }

    private static void add(ApiClient admin, Map<LocalDate, Integer> versions, JsonObject body) {
        var r = admin.post("api/policies", body);
        if (r.status() != 201) {
            throw new IllegalStateException("Could not add the suite's policy version " + body
                    + " (a version dated later was added first? existing: " + versions + "): " + r);
        }
    }

    /** Version numbers by effective date, from {@code GET /api/policies}. */
    public static Map<LocalDate, Integer> versions(ApiClient client) {
        var r = client.get("api/policies");
        if (r.status() != 200) {
            throw new IllegalStateException("GET /api/policies: " + r);
        }
        Map<LocalDate, Integer> byDate = new LinkedHashMap<>();
        for (JsonValue v : r.array()) {
            JsonObject p = v.asJsonObject();
            byDate.put(LocalDate.parse(p.getString("effectiveFrom")), p.getInt("version"));
        }
        return byDate;
    }
}
