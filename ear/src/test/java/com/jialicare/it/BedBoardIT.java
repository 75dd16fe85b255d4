package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bed board is served from memory (a timeline per home, docs/BENCHMARKS.md): every change must show in
 * the very next read, also when the board was read (and so held) just before it, and a change that is
 * refused must not show at all.
 */
@DisplayName("Bed board held in memory: every admission, transfer, discharge and bed change shows at once")
class BedBoardIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    /** Bed code to status (and occupant's resident id) on a day, as the API answers now. */
    private Map<String, String> board(long home, String day) {
        var r = admin.get("api/care-homes/" + home + "/beds?on=" + day);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, String> board = new LinkedHashMap<>();
        for (JsonObject b : r.array().getValuesAs(JsonObject.class)) {
            board.put(
                    b.getString("code"),
                    b.getString("status")
                            + (b.containsKey("occupant")
                                    ? " " + b.getJsonObject("occupant").getJsonNumber("residentId")
                                    : ""));
        }
        return board;
    }

    @Test
    @DisplayName("each change shows in the next read of a board that was read just before it")
    void everyChangeShowsAtOnce() {
        long home = city.home("PRIVATE", "511102", D, 10);
        long bed1 = city.bed(home, "1-01", D);
        long bed2 = city.bed(home, "1-02", D);
        long alice = city.resident(LocalDate.of(1948, 5, 1), "511102", 1, D);
        long bob = city.resident(LocalDate.of(1947, 7, 1), "511102", 2, D);

        assertThat(board(home, "2024-06-01")).containsExactly(Map.entry("1-01", "VACANT"), Map.entry("1-02", "VACANT"));

        long stay = city.admit(alice, bed1, LocalDate.of(2024, 3, 1));
        assertThat(board(home, "2024-06-01"))
                .containsExactly(Map.entry("1-01", "OCCUPIED " + alice), Map.entry("1-02", "VACANT"));
        assertThat(board(home, "2024-02-29")).containsEntry("1-01", "VACANT");

        var refused = admin.post(
                "api/stays",
                object().add("residentId", bob)
                        .add("bedId", bed1)
                        .add("admittedOn", "2024-04-01")
                        .build());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(board(home, "2024-06-01"))
                .containsEntry("1-01", "OCCUPIED " + alice)
                .containsEntry("1-02", "VACANT");

        var moved = admin.post(
                "api/stays/" + stay + "/transfers",
                object().add("bedId", bed2).add("on", "2024-05-01").build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(board(home, "2024-06-01"))
                .containsExactly(Map.entry("1-01", "VACANT"), Map.entry("1-02", "OCCUPIED " + alice));
        assertThat(board(home, "2024-04-30")).containsEntry("1-01", "OCCUPIED " + alice);

        var out = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2024-07-01").add("reason", "RETURNED_HOME").build());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        assertThat(board(home, "2024-07-01")).containsEntry("1-02", "VACANT");
        assertThat(board(home, "2024-06-30")).containsEntry("1-02", "OCCUPIED " + alice);

        long bed3 = city.bed(home, "1-03", LocalDate.of(2024, 6, 1));
        assertThat(board(home, "2024-07-01")).containsEntry("1-03", "VACANT");
        assertThat(board(home, "2024-05-31")).containsEntry("1-03", "NOT_COMMISSIONED");

        var retired = admin.post(
                "api/care-homes/" + home + "/beds/" + bed3 + "/retire",
                object().add("on", "2024-08-01").build());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(board(home, "2024-08-01")).containsEntry("1-03", "RETIRED");
        assertThat(board(home, "2024-07-31")).containsEntry("1-03", "VACANT");
    }

    @Test
    @DisplayName("readers hammering the board while residents come and go: afterwards it shows exactly the final stays")
    void readersDuringChanges() throws Exception {
        long home = city.home("PRIVATE", "511102", D, 20);
        List<Long> beds = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            beds.add(city.bed(home, "R-" + i, D));
            people.add(city.resident(LocalDate.of(1950, 1, 1).plusDays(i), "511102", 1, D));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> reads = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                reads.add(readers.submit(() -> {
                    int n = 0;
                    while (writing.get()) {
                        assertThat(admin.get("api/care-homes/" + home + "/beds?on=2024-12-31")
                                        .status())
                                .isEqualTo(200);
                        n++;
                    }
                    return n;
                }));
            }
            // six people in six beds; three leave, two others move into the beds they left
            List<Long> stays = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                stays.add(city.admit(people.get(i), beds.get(i), LocalDate.of(2024, 2, 1)));
            }
            for (int i = 0; i < 6; i += 2) {
                var r = admin.post(
                        "api/stays/" + stays.get(i) + "/discharge",
                        object().add("on", "2024-10-01")
                                .add("reason", "RETURNED_HOME")
                                .build());
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
            for (int i : new int[] {1, 3}) {
                var r = admin.post(
                        "api/stays/" + stays.get(i) + "/transfers",
                        object().add("bedId", beds.get(i - 1))
                                .add("on", "2024-11-01")
                                .build());
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
            }
        } finally {
            writing.set(false);
            readers.shutdown();
            assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        int total = 0;
        for (Future<Integer> f : reads) {
            total += f.get();
        }
        assertThat(total).as("boards read while residents moved").isPositive();
        assertThat(board(home, "2024-12-31"))
                .containsExactly(
                        Map.entry("R-0", "OCCUPIED " + people.get(1)),
                        Map.entry("R-1", "VACANT"),
                        Map.entry("R-2", "OCCUPIED " + people.get(3)),
                        Map.entry("R-3", "VACANT"),
                        Map.entry("R-4", "VACANT"),
                        Map.entry("R-5", "OCCUPIED " + people.get(5)));
        assertThat(board(home, "2024-10-15"))
                .containsExactly(
                        Map.entry("R-0", "VACANT"),
                        Map.entry("R-1", "OCCUPIED " + people.get(1)),
                        Map.entry("R-2", "VACANT"),
                        Map.entry("R-3", "OCCUPIED " + people.get(3)),
                        Map.entry("R-4", "VACANT"),
                        Map.entry("R-5", "OCCUPIED " + people.get(5)));
    }
}
