package com.jialicare.application.bootstrap;

import static com.jialicare.application.bootstrap.DemoNames.Feature.HOME2_ACCOUNT;
import static com.jialicare.application.bootstrap.DemoNames.Feature.HOME_ACCOUNT;
import static com.jialicare.application.bootstrap.DemoNames.Feature.NEWLY_FILED;
import static com.jialicare.application.bootstrap.DemoNames.Feature.OVER_CAPACITY;
import static com.jialicare.application.bootstrap.DemoNames.Feature.SHORT_LEASE;

import com.jialicare.application.bootstrap.DemoNames.HomeSpec;
import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.stay.AbsenceKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo city as a plan: care homes with rooms and beds, elders, and two years of stays with transfers,
 * absences and discharges, every date relative to "today". Drawn from a {@link Random} with a fixed seed, so
 * that every start on the same day draws the same city. Plain Java without persistence: {@link DemoData}
 * writes the plan through the entities (whose own rules check it again), and the plan can be checked
 * against the residency rules of RULES.md §2 without a container.
 *
 * <p>Beds are handed out from an in-memory timeline of each bed's occupancy, so a bed holds one resident
 * on any day and only while in service; a person's stays follow one another without overlapping.
 */
final class DemoCity {

    /** Leshan's division code; any fixed seed would do. */
    static final long SEED = 511100L;

    /** The construction subsidy's default policy start: beds commissioned earlier show the exclusion. */
    static final LocalDate POLICY_START = LocalDate.of(2021, 1, 1);
    /** The demo's homes opened from 2019 on ("mostly between 2019 and last year"). */
    private static final LocalDate EARLIEST_OPENING = LocalDate.of(2019, 1, 1);
    /** The home account's home opened before the policy start, and grew after it. */
    private static final LocalDate HOME_ACCOUNT_OPENED_FROM = LocalDate.of(2019, 6, 1);

    private static final LocalDate HOME_ACCOUNT_OPENED_UNTIL = LocalDate.of(2020, 10, 31);

    private static final int HISTORY_MONTHS = 24;
    /** Share of in-service beds occupied today: drawn per home between these two. */
    private static final double MIN_OCCUPANCY = 0.62;

    private static final double MAX_OCCUPANCY = 0.78;
    /** Discharged stays per open stay, drawn per home: about a fifth of all stays end up discharged. */
    private static final double MIN_DISCHARGED_PER_OPEN = 0.18;

    private static final double MAX_DISCHARGED_PER_OPEN = 0.34;
    private static final double TRANSFER_SHARE = 0.15;
    private static final double ABSENCE_SHARE = 0.20;
    /** Share of people who went home and, months later, were admitted to another home. */
    private static final double COME_BACK_SHARE = 0.25;

    private static final double NON_LOCAL_HUKOU_SHARE = 0.10;
    /** Of local hukou: share registered in the home's own county (the rest elsewhere in Leshan). */
    private static final double OWN_COUNTY_SHARE = 0.75;

    private static final double UNDER_60_SHARE = 0.025;
    /** 特困供养 elders live mostly in the public homes (敬老院). */
    private static final double STATE_SUPPORTED_SHARE_PUBLIC = 0.10;

    private static final double STATE_SUPPORTED_SHARE_OTHER = 0.025;
    private static final double FEMALE_SHARE = 0.56;

    private static final int MIN_STAY_DAYS = 10;
    private static final int MIN_DAYS_BEFORE_TRANSFER = 5;
    private static final int MIN_ABSENCE_DAYS = 3;
    private static final int MAX_ABSENCE_DAYS = 25;
    private static final int ROOMS_PER_FLOOR = 8;
    /** The home account's home is a large one: its bed board, census and applications at a real size. */
    static final int LARGE_HOME_BEDS = 200;

    private static final int PLACEMENT_ATTEMPTS = 40;
    private static final int MAX_ASSESSMENTS = 3;

    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final DateTimeFormatter ID_BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Initial capability levels 0–4 in a care home: most residents mildly or moderately disabled. */
    private static final double[] INITIAL_LEVEL_WEIGHTS = {0.12, 0.30, 0.28, 0.18, 0.12};

    private static final DischargeReason[] DISCHARGE_REASONS = DischargeReason.values();
    private static final double[] DISCHARGE_REASON_WEIGHTS = {0.25, 0.20, 0.20, 0.25, 0.10};

