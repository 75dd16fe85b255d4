package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The city-wide previews take a fast path: they read only the homes and beds that can count (an ownership some
 * policy version lets in, filed in time; beds commissioned in the policy's window and in service, plus every
 * claimed bed) before running the calculators. This test builds random cities through the API — homes of every
 * ownership, filing date and premises, beds commissioned and retired, residents local or not, state-supported
 * or not (and some whose hukou or state support changes on a day, docs/RULES.md §8.1), stays with absences and discharges, submitted applications that claim lines — and proves, for every
 * home the preview lists, that its eligible count and total equal the full calculation of that home alone.
 */
@DisplayName("Previews: the city-wide fast path equals the full per-home calculation, over random cities")
class PreviewEqualsFullCalculationIT extends ApiITBase {

    private static final String[] OWNERSHIPS = {
        "PUBLIC", "PRIVATE", "PUBLIC_BUILT_PRIVATE_RUN", "PRIVATE_RUN_PUBLIC_AIDED"
    };
    private static final String[] COUNTIES = {
        "511102", "511111", "511112", "511113", "511123", "511124", "511126", "511129", "511132", "511133", "511181"
    };
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    @Test
    @DisplayName(
            "operating and construction previews agree with each home's full calculation, home by home, for two random cities")
    void previewsEqualFullCalculations() {
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        for (long seed : new long[] {11, 12}) {
            Random random = new Random(seed);
            Set<Long> homes = buildRandomCity(random);
            for (int round = 0; round < 3; round++) {
                YearMonth from = YearMonth.of(2022, 1).plusMonths(random.nextInt(30));
                YearMonth to = from.plusMonths(random.nextInt(18));
                to = to.isAfter(YearMonth.of(2025, 11)) ? YearMonth.of(2025, 11) : to;
                operatingAgrees(cityAuditor, homes, from, to, "seed " + seed);
                LocalDate asOf = LocalDate.of(2021, 6, 1).plusDays(random.nextInt(1600));
                constructionAgrees(cityAuditor, homes, asOf, "seed " + seed);
            }
        }
    }

    private void operatingAgrees(ApiClient auditor, Set<Long> homes, YearMonth from, YearMonth to, String what) {
        String range = "?from=" + from + "&to=" + to;
        agree(
                auditor,
                homes,
                "api/subsidies/operating" + range,
                "/subsidies/operating" + range,
                "eligibleMonths",
                what + ", operating " + from + ".." + to);
    }

    private void constructionAgrees(ApiClient auditor, Set<Long> homes, LocalDate asOf, String what) {
        agree(
                auditor,
                homes,
                "api/subsidies/construction?asOf=" + asOf,
                "/subsidies/construction?asOf=" + asOf,
                "eligibleBeds",
                what + ", construction as of " + asOf);
    }

    /** Each of {@code homes} in the city-wide preview has the eligible count and total of its own calculation. */
    private void agree(
            ApiClient auditor, Set<Long> homes, String previewPath, String homePath, String countField, String what) {
        var preview = auditor.get(previewPath);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        Set<Long> compared = new HashSet<>();
        for (JsonValue v : preview.json().getJsonArray("homes")) {
            JsonObject home = v.asJsonObject();
            long id = home.getJsonNumber("careHomeId").longValue();
            if (!homes.contains(id)) {
                continue; // other tests' homes: the preview covers the whole city
            }
            compared.add(id);
            var full = auditor.get("api/care-homes/" + id + homePath);
            assertThat(full.status()).as(full.toString()).isEqualTo(200);
            long eligible = full.json().getJsonArray("lines").stream()
                    .filter(l -> l.asJsonObject().getBoolean("eligible"))
                    .count();
            String at = what + ", home " + id;
            assertThat(home.getJsonNumber(countField).longValue()).as(at).isEqualTo(eligible);
            assertThat(home.getJsonNumber("total").bigDecimalValue())
                    .as(at)
                    .isEqualByComparingTo(full.json().getJsonNumber("total").bigDecimalValue());
        }
        assertThat(compared).as(what + ": every home is in the preview").isEqualTo(homes);
    }

