package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.PaidConstruction;
import com.jialicare.it.support.ServerClock;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §8.7, the ledger identity, over random histories (issue #15 item 6). Several homes in lockstep: each
 * round applies random changes and corrections to their residents' facts (late deaths, discharge days moved
 * either way, mistaken discharges reopened, admissions corrected, hukou and state support changed, reassessments),
 * then every home applies for the next quarter of 2024 and is paid (sometimes returned and resubmitted first).
 * At the end, with nothing under review, for every home: what was paid + what is outstanding = the recomputed
 * amounts of every key a paid application claimed, to the fen; and per key, the paid line + its paid adjustments +
 * what is outstanding on it = its recomputed amount (nothing claimed twice, nothing lost). The seed is printed;
 * {@code -Djiali.ledger.seed=} replays a history.
 */
@DisplayName("§8.7 the ledger identity over random histories of payments, changes and corrections")
class LedgerIdentityIT extends ApiITBase {

    private static final int HOMES = 3;
    private static final int RESIDENTS = 5;
    private static final int ROUNDS = 4;
    private static final String LOCAL = "511124";
    private static final String ELSEWHERE = "510104";
    private static final String[] DISCHARGE_REASONS = {"DECEASED", "RETURNED_HOME", "HOSPITAL", "OTHER"};

    private final long seed = Long.getLong("jiali.ledger.seed", System.nanoTime());
    private final Random random = new Random(seed);

    private ApiClient county;
    private ApiClient cityAuditor;
    private int mutations;
    private int refused;

    /** One home of the history: its administrator and its residents' stays. */
    private final class Home {
        final long id;
        final ApiClient admin;
        final List<Stay> stays = new ArrayList<>();
        final List<Long> paid = new ArrayList<>();

        Home() {
            id = city.home("PRIVATE", LOCAL, LocalDate.of(2020, 1, 1), 40);
            admin = city.user("HOME_ADMIN", object().add("careHomeId", id).build());
            for (int i = 0; i < RESIDENTS; i++) {
                long bed = city.bed(id, "L-" + i, LocalDate.of(2022, 1, 10));
                LocalDate born =
                        LocalDate.of(1938 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
                long resident = city.resident(born, LOCAL, random.nextInt(5), LocalDate.of(2023, 1, 1));
                LocalDate admitted = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(150));
                stays.add(new Stay(resident, city.admit(resident, bed, admitted), admitted, born));
            }
        }
    }

    private static final class Stay {
        final long resident;
        final long id;
        final LocalDate born;
        LocalDate admitted;
        LocalDate discharged;

        Stay(long resident, long id, LocalDate admitted, LocalDate born) {
            this.resident = resident;
            this.id = id;
            this.admitted = admitted;
            this.born = born;
        }
    }