    final LocalDate today;
    final List<Home> homes = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    /** By admission day; a person's stays come in order. */
    final List<StayPlan> stays = new ArrayList<>();

    final Home homeAccountHome;
    final Home home2AccountHome;
    /** The family account's relative: in the home account's home for more than six months, local hukou. */
    final Person familyMember;

    private final Random random;
    private final Set<String> creditCodes = new HashSet<>();
    private final Set<String> idNumbers = new HashSet<>();

    /** The demo city as of {@code today}. */
    static DemoCity plan(LocalDate today) {
        return new DemoCity(today, new Random(SEED));
    }

    private DemoCity(LocalDate today, Random random) {
        this.today = today;
        this.random = random;
        for (HomeSpec spec : DemoNames.HOMES) {
            homes.add(planHome(spec));
        }
        for (Home home : homes) {
            planStays(home);
        }
        linkPeopleWhoMovedOn();
        people.addAll(collectPeople());
        for (Person person : people) {
            planAssessments(person);
        }
        homeAccountHome = homeWith(HOME_ACCOUNT);
        home2AccountHome = homeWith(HOME2_ACCOUNT);
        planLongAbsences();
        for (StayPlan stay : stays) {
            maybePlanAbsences(stay);
        }
        stays.sort(Comparator.comparing(s -> s.admittedOn)); // stable: ties keep the drawing order
        familyMember = pickFamilyMember();
    }

    // ---------------------------------------------------------------- homes, rooms and beds

    private Home planHome(HomeSpec spec) {
        LocalDate filedOn = filedOn(spec);
        LocalDate openedOn = openedOn(spec, filedOn);
        Home home = new Home(spec, creditCode(spec), filedOn, openedOn, leaseEndsOn(spec), address(spec));
        planBeds(home);
        home.filedBeds = filedCapacity(home);
        return home;
    }

    /** Filed (备案) between six years and six months ago; most more than a year ago. */
    private LocalDate filedOn(HomeSpec spec) {
        return switch (spec.feature()) {
            case NEWLY_FILED -> randomDate(today.minusMonths(11), today.minusMonths(6));
            case HOME_ACCOUNT -> randomDate(today.minusYears(5), today.minusYears(3));
            case OVER_CAPACITY -> randomDate(today.minusYears(5), today.minusMonths(14));
            default -> randomDate(today.minusYears(6), today.minusMonths(13));
        };
    }

    /** When the first beds were commissioned: many homes ran for years before filing. */
    private LocalDate openedOn(HomeSpec spec, LocalDate filedOn) {
        return switch (spec.feature()) {
            case NEWLY_FILED -> filedOn.minusDays(14 + random.nextInt(60));
            case HOME_ACCOUNT -> randomDate(HOME_ACCOUNT_OPENED_FROM, earliest(HOME_ACCOUNT_OPENED_UNTIL, filedOn));
            // all its beds count for the construction subsidy, so that their number can exceed the capacity
            case OVER_CAPACITY -> randomDate(earliest(latest(POLICY_START, filedOn.minusYears(2)), filedOn), filedOn);
            default -> randomDate(earliest(EARLIEST_OPENING, filedOn), filedOn);
        };
    }

    private LocalDate leaseEndsOn(HomeSpec spec) {
        if (spec.premises() == Premises.OWNED) {
            return null;
        }
        // relative to today, so that a long lease stays long and a short one stays short as the demo ages
        return spec.feature() == SHORT_LEASE
                ? today.plusMonths(14 + random.nextInt(40))
                : today.plusMonths(84 + random.nextInt(120));
    }

    /**
     * GB 32100 codes as the registering authority would issue them: public institutions (事业单位, "12"),
     * private non-enterprise units registered with civil affairs (民办非企业单位, "52", organisation codes
     * "MJ…") and companies (企业, "91", "MA…"), each with the county's division code.
     */
    private String creditCode(HomeSpec spec) {
        String county = spec.county().code();
        String first17;
        do {
            first17 = switch (spec.ownership()) {
                case PUBLIC -> "12" + county + randomChars("0123456789", 9);
                case PRIVATE_RUN_PUBLIC_AIDED -> "52" + county + "MJ" + randomChars(CREDIT_CODE_ALPHABET, 7);
                case PRIVATE, PUBLIC_BUILT_PRIVATE_RUN ->
                    random.nextBoolean()
                            ? "52" + county + "MJ" + randomChars(CREDIT_CODE_ALPHABET, 7)
                            : "91" + county + "MA6" + randomChars(CREDIT_CODE_ALPHABET, 6);
            };
        } while (!creditCodes.add(first17));
        return first17 + CreditCode.checkCharacter(first17);
    }