    /** Six homes with their beds, residents and stays; some submit applications that claim lines. */
    private Set<Long> buildRandomCity(Random random) {
        Set<Long> homes = new HashSet<>();
        for (int h = 0; h < 6; h++) {
            String ownership = OWNERSHIPS[random.nextInt(OWNERSHIPS.length)];
            LocalDate filedOn = day(random, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 1));
            var body = object().add("name", TestData.name("随机养老院"))
                    .add("creditCode", TestData.creditCode())
                    .add("ownership", ownership)
                    .add("countyCode", COUNTIES[random.nextInt(COUNTIES.length)])
                    .add("filedOn", filedOn.toString())
                    .add("filedBeds", 2 + random.nextInt(10));
            if (random.nextInt(3) == 0) {
                body.add("premises", "LEASED")
                        .add(
                                "leaseEndsOn",
                                day(random, LocalDate.of(2024, 1, 1), LocalDate.of(2035, 1, 1))
                                        .toString());
            } else {
                body.add("premises", "OWNED");
            }
            long home = created(admin.post("api/care-homes", body.build()));
            homes.add(home);
            int beds = 3 + random.nextInt(6);
            for (int b = 0; b < beds; b++) {
                LocalDate commissioned = day(random, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 1));
                long bed = created(admin.post(
                        "api/care-homes/" + home + "/beds",
                        object().add("code", "R-" + b)
                                .add("room", "R" + b / 2)
                                .add("commissionedOn", commissioned.toString())
                                .build()));
                if (random.nextInt(5) == 0) {
                    retire(home, bed, day(random, commissioned.plusDays(1), LAST_DAY));
                } else {
                    fill(random, bed, commissioned);
                }
            }
            changeFacts(new Random(home), home);
            if (random.nextBoolean()) {
                apply(random, home);
            }
        }
        return homes;
    }

    /**
     * docs/RULES.md §8.1: dated changes of the home's ownership, filed capacity and premises, and now and then its
     * closing (refused while residents stay), so that the fast path must read each fact on the as-of date. A
     * random of its own, so that the city drawn before it stays the same.
     */
    private void changeFacts(Random random, long home) {
        for (int k = random.nextInt(4); k > 0; k--) {
            LocalDate on = day(random, LocalDate.of(2020, 1, 1), LAST_DAY);
            var change = object().add("effectiveOn", on.toString());
            switch (random.nextInt(3)) {
                case 0 ->
                    change.add("kind", "OWNERSHIP").add("ownership", OWNERSHIPS[random.nextInt(OWNERSHIPS.length)]);
                case 1 -> change.add("kind", "FILED_BEDS").add("filedBeds", random.nextInt(10));
                default -> {
                    if (random.nextBoolean()) {
                        change.add("kind", "PREMISES").add("premises", "OWNED");
                    } else {
                        change.add("kind", "PREMISES")
                                .add("premises", "LEASED")
                                .add(
                                        "leaseEndsOn",
                                        day(random, LocalDate.of(2024, 1, 1), LocalDate.of(2035, 1, 1))
                                                .toString());
                    }
                }
            }
            var r = admin.post("api/care-homes/" + home + "/changes", change.build());
            assertThat(r.status()).as(r.toString()).isIn(200, 409); // 409: two changes drawn on one day
        }
        if (random.nextInt(4) == 0) {
            var r = admin.post(
                    "api/care-homes/" + home + "/changes",
                    object().add("kind", "CLOSED")
                            .add(
                                    "effectiveOn",
                                    day(random, LocalDate.of(2022, 1, 1), LAST_DAY)
                                            .toString())
                            .build());
            assertThat(r.status()).as(r.toString()).isIn(200, 409); // 409: residents stay on
        }
    }

    /** Successive stays in one bed from its commissioning on, some with an absence, most discharged. */
    private void fill(Random random, long bed, LocalDate from) {
        LocalDate day = from.plusDays(random.nextInt(200));
        while (day.isBefore(LocalDate.of(2025, 6, 1))) {
            long resident = resident(random, day);
            long stay = created(admin.post(
                    "api/stays",
                    object().add("residentId", resident)
                            .add("bedId", bed)
                            .add("admittedOn", day.toString())
                            .build()));
            LocalDate until = day.plusDays(20 + random.nextInt(700));
            if (random.nextInt(3) == 0) {
                LocalDate away = day.plusDays(random.nextInt(60));
                LocalDate back = away.plusDays(1 + random.nextInt(40));
                if (back.isBefore(until) && !back.isAfter(LAST_DAY)) {
                    ok(admin.post(
                            "api/stays/" + stay + "/absences",
                            object().add("from", away.toString())
                                    .add("until", back.toString())
                                    .build()));
                }
            }
            if (until.isAfter(LAST_DAY) || random.nextInt(5) == 0) {
                return; // still living there
            }
            ok(admin.post(
                    "api/stays/" + stay + "/discharge",
                    object().add("on", until.toString())
                            .add("reason", "RETURNED_HOME")
                            .build()));
            day = until.plusDays(random.nextInt(60));
        }
    }

    private long resident(Random random, LocalDate admitted) {
        LocalDate birth = day(random, LocalDate.of(1930, 1, 1), LocalDate.of(1968, 12, 31));
        String hukou = random.nextInt(4) == 0 ? "510104" : COUNTIES[random.nextInt(COUNTIES.length)];
        boolean stateSupported = random.nextInt(6) == 0;
        long id = created(admin.post(
                "api/residents",
                object().add("name", TestData.name("随机老人"))
                        .add("idNumber", TestData.idNumber(birth, random.nextBoolean()))
                        .add("hukouCode", hukou)
                        .add("stateSupported", stateSupported)
                        .add("careLevel", random.nextInt(5))
                        .add(
                                "assessedOn",
                                admitted.minusDays(random.nextInt(30)).toString())
                        .build()));
        // docs/RULES.md §8.1: some hukou move into or out of the city, some become (or stop being) state-supported
        if (random.nextInt(3) == 0) {
            LocalDate on = admitted.plusDays(random.nextInt(500));
            ok(admin.post(
                    "api/residents/" + id + "/changes",
                    object().add("kind", "HUKOU")
                            .add("effectiveOn", (on.isAfter(LAST_DAY) ? LAST_DAY : on).toString())
                            .add("hukouCode", hukou.startsWith("5111") ? "510104" : "511102")
                            .build()));
        }
        if (random.nextInt(3) == 0) {
            LocalDate on = admitted.plusDays(random.nextInt(500));
            ok(admin.post(
                    "api/residents/" + id + "/changes",
                    object().add("kind", "STATE_SUPPORT")
                            .add("effectiveOn", (on.isAfter(LAST_DAY) ? LAST_DAY : on).toString())
                            .add("stateSupported", !stateSupported)
                            .build()));
        }
        if (random.nextBoolean()) {
            ok(admin.post(
                    "api/residents/" + id + "/assessments",
                    object().add("level", random.nextInt(5))
                            .add(
                                    "effectiveOn",
                                    admitted.plusDays(30 + random.nextInt(400)).toString())
                            .build()));
        }
        return id;
    }

    private void retire(long home, long bed, LocalDate on) {
        ok(admin.post(
                "api/care-homes/" + home + "/beds/" + bed + "/retire",
                object().add("on", on.toString()).build()));
    }

    /** The home's administrator submits an operating or a construction application (its lines are claimed). */
    private void apply(Random random, long home) {
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        var body = object().add("careHomeId", home);
        if (random.nextBoolean()) {
            YearMonth from = YearMonth.of(2023, 1).plusMonths(random.nextInt(24));
            body.add("kind", "OPERATING")
                    .add("from", from.toString())
                    .add("to", from.plusMonths(5).toString());
        } else {
            body.add("kind", "CONSTRUCTION")
                    .add("asOf", day(random, LocalDate.of(2022, 1, 1), LAST_DAY).toString());
        }
        long id = created(homeAdmin.post("api/applications", body.build()));
        var submitted = homeAdmin.post("api/applications/" + id + "/submit");
        // an application with no eligible line cannot be submitted; either way nothing else is expected
        assertThat(submitted.status()).as(submitted.toString()).isIn(200, 409);
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static long created(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }
}