    @Test
    @DisplayName("paid + outstanding = recomputed, per home and per key, after random changes and corrections")
    void theLedgerHolds() {
        System.out.println("[LedgerIdentityIT] seed " + seed + " (replay with -Djiali.ledger.seed=" + seed + ")");
        CityPolicies.ensure(admin);
        county = city.user("COUNTY_AUDITOR", object().add("countyCode", LOCAL).build());
        cityAuditor = city.user("CITY_AUDITOR", object().build());
        List<Home> homes = new ArrayList<>();
        for (int h = 0; h < HOMES; h++) {
            homes.add(new Home());
        }
        for (int round = 0; round < ROUNDS; round++) {
            YearMonth from = YearMonth.of(2024, 1).plusMonths(3L * round);
            if (round > 0) {
                homes.forEach(this::mutate);
            }
            List<Long> noticed = new ArrayList<>();
            Map<Long, Home> owner = new HashMap<>();
            for (Home home : homes) {
                Long id = applyAndReview(home, from, from.plusMonths(2));
                if (id != null) {
                    noticed.add(id);
                    owner.put(id, home);
                }
            }
            LocalDate lastDay = null;
            for (long id : noticed) {
                LocalDate today = ServerClock.today(admin);
                var notice = cityAuditor.post(
                        "api/applications/" + id + "/notice",
                        object().add("from", today.toString()).build());
                assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
                LocalDate last =
                        LocalDate.parse(notice.json().getJsonObject("notice").getString("lastDay"));
                lastDay = lastDay == null || last.isAfter(lastDay) ? last : lastDay;
            }
            if (lastDay != null) {
                ServerClock.advanceTo(admin, lastDay.plusDays(1));
            }
            for (long id : noticed) {
                var approved = cityAuditor.post("api/applications/" + id + "/approve", "{}");
                assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
                BigDecimal total = approved.json().getJsonNumber("total").bigDecimalValue();
                var paid = cityAuditor.post(
                        "api/applications/" + id + "/payment",
                        object().add("paidOn", ServerClock.today(admin).toString())
                                .add("amount", total)
                                .add(
                                        "voucher",
                                        "L-" + UUID.randomUUID().toString().substring(0, 18))
                                .build());
                assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
                owner.get(id).paid.add(id);
            }
        }
        homes.forEach(this::mutate); // late news after the last payment: owed, not yet claimed
        System.out.println("[LedgerIdentityIT] " + mutations + " changes and corrections applied, " + refused
                + " refused by the rules (§2), over " + HOMES + " homes and " + ROUNDS + " rounds");
        BigDecimal allOutstanding = BigDecimal.ZERO;
        for (Home home : homes) {
            allOutstanding = allOutstanding.add(checkIdentity(home).abs());
        }
        System.out.println("[LedgerIdentityIT] outstanding at the end (absolute, all homes): " + allOutstanding);
    }

    /** One home of the construction history: its administrator, its beds and its paid applications. */
    private final class BuildingHome {
        final long id;
        final ApiClient admin;
        final List<Long> beds = new ArrayList<>();
        final Map<Long, LocalDate> retired = new HashMap<>();
        final List<Long> paid = new ArrayList<>();

        BuildingHome() {
            id = city.home("PRIVATE", LOCAL, LocalDate.of(2020, 1, 1), 40);
            admin = city.user("HOME_ADMIN", object().add("careHomeId", id).build());
        }
    }