    private String address(HomeSpec spec) {
        return "四川省乐山市" + spec.county().nameZh() + spec.town() + pick(DemoNames.ROADS) + (1 + random.nextInt(300))
                + "号";
    }

    /** Beds in rooms of building A from the opening, and in buildings B, C for later expansions. */
    private void planBeds(Home home) {
        int total = bedCount(home.spec);
        List<LocalDate> batches = commissioningBatches(home);
        int[] sizes = batchSizes(total, batches.size());
        for (int i = 0; i < batches.size(); i++) {
            addRooms(home, (char) ('A' + i), sizes[i], batches.get(i));
        }
        maybeRetireBeds(home);
    }

    private int bedCount(HomeSpec spec) {
        if (spec.feature() == HOME_ACCOUNT) {
            return LARGE_HOME_BEDS; // the bed board at the size of a large home (issue #16)
        }
        if (spec.feature() == OVER_CAPACITY) {
            return between(30, 44);
        }
        return switch (spec.ownership()) {
            case PUBLIC -> between(24, 60);
            case PRIVATE -> between(15, 50);
            case PUBLIC_BUILT_PRIVATE_RUN -> between(20, 45);
            case PRIVATE_RUN_PUBLIC_AIDED -> between(12, 36);
        };
    }

    /** The opening day, then up to two expansions between a year later and the end of last year. */
    private List<LocalDate> commissioningBatches(Home home) {
        List<LocalDate> batches = new ArrayList<>(List.of(home.openedOn));
        LocalDate from = home.openedOn.plusYears(1);
        if (home.spec.feature() == HOME_ACCOUNT) {
            from = latest(from, POLICY_START); // so that its later beds count for the construction subsidy
        }
        LocalDate until = LocalDate.of(today.getYear() - 1, 12, 31);
        if (home.spec.feature() == NEWLY_FILED || from.isAfter(until)) {
            return batches;
        }
        double x = random.nextDouble();
        int expansions = home.spec.feature() == HOME_ACCOUNT ? 1 + random.nextInt(2) : x < 0.4 ? 0 : x < 0.8 ? 1 : 2;
        List<LocalDate> later = new ArrayList<>();
        for (int i = 0; i < expansions; i++) {
            later.add(randomDate(from, until));
        }
        Collections.sort(later);
        batches.addAll(later);
        return batches;
    }

    /** Most beds come with the opening; the expansions share the rest, at least two beds each. */
    private int[] batchSizes(int total, int batches) {
        int[] sizes = new int[batches];
        int first = batches == 1 ? total : (int) Math.round(total * (0.55 + 0.25 * random.nextDouble()));
        sizes[0] = first;
        int rest = total - first;
        for (int i = 1; i < batches; i++) {
            sizes[i] = i == batches - 1 ? rest : Math.max(2, rest / (batches - i));
            rest -= sizes[i];
        }
        return sizes;
    }

    private void addRooms(Home home, char building, int beds, LocalDate commissionedOn) {
        int floor = 1;
        int roomNumber = 1;
        int left = beds;
        while (left > 0) {
            int size = Math.min(left, roomSize());
            String room = building + "-" + floor + String.format("%02d", roomNumber);
            for (int b = 1; b <= size; b++) {
                home.beds.add(new BedPlan(room + "-" + b, room, commissionedOn));
            }
            left -= size;
            if (++roomNumber > ROOMS_PER_FLOOR) {
                floor++;
                roomNumber = 1;
            }
        }
    }

    /** 1 to 4 beds a room, twin rooms the most common. */
    private int roomSize() {
        double x = random.nextDouble();
        return x < 0.12 ? 1 : x < 0.62 ? 2 : x < 0.87 ? 3 : 4;
    }

