package com.jialicare.application;

import com.jialicare.application.carehome.BedInfo;
import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.carehome.BedTimeline;
import com.jialicare.application.carehome.BedTimelines;
import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedOutage;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.subsidy.MinimumStay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.Residency;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.carehome.BedRepository;
import com.jialicare.infrastructure.persistence.carehome.CareHomeRepository;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Care homes and their beds: filing a home, adding and retiring beds, the bed board of a day. */
@Stateless
public class CareHomeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Visibility visibility;

    @Inject
    private Clock clock;

    @Inject
    private PolicyService policies;

    @Inject
    private BedTimelines timelines;

    @Inject
    private Event<BedsChanged> bedsChanged;

    @Inject
    private CareHomeRepository homes;

    @Inject
    private BedRepository beds;

    @Inject
    private StayRepository stays;

    public record NewCareHome(
            String name,
            String creditCode,
            Ownership ownership,
            String countyCode,
            LocalDate filedOn,
            Integer filedBeds,
            Premises premises,
            LocalDate leaseEndsOn,
            String address,
            String phone) {

        /** Without a telephone number. */
        public NewCareHome(
                String name,
                String creditCode,
                Ownership ownership,
                String countyCode,
                LocalDate filedOn,
                Integer filedBeds,
                Premises premises,
                LocalDate leaseEndsOn,
                String address) {
            this(name, creditCode, ownership, countyCode, filedOn, filedBeds, premises, leaseEndsOn, address, null);
        }
    }

    /**
     * A home at a glance on one day: its beds in service and how many are taken, and whose stay nears the
     * operating subsidy's minimum stay ({@code stayMonths}, six by default).
     */
    public record Dashboard(
            CareHome home,
            LocalDate day,
            long bedsInService,
            long occupied,
            int stayMonths,
            List<Anniversary> anniversaries)
            implements java.io.Serializable {

        public long vacant() {
            return Math.max(0, bedsInService - occupied);
        }

        /** Occupied beds as a whole percentage of the beds in service (0 when there are none). */
        public int occupancyPercent() {
            return bedsInService == 0 ? 0 : (int) Math.round(occupied * 100.0 / bedsInService);
        }
    }

    /** A resident whose open stay reaches its anniversary (admission plus the minimum months) soon. */
    public record Anniversary(
            long stayId, long residentId, String residentName, LocalDate admittedOn, LocalDate reachedOn)
            implements java.io.Serializable {}

    /** How far ahead the dashboard looks for anniversaries. */
    public static final int ANNIVERSARY_WINDOW_DAYS = 30;

    /**
     * Files a new care home: the administrator, or a county's auditor in their own county (another county is
     * answered 404 {@code COUNTY_NOT_FOUND}, as the previews do).
     */
    public CareHome create(NewCareHome cmd) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.COUNTY_AUDITOR);
        if (caller.role() == Role.COUNTY_AUDITOR
                && cmd.countyCode() != null
                && !cmd.countyCode().equals(caller.countyCode())) {
            LeshanCounty.of(cmd.countyCode(), "countyCode");
            throw BusinessException.notFound(
                    "COUNTY_NOT_FOUND", "No county " + cmd.countyCode() + " in your scope", cmd.countyCode());
        }
        String name = Text.required(cmd.name(), "name", 200);
        CreditCode code = CreditCode.of(cmd.creditCode());
        if (cmd.ownership() == null) {
            throw BusinessException.invalid(
                    "OWNERSHIP_REQUIRED",
                    "ownership",
                    "ownership is required: PUBLIC, PRIVATE, PUBLIC_BUILT_PRIVATE_RUN or PRIVATE_RUN_PUBLIC_AIDED");
        }
        LeshanCounty county = LeshanCounty.of(cmd.countyCode(), "countyCode");
        LocalDate filedOn = cmd.filedOn() == null ? null : Dates.notFuture(cmd.filedOn(), "filedOn", clock);
        if (cmd.filedBeds() == null) {
            throw BusinessException.invalid("FILED_BEDS_REQUIRED", "filedBeds", "filedBeds is required");
        }
        if (cmd.premises() == null) {
            throw BusinessException.invalid("PREMISES_REQUIRED", "premises", "premises is required: OWNED or LEASED");
        }
        if (homes.creditCodeTaken(code.value())) {
            throw BusinessException.conflict(
                    "CREDIT_CODE_TAKEN",
                    "creditCode",
                    "A care home with credit code " + code.value() + " is already filed",
                    code.value());
        }
        CareHome home = new CareHome(
                name,
                code.value(),
                cmd.ownership(),
                county.code(),
                filedOn,
                cmd.filedBeds(),
                cmd.premises(),
                cmd.leaseEndsOn(),
                Text.optional(cmd.address(), "address", 300),
                Text.optional(cmd.phone(), "phone", 40),
                clock.instant());
        em.persist(home);
        em.flush();
        audit.record("CARE_HOME_CREATED", "CareHome", home.getId(), name + " " + code.value());
        return home;
    }

    public Page<CareHome> list(int page, int size, String countyCode) {
        return list(page, size, countyCode, null);
    }

    /** As {@link #list(int, int, String)}, only the homes whose name or credit code contains {@code search}. */
    public Page<CareHome> list(int page, int size, String countyCode, String search) {
        Page.check(page, size);
        Caller caller = callers.get();
        String county = null;
        if (countyCode != null && !countyCode.isBlank()) {
            LeshanCounty.of(countyCode, "countyCode");
            county = countyCode;
        }
        String q = search == null || search.isBlank() ? null : Text.required(search, "search", 200);
        Slice<CareHome> found = q == null
                ? homes.page(caller, county, page * size, size)
                : homes.search(caller, county, q, page * size, size);
        return new Page<>(page, size, found.total(), found.items());
    }

    /** The home's beds, in the order of the bed board (room, then code), with their dates. */
    public List<BedInfo> bedsOf(long homeId) {
        visibleHome(callers.get(), homeId);
        Map<Long, List<BedOutage>> outages = beds.outagesOfHome(homeId);
        return beds.ofHomeInBoardOrder(homeId).stream()
                .map(b -> new BedInfo(
                        b.id(),
                        b.careHomeId(),
                        b.code(),
                        b.room(),
                        b.commissionedOn(),
                        b.retiredOn(),
                        outages.getOrDefault(b.id(), List.of())))
                .toList();
    }

    /** The home, if the caller's scope includes it; otherwise 404 as if it did not exist. */
    public CareHome get(long id) {
        CareHome home = visibleHome(callers.get(), id);
        home.ownershipHistory(); // the histories are read with the home (docs/RULES.md §8.1), in the transaction
        return home;
    }

    /** One county's homes and beds on a day: homes filed, beds in service, beds occupied. */
    public record CountyOccupancy(String countyCode, long homes, long bedsInService, long occupied)
            implements java.io.Serializable {}

    /**
     * Homes, beds in service and occupied beds on {@code day}, per county of the caller's scope (the whole
     * city for the city's auditors and the administrator, their own county for a county auditor), in
     * the order of the county codes; counties without homes are left out. Two grouped queries.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} for care-home administrators and families
     */
    public List<CountyOccupancy> occupancyByCounty(LocalDate day) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR);
        Dates.required(day, "on");
        return homes.byCounty(caller, day).stream()
                .map(c -> new CountyOccupancy(c.countyCode(), c.homes(), c.bedsInService(), c.occupied()))
                .toList();
    }

    public Bed addBed(long homeId, String code, String room, LocalDate commissionedOn) {
        Caller caller = callers.get();
        CareHome home = visibleHome(caller, homeId);
        requireManager(caller);
        String bedCode = Text.required(code, "code", 32);
        String roomName = Text.required(room, "room", 64);
        Dates.notFuture(commissionedOn, "commissionedOn", clock);
        home.requireOpenOn(commissionedOn, "commissionedOn"); // docs/RULES.md §8.1: no new beds once closed
        if (beds.codeTaken(homeId, bedCode)) {
            throw BusinessException.conflict(
                    "BED_CODE_TAKEN", "code", "Bed " + bedCode + " already exists in this home", bedCode);
        }
        Bed bed = new Bed(homeId, bedCode, roomName, commissionedOn);
        em.persist(bed);
        em.flush();
        bedsChanged.fire(new BedsChanged(homeId));
        audit.record(
                "BED_ADDED",
                "Bed",
                bed.getId(),
                home.getName() + " " + roomName + "/" + bedCode + " commissioned " + commissionedOn);
        return bed;
    }

    /** Takes a bed out of service from {@code on}; refused while anyone occupies it on or after that day. */
    public Bed retireBed(long homeId, long bedId, LocalDate on) {
        Caller caller = callers.get();
        CareHome home = visibleHome(caller, homeId);
        requireManager(caller);
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(on, "on", today);
        Bed bed = em.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
        if (bed == null || bed.getCareHomeId() != homeId) {
            throw BusinessException.notFound("BED_NOT_FOUND", "No bed " + bedId + " in this home", bedId);
        }
        Residency.requireRetirable(Residency.BedFacts.of(bed, stays.heldOnOrAfter(bedId, on)), on, today);
        bed.retire(on);
        bedsChanged.fire(new BedsChanged(homeId));
        audit.record("BED_RETIRED", "Bed", bed.getId(), "retired from " + on);
        return bed;
    }

    /**
     * Every bed of the home with its status on {@code day}, derived from the stays. Read from the home's bed
     * timeline ({@link BedTimelines}): after the first request for a home, no database round trip, and no
     * transaction is started for it (a timeline loaded without one is still only used while no change has
     * committed since, see {@link BedTimelines}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BedOnDay> bedsOn(long homeId, LocalDate day) {
        Caller caller = callers.get();
        BedTimeline timeline = timelines.get(homeId, this::loadTimeline);
        if (timeline == null || !caller.seesCareHome(homeId, timeline.countyCode())) {
            throw BusinessException.notFound("CARE_HOME_NOT_FOUND", "No care home " + homeId, homeId);
        }
        return timeline.on(day == null ? LocalDate.now(clock) : day, policies.table());
    }

    /**
     * The home's beds and every occupancy of them, in two queries; the second goes from the home's beds to
     * their occupancies (index {@code ix_occupancy_bed_day}, V5), so its cost follows the home's history
     * rather than the city's. Two more read what the tiles show of the occupants on any day: their residents'
     * assessments and their stays' absences (each by the home's stays).
     */
    private BedTimeline loadTimeline(long homeId) {
        CareHome home = em.find(CareHome.class, homeId);
        if (home == null) {
            return null;
        }
        Map<Long, List<BedOutage>> outages = beds.outagesOfHome(homeId);
        List<BedInfo> board = beds.ofHomeInBoardOrder(homeId).stream()
                .map(b -> new BedInfo(
                        b.id(),
                        b.careHomeId(),
                        b.code(),
                        b.room(),
                        b.commissionedOn(),
                        b.retiredOn(),
                        outages.getOrDefault(b.id(), List.of())))
                .toList();
        List<BedTimeline.Occupied> occupied = stays.occupanciesOfHomeBeds(homeId).stream()
                .map(o -> new BedTimeline.Occupied(
                        o.bedId(),
                        BedTimeline.Stint.of(
                                o.from(),
                                o.until(),
                                o.stayId(),
                                o.residentId(),
                                o.residentName(),
                                o.admittedOn(),
                                o.dischargedOn(),
                                o.sex())))
                .toList();
        List<BedTimeline.Level> levels = stays.assessmentsOfHomeResidents(homeId).stream()
                .map(l -> new BedTimeline.Level(l.residentId(), l.effectiveOn(), l.level()))
                .toList();
        List<BedTimeline.Away> away = stays.absencesOfHomeStays(homeId).stream()
                .map(a -> new BedTimeline.Away(a.stayId(), a.from(), a.until()))
                .toList();
        return BedTimeline.of(homeId, home.getCountyCode(), board, occupied, levels, away);
    }

    /**
     * The home's figures for today: beds in service, occupied and vacant, and the residents whose open stay
     * reaches the operating subsidy's minimum stay between today and 30 days on — the day as the operating
     * calculator judges it ({@link MinimumStay#firstReached}, RULES.md §4.3), so that the dashboard, the family's
     * page and the preview agree whatever policy version changed the minimum.
     */
    public Dashboard dashboard(long homeId) {
        CareHome home = visibleHome(callers.get(), homeId);
        LocalDate today = LocalDate.now(clock);
        PolicyTable table = policies.table();
        int months = table.inForceOn(today).minStayMonths();
        long inService = beds.countInServiceOn(homeId, today);
        long occupied = stays.countOccupiedOn(homeId, today);
        LocalDate last = today.plusDays(ANNIVERSARY_WINDOW_DAYS);
        // Only stays whose anniversary under some version's minimum can fall in the window are read; plusMonths
        // clamps month ends (08-31 + 6 months = 02-28), hence a few days' margin; MinimumStay decides exactly.
        int shortest = table.versions().stream()
                .mapToInt(PolicyVersion::minStayMonths)
                .min()
                .orElse(months);
        int longest = table.versions().stream()
                .mapToInt(PolicyVersion::minStayMonths)
                .max()
                .orElse(months);
        List<Anniversary> anniversaries = new ArrayList<>();
        for (StayRepository.OpenStay open : stays.openAdmittedBetween(
                homeId,
                today.minusMonths(longest).minusDays(3),
                last.minusMonths(shortest).plusDays(3))) {
            MinimumStay.firstReached(open.admittedOn(), null, table)
                    .filter(reached -> !reached.reachedOn().isBefore(today)
                            && !reached.reachedOn().isAfter(last))
                    .ifPresent(reached -> anniversaries.add(new Anniversary(
                            open.stayId(),
                            open.residentId(),
                            open.residentName(),
                            open.admittedOn(),
                            reached.reachedOn())));
        }
        anniversaries.sort(Comparator.comparing(Anniversary::reachedOn).thenComparing(Anniversary::residentName));
        return new Dashboard(home, today, inService, occupied, months, List.copyOf(anniversaries));
    }

    /** A resident whose reassessment is due ({@link com.jialicare.domain.model.resident.Reassessment}). */
    public record ReassessmentDue(
            long residentId, String residentName, String bedCode, LocalDate lastAssessed, LocalDate dueOn)
            implements java.io.Serializable {}

    /**
     * What happens in the home today (issue #16 item 7), for its dashboard: who is away (an absence covers today),
     * who was admitted, moved to another bed or discharged today, and whose reassessment is due within
     * {@link com.jialicare.domain.model.resident.Reassessment#NOTICE_DAYS} days. Read from the bed boards of today and
     * yesterday (a stay on yesterday's board and on no bed today was discharged today) and the residents' assessments.
     */
    public record Today(
            LocalDate day,
            List<BedOnDay> away,
            List<BedOnDay> admitted,
            List<BedOnDay> moved,
            List<BedOnDay> discharged,
            List<ReassessmentDue> reassessments)
            implements java.io.Serializable {}

    public Today today(long homeId) {
        LocalDate today = LocalDate.now(clock);
        List<BedOnDay> now = bedsOn(homeId, today);
        List<BedOnDay> yesterday = bedsOn(homeId, today.minusDays(1));
        java.util.Set<Long> staysToday = new java.util.HashSet<>();
        List<BedOnDay> occupied = new ArrayList<>();
        for (BedOnDay b : now) {
            if (b.stayId() != null) {
                staysToday.add(b.stayId());
                occupied.add(b);
            }
        }
        java.util.Map<Long, LocalDate> latest = new java.util.HashMap<>();
        for (StayRepository.LevelFrom l : stays.assessmentsOfHomeResidents(homeId)) {
            if (!l.effectiveOn().isAfter(today)) {
                latest.merge(l.residentId(), l.effectiveOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<ReassessmentDue> due = new ArrayList<>();
        for (BedOnDay b : occupied) {
            LocalDate last = latest.get(b.residentId());
            if (last != null && com.jialicare.domain.model.resident.Reassessment.listedOn(last, today)) {
                due.add(new ReassessmentDue(
                        b.residentId(),
                        b.residentName(),
                        b.bed().code(),
                        last,
                        com.jialicare.domain.model.resident.Reassessment.dueOn(last)));
            }
        }
        due.sort(Comparator.comparing(ReassessmentDue::dueOn).thenComparing(ReassessmentDue::residentName));
        return new Today(
                today,
                occupied.stream().filter(BedOnDay::away).toList(),
                occupied.stream()
                        .filter(b -> today.equals(b.since()) && !b.movedIn())
                        .toList(),
                occupied.stream()
                        .filter(b -> today.equals(b.since()) && b.movedIn())
                        .toList(),
                yesterday.stream()
                        .filter(b -> b.stayId() != null && !staysToday.contains(b.stayId()))
                        .toList(),
                List.copyOf(due));
    }

    private CareHome visibleHome(Caller caller, long id) {
        return visibility.home(caller, id);
    }

    /**
     * Registry changes: the home's own administrator, or the city administrator. (That a home's
     * administrator touches only their own home is already settled by {@link #visibleHome}: other homes
     * are not found.)
     */
    private static void requireManager(Caller caller) {
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
    }
}
