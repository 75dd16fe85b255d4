package com.jialicare.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The residency rules of RULES.md §2 and the references between the registry's tables, checked in
 * SQL over everything loaded: each query counts violations, and all must be zero. The generator loads with
 * foreign-key triggers off, so the reference checks stand in for them.
 */
final class RuleChecks {

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("a person's stays never overlap (one open stay at most)", """
                SELECT count(*) FROM (
                  SELECT admitted_on, lag(discharged_on) OVER w AS prev_end, lag(id) OVER w AS prev_id
                  FROM stay WINDOW w AS (PARTITION BY resident_id ORDER BY admitted_on, id)) x
                WHERE prev_id IS NOT NULL AND (prev_end IS NULL OR prev_end > admitted_on)""");
        CHECKS.put("a bed holds one resident on any day", """
                SELECT count(*) FROM (
                  SELECT from_on, lag(until_on) OVER w AS prev_until, lag(id) OVER w AS prev_id
                  FROM occupancy WHERE until_on IS NULL OR until_on > from_on
                  WINDOW w AS (PARTITION BY bed_id ORDER BY from_on, id)) x
                WHERE prev_id IS NOT NULL AND (prev_until IS NULL OR prev_until > from_on)""");
        CHECKS.put("a bed takes residents only while in service", """
                SELECT count(*) FROM occupancy o JOIN bed b ON b.id = o.bed_id
                WHERE (o.until_on IS NULL OR o.until_on > o.from_on)
                  AND (o.from_on < b.commissioned_on
                       OR b.retired_on IS NOT NULL AND (o.until_on IS NULL OR o.until_on > b.retired_on)
                       OR EXISTS (SELECT 1 FROM bed_outage x WHERE x.bed_id = b.id
                                  AND x.from_day < coalesce(o.until_on, DATE '9999-12-31') AND x.until_day > o.from_on))""");
        CHECKS.put("a stay's beds are in its home and cover it without gaps", """
                SELECT count(*) FROM (
                  SELECT s.id, s.admitted_on, s.discharged_on, min(o.from_on) AS first_day,
                         bool_or(o.until_on IS NULL) AS open, max(o.until_on) AS last_until,
                         sum(o.until_on - o.from_on) AS closed_days, max(o.from_on) AS last_from,
                         bool_and(b.care_home_id = s.care_home_id) AS same_home, count(*) AS n
                  FROM stay s JOIN occupancy o ON o.stay_id = s.id JOIN bed b ON b.id = o.bed_id
                  GROUP BY s.id) x
                WHERE NOT same_home OR first_day <> admitted_on
                   OR (discharged_on IS NULL) <> open
                   OR discharged_on IS NOT NULL AND (last_until <> discharged_on OR closed_days <> discharged_on - admitted_on)
                   OR discharged_on IS NULL AND n > 1 AND closed_days <> last_from - admitted_on""");
        CHECKS.put("every stay has a bed", """
                SELECT count(*) FROM stay s WHERE NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.stay_id = s.id)""");
        CHECKS.put("absences lie inside their stay and do not overlap", """
                SELECT (SELECT count(*) FROM absence a JOIN stay s ON s.id = a.stay_id
                        WHERE a.withdrawn_at IS NULL AND (a.from_on < s.admitted_on
                              OR s.discharged_on IS NOT NULL AND a.until_on > s.discharged_on))
                     + (SELECT count(*) FROM (
                          SELECT from_on, lag(until_on) OVER (PARTITION BY stay_id ORDER BY from_on, id) AS prev_until
                          FROM absence WHERE withdrawn_at IS NULL) x WHERE prev_until > from_on)""");
        CHECKS.put("nothing dated after today (but a begun absence's planned end)", """
                SELECT (SELECT count(*) FROM stay WHERE admitted_on > ?1 OR discharged_on > ?1)
                     + (SELECT count(*) FROM occupancy WHERE from_on > ?1 OR until_on > ?1)
                     + (SELECT count(*) FROM absence WHERE from_on > ?1)
                     + (SELECT count(*) FROM bed WHERE commissioned_on > ?1 OR retired_on > ?1)
                     + (SELECT count(*) FROM bed_outage WHERE until_day > ?1)
                     + (SELECT count(*) FROM assessment WHERE effective_on > ?1)
                     + (SELECT count(*) FROM care_home WHERE filed_on > ?1)
                     + (SELECT count(*) FROM resident WHERE birth_date > ?1)""");
        CHECKS.put("every resident is assessed", """
                SELECT count(*) FROM resident r WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE a.resident_id = r.id)""");
        CHECKS.put("references (foreign keys, loaded without triggers)", """
                SELECT (SELECT count(*) FROM bed x WHERE NOT EXISTS (SELECT 1 FROM care_home h WHERE h.id = x.care_home_id))
                     + (SELECT count(*) FROM resident x WHERE x.registered_by_home_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM care_home h WHERE h.id = x.registered_by_home_id))
                     + (SELECT count(*) FROM assessment x WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.id = x.resident_id))
                     + (SELECT count(*) FROM stay x WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.id = x.resident_id)
                          OR NOT EXISTS (SELECT 1 FROM care_home h WHERE h.id = x.care_home_id))
                     + (SELECT count(*) FROM occupancy x WHERE NOT EXISTS (SELECT 1 FROM stay s WHERE s.id = x.stay_id)
                          OR NOT EXISTS (SELECT 1 FROM bed b WHERE b.id = x.bed_id))
                     + (SELECT count(*) FROM absence x WHERE NOT EXISTS (SELECT 1 FROM stay s WHERE s.id = x.stay_id))""");
    }

    private RuleChecks() {}

    /** Runs every check, prints one line, and fails if any found a violation. */
    static void run(Connection db, LocalDate today, PrintStream out) throws SQLException {
        long t0 = System.nanoTime();
        long total = 0;
        StringBuilder failed = new StringBuilder();
        for (Map.Entry<String, String> check : CHECKS.entrySet()) {
            String sql = check.getValue().replace("?1", "?");
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                int params = sql.length() - sql.replace("?", "").length();
                for (int i = 1; i <= params; i++) {
                    ps.setDate(i, Date.valueOf(today));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long n = rs.getLong(1);
                    total += n;
                    if (n > 0) {
                        failed.append(String.format("%n    %,d violations: %s", n, check.getKey()));
                    }
                }
            }
        }
        out.printf(
                "  rules of §2 and references: %d checks, %d violations (%.1f s)%s%n",
                CHECKS.size(), total, (System.nanoTime() - t0) / 1e9, failed);
        if (total > 0) {
            throw new IllegalStateException("The generated data breaks the rules:" + failed);
        }
    }
}