    @Test
    @DisplayName(
            "construction: paid + outstanding = recomputed − hold-period recoveries, per home and per bed, after random retirements, returns and corrections")
    void theConstructionLedgerHolds() {
        System.out.println(
                "[LedgerIdentityIT] construction seed " + seed + " (replay with -Djiali.ledger.seed=" + seed + ")");
        CityPolicies.ensure(admin);
        county = city.user("COUNTY_AUDITOR", object().add("countyCode", LOCAL).build());
        cityAuditor = city.user("CITY_AUDITOR", object().build());
        LocalDate today = ServerClock.today(admin);
        List<BuildingHome> homes = new ArrayList<>();
        for (int h = 0; h < HOMES; h++) {
            homes.add(new BuildingHome());
        }
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate asOf = LocalDate.of(2024, 2, 1).plusMonths(4L * round);
            Map<Long, LocalDate> paidOn = new HashMap<>();
            Map<Long, BuildingHome> owner = new HashMap<>();
            for (BuildingHome home : homes) {
                if (round > 0) {
                    mutateBeds(home, today);
                }
                for (int b = 0; b < 2; b++) {
                    home.beds.add(city.bed(home.id, "C" + round + "-" + b, asOf.minusDays(10 + random.nextInt(50))));
                }
                long id = PaidConstruction.submitted(home.admin, home.id, asOf);
                checkTotals(home.admin.get("api/applications/" + id).json());
                paidOn.put(id, asOf.plusDays(random.nextInt(60)));
                owner.put(id, home);
            }
            PaidConstruction.approveAndPay(city, admin, LOCAL, paidOn);
            paidOn.keySet().forEach(id -> owner.get(id).paid.add(id));
            today = ServerClock.today(admin);
        }
        for (BuildingHome home : homes) {
            mutateBeds(home, today); // late news after the last payment: owed, not yet claimed
        }
        System.out.println("[LedgerIdentityIT] construction: " + mutations + " changes and corrections applied, "
                + refused + " refused by the rules, over " + HOMES + " homes and " + ROUNDS + " rounds");
        BigDecimal allOutstanding = BigDecimal.ZERO;
        for (BuildingHome home : homes) {
            allOutstanding = allOutstanding.add(checkConstructionIdentity(home).abs());
        }
        System.out.println(
                "[LedgerIdentityIT] construction outstanding at the end (absolute, all homes): " + allOutstanding);
    }

    /**
     * One or two random changes or corrections of the home's beds: a bed retired on a past day (before or after
     * the as-of date of the application that paid it), a retired bed back in service on a later day, a retirement
     * corrected away, a commissioning day corrected. Refusals (§2) are allowed, errors are not.
     */
    private void mutateBeds(BuildingHome home, LocalDate today) {
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            long bed = home.beds.get(random.nextInt(home.beds.size()));
            LocalDate retiredOn = home.retired.get(bed);
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt((int)
                    java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), today)));
            ApiClient.Response r;
            switch (random.nextInt(4)) {
                case 0, 1 -> { // retired on a day already past
                    if (retiredOn != null) {
                        continue;
                    }
                    r = home.admin.post(
                            "api/care-homes/" + home.id + "/beds/" + bed + "/retire",
                            object().add("on", day.toString()).build());
                    if (r.status() == 200) {
                        home.retired.put(bed, day);
                    }
                }
                case 2 -> { // back in service on a later day, or the retirement was a mistake
                    if (retiredOn == null) {
                        continue;
                    }
                    if (random.nextBoolean() && retiredOn.isBefore(today)) {
                        LocalDate back = retiredOn.plusDays(
                                1 + random.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(retiredOn, today)));
                        r = home.admin.post(
                                "api/care-homes/" + home.id + "/beds/" + bed + "/changes",
                                object().add("kind", "RETURNED_TO_SERVICE")
                                        .add("effectiveOn", back.toString())
                                        .build());
                    } else {
                        r = home.admin.post(
                                "api/care-homes/" + home.id + "/beds/" + bed + "/corrections",
                                object().add("reason", "误办停用")
                                        .add("reinstate", true)
                                        .build());
                    }
                    if (r.status() == 200) {
                        home.retired.remove(bed);
                    }
                }
                default -> { // the commissioning day was wrong
                    var current = home.admin.get("api/beds/" + bed + "/subsidy");
                    assertThat(current.status()).as(current.toString()).isEqualTo(200);
                    LocalDate commissioned = LocalDate.parse(current.json().getString("commissionedOn"))
                            .plusDays(random.nextInt(121) - 60);
                    r = home.admin.post(
                            "api/care-homes/" + home.id + "/beds/" + bed + "/corrections",
                            object().add("reason", "投用日期录入有误")
                                    .add("commissionedOn", commissioned.toString())
                                    .build());
                }
            }
            assertThat(r.status()).as(r.toString()).isIn(200, 201, 400, 409);
            if (r.status() >= 400) {
                refused++;
            } else {
                mutations++;
            }
        }
    }

    /**
     * Checks §8.7 for one home's construction subsidy: paid + outstanding = recomputed − the hold period's
     * recoveries due; per bed, the paid line + its adjustments = its recomputed amount, and the adjustments of its
     * hold period = − its clawback due. Answers what is outstanding.
     */
    private BigDecimal checkConstructionIdentity(BuildingHome home) {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal recomputed = BigDecimal.ZERO;
        Map<String, BigDecimal> expectedPerKey = new HashMap<>();
        for (long id : home.paid) {
            JsonObject application = home.admin.get("api/applications/" + id).json();
            assertThat(application.getString("state")).isEqualTo("PAID");
            paid = paid.add(application.getJsonNumber("total").bigDecimalValue());
            var r = cityAuditor.get("api/applications/" + id + "/recomputation");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            recomputed = recomputed.add(r.json().getJsonNumber("currentTotal").bigDecimalValue());
            Map<Integer, BigDecimal> differences = new HashMap<>();
            for (JsonObject l : r.json().getJsonArray("lines").getValuesAs(JsonObject.class)) {
                differences.put(
                        l.getInt("lineNo"), l.getJsonNumber("difference").bigDecimalValue());
            }
            for (JsonObject l : application.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                if (l.getBoolean("eligible")) {
                    String key = l.getJsonNumber("bedId").longValue() + "/line";
                    assertThat(expectedPerKey).as("a bed claimed twice: " + key).doesNotContainKey(key);
                    expectedPerKey.put(key, differences.getOrDefault(l.getInt("lineNo"), BigDecimal.ZERO));
                }
            }
        }
        BigDecimal clawbacks = BigDecimal.ZERO;
        int due = 0;
        for (long bed : home.beds) {
            JsonObject subsidy = home.admin.get("api/beds/" + bed + "/subsidy").json();
            if (subsidy.containsKey("paid") && !subsidy.isNull("paid")) {
                JsonObject p = subsidy.getJsonObject("paid");
                if (p.containsKey("due") && !p.isNull("due")) {
                    BigDecimal amount =
                            p.getJsonObject("due").getJsonNumber("amount").bigDecimalValue();
                    clawbacks = clawbacks.add(amount);
                    expectedPerKey.put(bed + "/hold", amount.negate());
                    due++;
                }
            }
        }
        BigDecimal outstanding = BigDecimal.ZERO;
        Map<String, BigDecimal> adjustedPerKey = new HashMap<>();
        for (String state : List.of("OUTSTANDING", "PAID")) {
            var r = home.admin.get("api/care-homes/" + home.id + "/adjustments?kind=CONSTRUCTION&state=" + state);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            for (JsonObject a : r.array().getValuesAs(JsonObject.class)) {
                BigDecimal amount = a.getJsonNumber("amount").bigDecimalValue();
                String key = a.getJsonNumber("bedId").longValue() + (a.getBoolean("holdPeriod") ? "/hold" : "/line");
                adjustedPerKey.merge(key, amount, BigDecimal::add);
                if (state.equals("OUTSTANDING")) {
                    outstanding = outstanding.add(amount);
                }
            }
        }
        var claimed = home.admin.get("api/care-homes/" + home.id + "/adjustments?kind=CONSTRUCTION&state=CLAIMED");
        assertThat(claimed.array()).as("nothing is under review at the end").isEmpty();
        System.out.println("[LedgerIdentityIT] construction home " + home.id + ": paid " + paid + ", outstanding "
                + outstanding + ", recomputed " + recomputed + ", clawbacks due " + clawbacks + " on " + due
                + " beds");
        assertThat(paid.add(outstanding))
                .as(
                        "home %d (seed %d): paid %s + outstanding %s = recomputed %s − clawbacks %s",
                        home.id, seed, paid, outstanding, recomputed, clawbacks)
                .isEqualByComparingTo(recomputed.subtract(clawbacks));
        // a hold period whose clawback is no longer due (its retirement corrected away after the recovery was paid)
        // is expected at 0: what was recovered comes back as a back-pay
        java.util.Set<String> keys = new java.util.TreeSet<>(expectedPerKey.keySet());
        keys.addAll(adjustedPerKey.keySet());
        for (String key : keys) {
            assertThat(adjustedPerKey.getOrDefault(key, BigDecimal.ZERO))
                    .as(
                            "key %s of home %d (seed %d): paid and outstanding adjustments = recomputed − paid (a bed's line), − clawback due (its hold period)",
                            key, home.id, seed)
                    .isEqualByComparingTo(expectedPerKey.getOrDefault(key, BigDecimal.ZERO));
            String line = key.substring(0, key.indexOf('/')) + "/line";
            assertThat(expectedPerKey)
                    .as("every adjustment corrects a bed a paid application claimed, or its hold period: " + key)
                    .containsKey(line);
        }
        return outstanding;
    }

    /** Creates and submits the quarter's application; sometimes returned once; approved by the county. */
    private Long applyAndReview(Home home, YearMonth from, YearMonth to) {
        var created = home.admin.post(
                "api/applications",
                object().add("careHomeId", home.id)
                        .add("kind", "OPERATING")
                        .add("from", from.toString())
                        .add("to", to.toString())
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        var submitted = home.admin.post("api/applications/" + id + "/submit");
        if (submitted.status() == 409 && "NO_ELIGIBLE_LINES".equals(submitted.code())) {
            return null; // nothing to claim this quarter (and no back-pay owed)
        }
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        checkTotals(submitted.json());
        if (random.nextInt(4) == 0) {
            var returned = county.post(
                    "api/applications/" + id + "/return",
                    object().add("reason", "请核对").build());
            assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
            if (random.nextBoolean()) {
                mutate(home);
            }
            var again = home.admin.post("api/applications/" + id + "/submit");
            if (again.status() == 409 && "NO_ELIGIBLE_LINES".equals(again.code())) {
                return null;
            }
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            checkTotals(again.json());
        }
        var approved = county.post("api/applications/" + id + "/approve", "{}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return id;
    }

    /** total = lines + adjustments, never below zero. */
    private static void checkTotals(JsonObject application) {
        BigDecimal total = application.getJsonNumber("total").bigDecimalValue();
        BigDecimal lines = application.getJsonNumber("linesTotal").bigDecimalValue();
        BigDecimal adjustments = application.getJsonNumber("adjustmentsTotal").bigDecimalValue();
        assertThat(total.signum()).as(application.toString()).isGreaterThanOrEqualTo(0);
        assertThat(total).as(application.toString()).isEqualByComparingTo(lines.add(adjustments));
    }

    /** One to three random changes or corrections of the home's facts; refusals (§2) are allowed, errors are not. */
    private void mutate(Home home) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Stay s = home.stays.get(random.nextInt(home.stays.size()));
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
            ApiClient.Response r;
            switch (random.nextInt(8)) {
                case 0, 1 -> { // a death or a discharge reported late, or a discharge day moved
                    if (s.discharged == null) {
                        r = home.admin.post(
                                "api/stays/" + s.id + "/discharge",
                                object().add("on", day.toString())
                                        .add("reason", DISCHARGE_REASONS[random.nextInt(DISCHARGE_REASONS.length)])
                                        .build());
                        if (r.status() == 200) {
                            s.discharged = day;
                        }
                    } else {
                        r = home.admin.post(
                                "api/stays/" + s.id + "/corrections",
                                object().add("reason", "退住日期录入有误")
                                        .add("dischargedOn", day.toString())
                                        .build());
                        if (r.status() == 200) {
                            s.discharged = day;
                        }
                    }
                }
                case 2 -> { // a discharge recorded by mistake
                    if (s.discharged == null) {
                        continue;
                    }
                    r = home.admin.post(
                            "api/stays/" + s.id + "/corrections",
                            object().add("reason", "误办退住").add("reopen", true).build());
                    if (r.status() == 200) {
                        s.discharged = null;
                    }
                }
                case 3 -> { // the admission day was wrong
                    LocalDate admitted = s.admitted.plusDays(random.nextInt(121) - 60);
                    r = home.admin.post(
                            "api/stays/" + s.id + "/corrections",
                            object().add("reason", "入住日期录入有误")
                                    .add("admittedOn", admitted.toString())
                                    .build());
                    if (r.status() == 200) {
                        s.admitted = admitted;
                    }
                }
                case 4 -> // the hukou moved out of the city, or back
                    r = home.admin.post(
                            "api/residents/" + s.resident + "/changes",
                            object().add("kind", "HUKOU")
                                    .add("effectiveOn", day.toString())
                                    .add("hukouCode", random.nextBoolean() ? ELSEWHERE : LOCAL)
                                    .build());
                case 5 -> // became state-supported, or stopped being
                    r = home.admin.post(
                            "api/residents/" + s.resident + "/changes",
                            object().add("kind", "STATE_SUPPORT")
                                    .add("effectiveOn", day.toString())
                                    .add("stateSupported", random.nextInt(3) > 0)
                                    .build());
                default -> // reassessed
                    r = home.admin.post(
                            "api/residents/" + s.resident + "/assessments",
                            object().add("level", random.nextInt(5))
                                    .add("effectiveOn", day.toString())
                                    .build());
            }
            assertThat(r.status()).as(r.toString()).isIn(200, 201, 400, 409);
            if (r.status() >= 400) {
                refused++;
            } else {
                mutations++;
            }
        }
    }

    /** Checks §8.7 for one home; answers what is outstanding. */
    private BigDecimal checkIdentity(Home home) {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal recomputed = BigDecimal.ZERO;
        Map<String, BigDecimal> expectedPerKey = new HashMap<>(); // recomputed − paid line, per key
        for (long id : home.paid) {
            JsonObject application = home.admin.get("api/applications/" + id).json();
            assertThat(application.getString("state")).isEqualTo("PAID");
            paid = paid.add(application.getJsonNumber("total").bigDecimalValue());
            var r = cityAuditor.get("api/applications/" + id + "/recomputation");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            recomputed = recomputed.add(r.json().getJsonNumber("currentTotal").bigDecimalValue());
            Map<Integer, BigDecimal> differences = new HashMap<>();
            for (JsonObject l : r.json().getJsonArray("lines").getValuesAs(JsonObject.class)) {
                differences.put(
                        l.getInt("lineNo"), l.getJsonNumber("difference").bigDecimalValue());
            }
            for (JsonObject l : application.getJsonArray("lines").getValuesAs(JsonObject.class)) {
                if (l.getBoolean("eligible")) {
                    String key = l.getJsonNumber("stayId").longValue() + "/" + l.getString("month");
                    assertThat(expectedPerKey).as("a key claimed twice: " + key).doesNotContainKey(key);
                    expectedPerKey.put(key, differences.getOrDefault(l.getInt("lineNo"), BigDecimal.ZERO));
                }
            }
        }
        BigDecimal outstanding = BigDecimal.ZERO;
        Map<String, BigDecimal> adjustedPerKey = new HashMap<>();
        for (String state : List.of("OUTSTANDING", "PAID")) {
            var r = home.admin.get("api/care-homes/" + home.id + "/adjustments?kind=OPERATING&state=" + state);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            for (JsonObject a : r.array().getValuesAs(JsonObject.class)) {
                BigDecimal amount = a.getJsonNumber("amount").bigDecimalValue();
                String key = a.getJsonNumber("stayId").longValue() + "/"
                        + a.getString("month").substring(0, 7);
                adjustedPerKey.merge(key, amount, BigDecimal::add);
                if (state.equals("OUTSTANDING")) {
                    outstanding = outstanding.add(amount);
                }
            }
        }
        var claimed = home.admin.get("api/care-homes/" + home.id + "/adjustments?kind=OPERATING&state=CLAIMED");
        assertThat(claimed.array()).as("nothing is under review at the end").isEmpty();
        assertThat(paid.add(outstanding))
                .as(
                        "home %d (seed %d): paid %s + outstanding %s = recomputed %s",
                        home.id, seed, paid, outstanding, recomputed)
                .isEqualByComparingTo(recomputed);
        for (var e : expectedPerKey.entrySet()) {
            assertThat(adjustedPerKey.getOrDefault(e.getKey(), BigDecimal.ZERO))
                    .as(
                            "key %s of home %d (seed %d): paid and outstanding adjustments = recomputed − paid",
                            e.getKey(), home.id, seed)
                    .isEqualByComparingTo(e.getValue());
        }
        assertThat(expectedPerKey.keySet())
                .as("every adjustment corrects a key a paid application claimed")
                .containsAll(adjustedPerKey.keySet());
        return outstanding;
    }
}