    /** A few older homes took a bed or two out of service (they may have been occupied before that). */
    private void maybeRetireBeds(Home home) {
        if (home.openedOn.isAfter(today.minusYears(2)) || random.nextDouble() >= 0.3) {
            return;
        }
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            BedPlan bed = home.beds.get(random.nextInt(home.beds.size()));
            if (bed.retiredOn == null) {
                bed.retiredOn =
                        randomDate(latest(bed.commissionedOn.plusDays(30), today.minusMonths(20)), today.minusDays(20));
            }
        }
    }

    /** Room for every bed, rounded up; a home of the OVER_CAPACITY kind has a few beds more than it filed. */
    private int filedCapacity(Home home) {
        int inService =
                (int) home.beds.stream().filter(b -> b.retiredOn == null).count();
        if (home.spec.feature() == OVER_CAPACITY) {
            return inService - (4 + random.nextInt(5));
        }
        return (home.beds.size() + 9) / 10 * 10 + 10 * random.nextInt(3);
    }

    // ---------------------------------------------------------------- stays

    /** About 70% of the home's beds occupied today, and a fifth as many stays that have already ended. */
    private void planStays(Home home) {
        LocalDate from = latest(today.minusMonths(HISTORY_MONTHS), home.openedOn);
        long inService = home.beds.stream().filter(b -> b.retiredOn == null).count();
        int open =
                (int) Math.round(inService * (MIN_OCCUPANCY + (MAX_OCCUPANCY - MIN_OCCUPANCY) * random.nextDouble()));
        int discharged = (int) Math.round(open
                * (MIN_DISCHARGED_PER_OPEN
                        + (MAX_DISCHARGED_PER_OPEN - MIN_DISCHARGED_PER_OPEN) * random.nextDouble()));
        for (int i = 0; i < open; i++) {
            placeStay(home, from, true);
        }
        for (int i = 0; i < discharged; i++) {
            placeStay(home, from, false);
        }
    }

    /**
     * Draws dates for one stay and looks for beds free for them; when the drawn dates fit no bed (the home
     * is full then), draws again. After a few dozen misses the home simply gets one stay fewer.
     */
    private void placeStay(Home home, LocalDate from, boolean open) {
        LocalDate latestAdmission = open ? today : today.minusDays(MIN_STAY_DAYS);
        if (latestAdmission.isBefore(from)) {
            return;
        }
        for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
            LocalDate admitted = randomDate(from, latestAdmission);
            LocalDate discharged = open ? null : admitted.plusDays(stayLength());
            if (discharged != null && discharged.isAfter(today)) {
                continue;
            }
            LocalDate lastDay = open ? today : discharged.minusDays(1);
            LocalDate transfer = null;
            if (random.nextDouble() < TRANSFER_SHARE
                    && ChronoUnit.DAYS.between(admitted, lastDay) >= 2 * MIN_DAYS_BEFORE_TRANSFER) {
                // strictly after the admission, and before the discharge day (a discharge on the day of a
                // move would leave the new bed empty)
                transfer = randomDate(admitted.plusDays(MIN_DAYS_BEFORE_TRANSFER), lastDay);
            }
            List<BedPlan> beds = new ArrayList<>(home.beds);
            Collections.shuffle(beds, random);
            LocalDate firstBedUntil = transfer != null ? transfer : discharged;
            BedPlan bed = firstFree(beds, admitted, firstBedUntil, null);
            BedPlan nextBed = bed == null || transfer == null ? null : firstFree(beds, transfer, discharged, bed);
            if (bed == null || transfer != null && nextBed == null) {
                continue;
            }
            bed.occupy(admitted, firstBedUntil);
            if (nextBed != null) {
                nextBed.occupy(transfer, discharged);
            }
            StayPlan stay = new StayPlan(
                    home,
                    newPerson(home),
                    admitted,
                    bed,
                    transfer,
                    nextBed,
                    discharged,
                    discharged == null ? null : pick(DISCHARGE_REASONS, DISCHARGE_REASON_WEIGHTS));
            stay.person.stays.add(stay);
            stays.add(stay);
            return;
        }
    }

    private static BedPlan firstFree(List<BedPlan> beds, LocalDate from, LocalDate until, BedPlan except) {
        for (BedPlan bed : beds) {
            if (bed != except && bed.freeDuring(from, until)) {
                return bed;
            }
        }
        return null;
    }

    /** Days until discharge: short respite stays, stays of months, and a few of more than a year. */
    private int stayLength() {
        double x = random.nextDouble();
        if (x < 0.35) {
            return between(MIN_STAY_DAYS, 89);
        }
        return x < 0.8 ? between(90, 364) : between(365, 660);
    }

    /**
     * Some people who left a home for another one (or went home and later needed care again) appear in a
     * later stay of another home: a later stay that was drawn for a new person becomes theirs instead. It
     * begins on or after their discharge day, so one person's stays never overlap.
     */
    private void linkPeopleWhoMovedOn() {
        List<StayPlan> leavers = stays.stream()
                .filter(s ->
                        s.reason == DischargeReason.MOVED_TO_OTHER_HOME || s.reason == DischargeReason.RETURNED_HOME)
                .sorted(Comparator.comparing(s -> s.dischargedOn))
                .toList();
        for (StayPlan left : leavers) {
            boolean moved = left.reason == DischargeReason.MOVED_TO_OTHER_HOME;
            if (!moved && random.nextDouble() >= COME_BACK_SHARE || last(left.person.stays) != left) {
                continue;
            }
            LocalDate from = moved ? left.dischargedOn : left.dischargedOn.plusDays(30);
            LocalDate until = moved ? left.dischargedOn.plusDays(45) : left.dischargedOn.plusDays(300);
            Predicate<StayPlan> candidate = s -> s.home != left.home
                    && s.person.stays.size() == 1
                    && !s.admittedOn.isBefore(from)
                    && !s.admittedOn.isAfter(until);
            List<StayPlan> nearby = stays.stream()
                    .filter(candidate)
                    .filter(s -> s.home.spec.county() == left.home.spec.county())
                    .toList();
            List<StayPlan> anywhere =
                    nearby.isEmpty() ? stays.stream().filter(candidate).toList() : nearby;
            if (!anywhere.isEmpty()) {
                StayPlan next = anywhere.get(random.nextInt(anywhere.size()));
                next.person = left.person;
                left.person.stays.add(next);
            }
        }
    }

    /** Everybody who has a stay, in the order they were drawn (people replaced by a mover drop out). */
    private List<Person> collectPeople() {
        Set<Person> seen = new LinkedHashSet<>();
        for (StayPlan stay : stays) {
            seen.add(stay.person);
        }
        return new ArrayList<>(seen);
    }

    // ---------------------------------------------------------------- people

    private Person newPerson(Home home) {
        boolean female = random.nextDouble() < FEMALE_SHARE;
        String name = personName(home.spec.county(), female);
        int age = random.nextDouble() < UNDER_60_SHARE
                ? between(55, 59)
                : 60 + random.nextInt(13) + random.nextInt(13) + random.nextInt(13); // 60–96, most near 78
        LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));
        String hukou = hukou(home.spec.county());
        // the ID's prefix is where the person was first registered: mostly the hukou, sometimes another county
        String idPrefix = hukou.startsWith("5111") && random.nextDouble() < 0.1
                ? pick(LeshanCounty.values()).code()
                : hukou;
        double stateSupportedShare =
                home.spec.ownership() == Ownership.PUBLIC ? STATE_SUPPORTED_SHARE_PUBLIC : STATE_SUPPORTED_SHARE_OTHER;
        boolean stateSupported = random.nextDouble() < stateSupportedShare;
        return new Person(name, idNumber(idPrefix, birthDate, female), birthDate, hukou, stateSupported);
    }

    private String personName(LeshanCounty county, boolean female) {
        double yiShare = switch (county) {
            case EBIAN, MABIAN -> 0.35;
            case JINKOUHE -> 0.10;
            default -> 0.0;
        };
        if (random.nextDouble() < yiShare) {
            return pick(DemoNames.YI_SURNAMES)
                    + pick(female ? DemoNames.YI_FEMALE_GIVEN_NAMES : DemoNames.YI_MALE_GIVEN_NAMES);
        }
        return pick(DemoNames.SURNAMES) + pick(female ? DemoNames.FEMALE_GIVEN_NAMES : DemoNames.MALE_GIVEN_NAMES);
    }

    /** Mostly the home's own county, some elsewhere in Leshan, about one in ten from elsewhere in Sichuan. */
    private String hukou(LeshanCounty county) {
        double x = random.nextDouble();
        if (x < NON_LOCAL_HUKOU_SHARE) {
            return pick(DemoNames.OTHER_SICHUAN_DIVISIONS);
        }
        return x < NON_LOCAL_HUKOU_SHARE + (1 - NON_LOCAL_HUKOU_SHARE) * OWN_COUNTY_SHARE
                ? county.code()
                : pick(LeshanCounty.values()).code();
    }

    /** GB 11643: region, birth date, a two-digit order code, a sex digit (odd for men), the check character. */
    private String idNumber(String region, LocalDate birthDate, boolean female) {
        String first17;
        do {
            int sexDigit = 2 * random.nextInt(5) + (female ? 0 : 1);
            first17 = region + birthDate.format(ID_BIRTH_DATE) + String.format("%02d", random.nextInt(100)) + sexDigit;
        } while (!idNumbers.add(first17));
        return first17 + IdNumber.checkCharacter(first17);
    }

    /**
     * The first assessment on or up to a month before the first admission; reassessments every five months
     * to a year while the person is in care, the level mostly staying or worsening.
     */
    private void planAssessments(Person person) {
        StayPlan last = last(person.stays);
        LocalDate lastDayInCare = last.isOpen() ? today : last.dischargedOn.minusDays(1);
        LocalDate on = person.stays.get(0).admittedOn.minusDays(random.nextInt(31));
        int level = pick(INITIAL_LEVEL_WEIGHTS);
        person.assessments.add(new AssessmentPlan(level, on));
        while (person.assessments.size() < MAX_ASSESSMENTS) {
            on = on.plusDays(between(150, 400));
            if (on.isAfter(lastDayInCare) || random.nextDouble() < 0.3) {
                return;
            }
            double x = random.nextDouble();
            level = Math.max(0, Math.min(4, level + (x < 0.55 ? 0 : x < 0.9 ? 1 : -1)));
            person.assessments.add(new AssessmentPlan(level, on));
        }
    }

    // ---------------------------------------------------------------- absences

    /**
     * Two hospital stays over most of a month (three months ago), in stays that would otherwise count for
     * the operating subsidy: fewer than 15 days present, so TOO_FEW_DAYS_PRESENT shows — one in the home
     * account's home, one in another non-public home.
     */
    private void planLongAbsences() {
        YearMonth month = YearMonth.from(today).minusMonths(3);
        Predicate<StayPlan> countsOtherwise = s -> s.isOpen()
                && s.absences.isEmpty()
                && !s.admittedOn.isAfter(month.atDay(1).minusMonths(7))
                && s.person.hukou.startsWith("5111")
                && !s.person.stateSupported
                && s.person.birthDate.isBefore(month.atDay(1).minusYears(62))
                && s.home.spec.ownership() != Ownership.PUBLIC;
        stays.stream()
                .filter(countsOtherwise)
                .filter(s -> s.home == homeAccountHome)
                .findFirst()
                .ifPresent(s -> addLongAbsence(s, month));
        stays.stream()
                .filter(countsOtherwise)
                .filter(s -> s.home != homeAccountHome)
                .findFirst()
                .ifPresent(s -> addLongAbsence(s, month));
    }

    private void addLongAbsence(StayPlan stay, YearMonth month) {
        LocalDate from = month.atDay(between(3, 7));
        LocalDate until = month.plusMonths(1).atDay(between(2, 7));
        stay.absences.add(new AbsencePlan(from, until, AbsenceKind.HOSPITAL, hospitalNote(stay.home)));
    }

    /** One in five stays has one or two absences of 3–25 days; one that began lately may end in the future. */
    private void maybePlanAbsences(StayPlan stay) {
        if (!stay.absences.isEmpty() || random.nextDouble() >= ABSENCE_SHARE) {
            return;
        }
        int count = random.nextDouble() < 0.8 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            for (int attempt = 0; attempt < 10; attempt++) {
                int length = between(MIN_ABSENCE_DAYS, MAX_ABSENCE_DAYS);
                LocalDate earliestFrom = stay.admittedOn.plusDays(3);
                // inside the stay; an open stay's absence starts by today (its planned end may be later)
                LocalDate latestFrom = stay.isOpen() ? today : stay.dischargedOn.minusDays(length);
                if (latestFrom.isBefore(earliestFrom)) {
                    return;
                }
                LocalDate from = randomDate(earliestFrom, latestFrom);
                LocalDate until = from.plusDays(length);
                if (stay.absences.stream().noneMatch(a -> overlaps(a.from(), a.until(), from, until))) {
                    stay.absences.add(newAbsence(stay.home, from, until));
                    break;
                }
            }
        }
        stay.absences.sort(Comparator.comparing(AbsencePlan::from));
    }

    private AbsencePlan newAbsence(Home home, LocalDate from, LocalDate until) {
        double x = random.nextDouble();
        if (x < 0.5) {
            return new AbsencePlan(from, until, AbsenceKind.HOSPITAL, hospitalNote(home));
        }
        if (x < 0.9) {
            return new AbsencePlan(from, until, AbsenceKind.HOME_LEAVE, pick(DemoNames.HOME_LEAVE_NOTES));
        }
        return new AbsencePlan(from, until, AbsenceKind.OTHER, pick(DemoNames.OTHER_ABSENCE_NOTES));
    }

    /** "骨折住院（犍为县人民医院）": the county's hospital or one of the city's. */
    private String hospitalNote(Home home) {
        LeshanCounty county = home.spec.county();
        String countyHospital = (county.nameZh().endsWith("区") ? "乐山市" : "") + county.nameZh() + "人民医院";
        String hospital = random.nextBoolean() ? countyHospital : pick(DemoNames.CITY_HOSPITALS);
        return pick(DemoNames.HOSPITAL_REASONS) + "（" + hospital + "）";
    }

    // ---------------------------------------------------------------- accounts

    private Home homeWith(DemoNames.Feature feature) {
        return homes.stream()
                .filter(h -> h.spec.feature() == feature)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Someone whose stay counts for the operating subsidy: open for more than six months, local hukou, 60 or
     * older, not state-supported; preferably one whose level changed, so the family sees a reassessment.
     */
    private Person pickFamilyMember() {
        Predicate<StayPlan> counts = s -> s.home == homeAccountHome
                && s.isOpen()
                && s.transferredOn == null
                && s.admittedOn.isBefore(today.minusMonths(7))
                && s.person.hukou.startsWith("5111")
                && !s.person.stateSupported
                && s.person.birthDate.isBefore(today.minusYears(65));
        return stays.stream()
                .filter(counts)
                .filter(s -> levelChanged(s.person))
                .findFirst()
                .or(() -> stays.stream().filter(counts).findFirst())
                .map(s -> s.person)
                .orElseThrow(() -> new IllegalStateException(
                        "No resident of " + homeAccountHome.spec.name() + " fits the family account"));
    }

    private static boolean levelChanged(Person person) {
        return person.assessments.stream().map(AssessmentPlan::level).distinct().count() > 1;
    }

    // ---------------------------------------------------------------- summary

    int bedCount() {
        return homes.stream().mapToInt(h -> h.beds.size()).sum();
    }

    long retiredBedCount() {
        return homes.stream()
                .flatMap(h -> h.beds.stream())
                .filter(b -> b.retiredOn != null)
                .count();
    }

    long transferCount() {
        return stays.stream().filter(s -> s.transferredOn != null).count();
    }

    long absenceCount() {
        return stays.stream().mapToLong(s -> s.absences.size()).sum();
    }

    long dischargeCount() {
        return stays.stream().filter(s -> !s.isOpen()).count();
    }

    /** "30 homes, 1,052 beds (…), …" for the log and the audit trail. */
    String summary() {
        return String.format(
                "%d homes, %d beds (%d retired), %d residents, %d stays (%d open), %d transfers, "
                        + "%d absences, %d discharges",
                homes.size(),
                bedCount(),
                retiredBedCount(),
                people.size(),
                stays.size(),
                stays.size() - dischargeCount(),
                transferCount(),
                absenceCount(),
                dischargeCount());
    }

    // ---------------------------------------------------------------- drawing

    /** A day from {@code from} to {@code to}, both included. */
    private LocalDate randomDate(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            throw new IllegalArgumentException("Empty date range " + from + " to " + to);
        }
        return from.plusDays(random.nextInt((int) days + 1));
    }

    /** From {@code low} to {@code high}, both included. */
    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private String randomChars(String alphabet, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(T[] values, double[] weights) {
        return values[pick(weights)];
    }

    /** An index drawn with the given weights (summing to 1). */
    private int pick(double[] weights) {
        double x = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** Whether {@code [from1, until1)} and {@code [from2, until2)} share a day; a null end is open. */
    static boolean overlaps(LocalDate from1, LocalDate until1, LocalDate from2, LocalDate until2) {
        return (until2 == null || from1.isBefore(until2)) && (until1 == null || from2.isBefore(until1));
    }

    // ---------------------------------------------------------------- the plan's parts
    // Classes, not records: they are told apart by identity (two beds may have equal fields).

    /** A care home: its filing, premises and beds. */
    static final class Home {
        final HomeSpec spec;
        final String creditCode;
        final LocalDate filedOn;
        final LocalDate openedOn;
        final LocalDate leaseEndsOn;
        final String address;
        /** Leshan's area code 0833 and a seven-digit number, drawn from the credit code (not from the city's
         * Random, so that adding it changed no other drawing). */
        final String phone;

        final List<BedPlan> beds = new ArrayList<>();
        int filedBeds;

        Home(
                HomeSpec spec,
                String creditCode,
                LocalDate filedOn,
                LocalDate openedOn,
                LocalDate leaseEndsOn,
                String address) {
            this.spec = spec;
            this.creditCode = creditCode;
            this.filedOn = filedOn;
            this.openedOn = openedOn;
            this.leaseEndsOn = leaseEndsOn;
            this.address = address;
            this.phone = "0833-" + (2_000_000 + Math.floorMod(creditCode.hashCode(), 8_000_000));
        }
    }

    /** A bed, with the timeline of its occupancy as planned so far. */
    static final class BedPlan {
        final String code;
        final String room;
        final LocalDate commissionedOn;
        LocalDate retiredOn;
        /** {@code [from, until)} spans; a null end while the resident is still in the bed. */
        private final List<LocalDate[]> occupied = new ArrayList<>();

        BedPlan(String code, String room, LocalDate commissionedOn) {
            this.code = code;
            this.room = room;
            this.commissionedOn = commissionedOn;
        }

        /** In service and taken by nobody on every day of {@code [from, until)}; a null end is open. */
        boolean freeDuring(LocalDate from, LocalDate until) {
            if (from.isBefore(commissionedOn) || retiredOn != null && (until == null || until.isAfter(retiredOn))) {
                return false;
            }
            return occupied.stream().noneMatch(span -> overlaps(span[0], span[1], from, until));
        }

        void occupy(LocalDate from, LocalDate until) {
            occupied.add(new LocalDate[] {from, until});
        }
    }

    /** An elder, registered once, with assessments and stays in order. */
    static final class Person {
        final String name;
        final String idNumber;
        final LocalDate birthDate;
        final String hukou;
        final boolean stateSupported;
        final List<AssessmentPlan> assessments = new ArrayList<>();
        final List<StayPlan> stays = new ArrayList<>();

        Person(String name, String idNumber, LocalDate birthDate, String hukou, boolean stateSupported) {
            this.name = name;
            this.idNumber = idNumber;
            this.birthDate = birthDate;
            this.hukou = hukou;
            this.stateSupported = stateSupported;
        }
    }

    record AssessmentPlan(int level, LocalDate effectiveOn) {}

    record AbsencePlan(LocalDate from, LocalDate until, AbsenceKind kind, String note) {}

    /** A stay: admitted into {@code bed}, maybe moved to {@code nextBed} on {@code transferredOn}, maybe discharged. */
    static final class StayPlan {
        final Home home;
        Person person;
        final LocalDate admittedOn;
        final BedPlan bed;
        final LocalDate transferredOn;
        final BedPlan nextBed;
        final LocalDate dischargedOn;
        final DischargeReason reason;
        final List<AbsencePlan> absences = new ArrayList<>();

        StayPlan(
                Home home,
                Person person,
                LocalDate admittedOn,
                BedPlan bed,
                LocalDate transferredOn,
                BedPlan nextBed,
                LocalDate dischargedOn,
                DischargeReason reason) {
            this.home = home;
            this.person = person;
            this.admittedOn = admittedOn;
            this.bed = bed;
            this.transferredOn = transferredOn;
            this.nextBed = nextBed;
            this.dischargedOn = dischargedOn;
            this.reason = reason;
        }

        boolean isOpen() {
            return dischargedOn == null;
        }
    }
}
