package com.jialicare.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The load of the benchmark's cluster run (issue 17; {@code bench/cluster-bench} starts the nodes and the balancer
 * and calls this once per address): the bed list of a random home on a random day, then {@code GET /api/me},
 * each under the same closed loop as the single-server benchmark ({@link LoadTest}: kept-alive connections,
 * a warm-up, then a measured interval), printing requests per second, p50 and p99. Exits 1 when a request
 * failed.
 *
 * <pre>
 * ClusterLoad --label=TEXT --port=P --user=NAME:PASSWORD --homes=1,2,3 --from=YYYY-MM-DD --to=YYYY-MM-DD
 *             [--connections=32] [--warm-up=5] [--seconds=20]
 * </pre>
 */
public final class ClusterLoad {

    private ClusterLoad() {}

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = Args.parse(arguments);
        String label = args.get("label");
        int port = Integer.parseInt(args.get("port"));
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString(args.get("user").getBytes(StandardCharsets.UTF_8));
        long[] homes = Arrays.stream(args.get("homes").split(","))
                .mapToLong(Long::parseLong)
                .toArray();
        long from = LocalDate.parse(args.get("from")).toEpochDay();
        int days = (int) (LocalDate.parse(args.get("to")).toEpochDay() - from + 1);
        int connections = Integer.parseInt(args.getOrDefault("connections", "32"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(args.getOrDefault("warm-up", "5")));
        Duration measure = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "20")));

        LoadTest.Result beds = LoadTest.run(
                "beds",
                port,
                authorization,
                connections,
                warmUp,
                measure,
                r -> "/api/care-homes/" + homes[r.nextInt(homes.length)] + "/beds?on="
                        + LocalDate.ofEpochDay(from + r.nextInt(days)));
        System.out.printf("%-28s GET /api/care-homes/{id}/beds?on=: %s%n", label, beds);
        LoadTest.Result me = LoadTest.run("me", port, authorization, connections, warmUp, measure, r -> "/api/me");
        System.out.printf("%-28s GET /api/me:                      %s%n", label, me);
        if (beds.errors() > 0 || me.errors() > 0) {
            System.out.println("requests failed: " + beds.firstError() + " / " + me.firstError());
            System.exit(1);
        }
    }
}
