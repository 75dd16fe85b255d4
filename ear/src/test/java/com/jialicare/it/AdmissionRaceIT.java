package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Races over HTTP: concurrent admissions never put two residents in one bed")
class AdmissionRaceIT {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("50 concurrent admissions of different residents into one vacant bed: exactly one succeeds, 49 get 409")
    void fiftyIntoOneBed() throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as("admin", Deployments.ADMIN_PASSWORD);
        City city = new City(admin);
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
                    return admin.post("api/stays", object().add("residentId", resident).add("bedId", bed)
                            .add("admittedOn", "2024-06-01").build());
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> f : answers) {
                responses.add(f.get());
            }
            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(ApiClient.Response::status, Collectors.counting()));
            assertThat(byStatus).as(responses.stream().filter(r -> r.status() != 201 && r.status() != 409)
                    .map(Object::toString).toList().toString()).containsOnlyKeys(201, 409);
            assertThat(byStatus.get(201)).isEqualTo(1);
            assertThat(byStatus.get(409)).isEqualTo(49);
            assertThat(responses.stream().filter(r -> r.status() == 409).map(ApiClient.Response::code)
                    .collect(Collectors.toSet())).isSubsetOf("BED_OCCUPIED", "CONCURRENT_CONFLICT");
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.scalar("select count(*) from occupancy where bed_id = " + bed)).isEqualTo(1);
        assertThat(Database.scalar("select count(*) from stay s join occupancy o on o.stay_id = s.id where o.bed_id = "
                + bed)).isEqualTo(1);
    }
}
