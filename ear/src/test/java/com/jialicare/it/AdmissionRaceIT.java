package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Races over HTTP: concurrent admissions and transfers never put two residents in one bed")
class AdmissionRaceIT extends ApiITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    @Test
    @DisplayName(
            "50 concurrent admissions of different residents into one vacant bed: exactly one succeeds, 49 get 409")
    void fiftyIntoOneBed() throws Exception {
        long home = city.home("PRIVATE", "511102", D, 10);
        long bed = city.bed(home, "RACE-1", D);
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            residents.add(city.resident(LocalDate.of(1950, 1, 1).plusDays(i), "511102", 1, D));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (long resident : residents) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post(
                            "api/stays",
                            object().add("residentId", resident)
                                    .add("bedId", bed)
                                    .add("admittedOn", "2024-06-01")
                                    .build());
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> f : answers) {
                responses.add(f.get());
            }
            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(ApiClient.Response::status, Collectors.counting()));
            assertThat(byStatus)
                    .as(responses.stream()
                            .filter(r -> r.status() != 201 && r.status() != 409)
                            .map(Object::toString)
                            .toList()
                            .toString())
                    .containsOnlyKeys(201, 409);
            assertThat(byStatus.get(201)).isEqualTo(1);
            assertThat(byStatus.get(409)).isEqualTo(49);
            assertThat(responses.stream()
                            .filter(r -> r.status() == 409)
                            .map(ApiClient.Response::code)
                            .collect(Collectors.toSet()))
                    .isSubsetOf("BED_OCCUPIED", "CONCURRENT_CONFLICT");
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.scalar("select count(*) from occupancy where bed_id = " + bed))
                .isEqualTo(1);
        assertThat(Database.scalar(
                        "select count(*) from stay s join occupancy o on o.stay_id = s.id where o.bed_id = " + bed))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "200 concurrent admissions of 200 residents into 50 beds: 50 succeed, every loser gets 409, no bed or person doubled")
    void twoHundredIntoFifty() throws Exception {
        long home = city.home("PRIVATE", "511102", D, 60);
        List<Long> beds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            beds.add(city.bed(home, "R200-" + i, D));
        }
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            residents.add(city.resident(LocalDate.of(1940, 1, 1).plusDays(i), "511102", 1, D));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<ApiClient.Response> responses = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long resident = residents.get(i);
                long bed = beds.get(i % 50); // four residents race for every bed
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post(
                            "api/stays",
                            object().add("residentId", resident)
                                    .add("bedId", bed)
                                    .add("admittedOn", "2024-06-01")
                                    .build());
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> f : answers) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Integer, Long> byStatus =
                responses.stream().collect(Collectors.groupingBy(ApiClient.Response::status, Collectors.counting()));
        assertThat(byStatus).as(byStatus.toString()).containsOnlyKeys(201, 409);
        assertThat(byStatus.get(201)).isEqualTo(50);
        String bedList = beds.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(Database.scalar("select count(*) from (select bed_id from occupancy where bed_id in (" + bedList
                        + ") group by bed_id having count(*) > 1) x"))
                .as("beds with two occupants")
                .isZero();
        assertThat(Database.scalar("select count(*) from occupancy where bed_id in (" + bedList + ")"))
                .isEqualTo(50);
        assertThat(Database.scalar("select count(*) from (select resident_id from stay where open_flag = 1 "
                        + "group by resident_id having count(*) > 1) x"))
                .as("people with two open stays")
                .isZero();
    }

    @Test
    @DisplayName("20 residents racing to transfer into one free bed: exactly one moves, the rest get 409 and stay put")
    void transfersIntoOneBed() throws Exception {
        long home = city.home("PRIVATE", "511102", D, 30);
        long target = city.bed(home, "T-TARGET", D);
        List<Long> stays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long bed = city.bed(home, "T-" + i, D);
            long resident = city.resident(LocalDate.of(1945, 1, 1).plusDays(i), "511102", 1, D);
            stays.add(city.admit(resident, bed, LocalDate.of(2024, 2, 1)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<ApiClient.Response> responses = new ArrayList<>();
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (long stay : stays) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return admin.post(
                            "api/stays/" + stay + "/transfers",
                            object().add("bedId", target)
                                    .add("on", "2024-07-01")
                                    .build());
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> f : answers) {
                responses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(responses.stream().filter(r -> r.status() == 409).count()).isEqualTo(19);
        assertThat(Database.scalar("select count(*) from occupancy where bed_id = " + target))
                .isEqualTo(1);
        String stayList = stays.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(Database.scalar(
                        "select count(*) from occupancy where open_flag = 1 and stay_id in (" + stayList + ")"))
                .as("every stay still has exactly one current bed")
                .isEqualTo(20);
    }
}
