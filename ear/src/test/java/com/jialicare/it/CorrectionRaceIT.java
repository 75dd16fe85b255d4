package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Corrections (RULES §8.2) take the locks a new entry takes (the person, then the bed), so a correction that
 * moves a stay into days of a bed and an admission, or another correction, into the same days run one after
 * the other: exactly one wins, and no bed ever holds two residents on a day. Several rounds each.
 */
@DisplayName("Races over HTTP: corrections of stays against admissions and other corrections into the same days")
class CorrectionRaceIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);
    private static final int ROUNDS = 6;
    private static final int ADMISSIONS = 5;

    private ExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newFixedThreadPool(ADMISSIONS + 2);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private long resident(int n) {
        return city.resident(LocalDate.of(1940, 1, 1).plusDays(n), "511102", 1, D);
    }

    private void discharge(long stay, String on) {
        var r = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", on).add("reason", "RETURNED_HOME").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private Callable<ApiClient.Response> correction(long stay, JsonObject body) {
        return () -> admin.post("api/stays/" + stay + "/corrections", body);
    }

    private Callable<ApiClient.Response> admission(long resident, long bed, String on) {
        return () -> admin.post(
                "api/stays",
                object().add("residentId", resident)
                        .add("bedId", bed)
                        .add("admittedOn", on)
                        .build());
    }

    /** Runs the requests at once; answers them in the order given. */
    private List<ApiClient.Response> race(List<Callable<ApiClient.Response>> requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (Callable<ApiClient.Response> r : requests) {
            answers.add(pool.submit(() -> {
                start.await();
                return r.call();
            }));
        }
        start.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> f : answers) {
            responses.add(f.get());
        }
        return responses;
    }

    private static void exactlyOneWins(List<ApiClient.Response> responses) {
        assertThat(responses)
                .as(responses.toString())
                .allMatch(r -> r.status() == 200 || r.status() == 201 || r.status() == 409);
        assertThat(responses.stream().filter(r -> r.status() != 409).count())
                .as(responses.toString())
                .isEqualTo(1);
        assertThat(responses.stream()
                        .filter(r -> r.status() == 409)
                        .map(ApiClient.Response::code)
                        .distinct()
                        .toList())
                .as(responses.toString())
                .isSubsetOf("BED_OCCUPIED", "CONCURRENT_CONFLICT");
    }

    /** No two occupancies of the bed share a day (one held for no day, discharged on admission, shares none). */
    private static void oneResidentADay(long bed) {
        String far = "DATE '9999-12-31'";
        assertThat(Database.scalar("select count(*) from occupancy a join occupancy b on a.bed_id = b.bed_id "
                        + "and a.id < b.id where a.bed_id = " + bed
                        + " and a.from_on < coalesce(a.until_on, " + far + ")"
                        + " and b.from_on < coalesce(b.until_on, " + far + ")"
                        + " and a.from_on < coalesce(b.until_on, " + far + ")"
                        + " and b.from_on < coalesce(a.until_on, " + far + ")"))
                .as("days bed " + bed + " holds two residents")
                .isZero();
    }

    @Test
    @DisplayName(
            "a discharge day moved later into free days vs admissions into those days: exactly one wins, each round")
    void dischargeLaterVersusAdmissions() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long home = city.home("PRIVATE", "511102", D, 10);
            long bed = city.bed(home, "RD-" + round, D);
            long stay = city.admit(resident(round * 10), bed, LocalDate.of(2024, 1, 10));
            discharge(stay, "2024-03-01");
            List<Callable<ApiClient.Response>> requests = new ArrayList<>();
            requests.add(correction(
                    stay,
                    object().add("reason", "race")
                            .add("dischargedOn", "2024-04-01")
                            .build()));
            for (int i = 1; i <= ADMISSIONS; i++) {
                requests.add(admission(resident(round * 10 + i), bed, "2024-03-15"));
            }
            exactlyOneWins(race(requests));
            oneResidentADay(bed);
        }
    }

    @Test
    @DisplayName("an admission day moved earlier into free days vs admissions dated in those days: exactly one wins")
    void admissionEarlierVersusAdmissions() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long home = city.home("PRIVATE", "511102", D, 10);
            long bed = city.bed(home, "RA-" + round, D);
            long stay = city.admit(resident(100 + round * 10), bed, LocalDate.of(2024, 3, 1));
            List<Callable<ApiClient.Response>> requests = new ArrayList<>();
            requests.add(correction(
                    stay,
                    object().add("reason", "race")
                            .add("admittedOn", "2024-02-01")
                            .build()));
            for (int i = 1; i <= ADMISSIONS; i++) {
                requests.add(admission(resident(100 + round * 10 + i), bed, "2024-02-10"));
            }
            List<ApiClient.Response> responses = race(requests);
            exactlyOneWins(responses);
            // an admission is for good (no end): it never fits before a stay that holds the bed later
            assertThat(responses.get(0).status()).as(responses.toString()).isEqualTo(200);
            oneResidentADay(bed);
        }
    }

    @Test
    @DisplayName("an admission day moved earlier vs the previous occupant's discharge moved later, into the same days")
    void admissionEarlierVersusDischargeLater() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long home = city.home("PRIVATE", "511102", D, 10);
            long bed = city.bed(home, "RB-" + round, D);
            long before = city.admit(resident(200 + round * 10), bed, LocalDate.of(2024, 1, 10));
            discharge(before, "2024-02-01");
            long stay = city.admit(resident(200 + round * 10 + 1), bed, LocalDate.of(2024, 3, 1));
            List<ApiClient.Response> responses = race(List.of(
                    correction(
                            stay,
                            object().add("reason", "race")
                                    .add("admittedOn", "2024-02-10")
                                    .build()),
                    correction(
                            before,
                            object().add("reason", "race")
                                    .add("dischargedOn", "2024-02-20")
                                    .build())));
            exactlyOneWins(responses);
            oneResidentADay(bed);
        }
    }

    @Test
    @DisplayName("a mistaken discharge reopened vs admissions into the freed bed: exactly one wins, each round")
    void reopenVersusAdmissions() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long home = city.home("PRIVATE", "511102", D, 10);
            long bed = city.bed(home, "RR-" + round, D);
            long stay = city.admit(resident(300 + round * 10), bed, LocalDate.of(2024, 1, 10));
            discharge(stay, "2024-03-01");
            List<Callable<ApiClient.Response>> requests = new ArrayList<>();
            requests.add(correction(
                    stay, object().add("reason", "race").add("reopen", true).build()));
            for (int i = 1; i <= ADMISSIONS; i++) {
                requests.add(admission(resident(300 + round * 10 + i), bed, "2024-03-05"));
            }
            exactlyOneWins(race(requests));
            oneResidentADay(bed);
            assertThat(Database.scalar("select count(*) from occupancy where open_flag = 1 and bed_id = " + bed))
                    .isEqualTo(1);
        }
    }
}
