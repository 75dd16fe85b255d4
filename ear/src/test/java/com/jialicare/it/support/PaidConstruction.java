package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Construction applications taken from submission to payment over the API (docs/RULES.md §6), with a payment day
 * that may be in the past: county approval, one public notice (the training clock moves past it) and city
 * approval. For the construction hold period's tests (§8.6).
 */
public final class PaidConstruction {

    private PaidConstruction() {}

    /** Creates and submits a construction application of the home as of that day; answers its id. */
    public static long submitted(ApiClient homeAdmin, long home, LocalDate asOf) {
        var created = homeAdmin.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", asOf.toString())
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    /**
     * Takes the submitted applications (all of homes in {@code countyCode}) through county approval, one public
     * notice and city approval, and records each payment on its day (application id → payment day).
     */
    public static void approveAndPay(City city, ApiClient admin, String countyCode, Map<Long, LocalDate> paidOn) {
        ApiClient county = city.user(
                "COUNTY_AUDITOR", object().add("countyCode", countyCode).build());
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        LocalDate today = ServerClock.today(admin);
        LocalDate lastDay = today;
        for (long id : paidOn.keySet()) {
            var approved = county.post(
                    "api/applications/" + id + "/approve",
                    object().add("comment", "材料齐全").build());
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            var notice = cityAuditor.post(
                    "api/applications/" + id + "/notice",
                    object().add("from", today.toString()).build());
            assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
            LocalDate last =
                    LocalDate.parse(notice.json().getJsonObject("notice").getString("lastDay"));
            lastDay = last.isAfter(lastDay) ? last : lastDay;
        }
        ServerClock.advanceTo(admin, lastDay.plusDays(1));
        for (Map.Entry<Long, LocalDate> e : paidOn.entrySet()) {
            long id = e.getKey();
            var approved = cityAuditor.post("api/applications/" + id + "/approve", "{}");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            BigDecimal total = approved.json().getJsonNumber("total").bigDecimalValue();
            var paid = cityAuditor.post(
                    "api/applications/" + id + "/payment",
                    object().add("paidOn", e.getValue().toString())
                            .add("amount", Json.createValue(total))
                            .add("voucher", "PZ-HOLD-" + id)
                            .build());
            assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
            assertThat(paid.json().getString("state")).isEqualTo("PAID");
        }
    }

    /** Retires a bed from that day, as the home's administrator. */
    public static void retire(ApiClient homeAdmin, long home, long bed, String on) {
        var r = homeAdmin.post(
                "api/care-homes/" + home + "/beds/" + bed + "/retire",
                object().add("on", on).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
