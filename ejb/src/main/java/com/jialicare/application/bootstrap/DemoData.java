package com.jialicare.application.bootstrap;

import com.jialicare.application.AuditTrail;
import com.jialicare.application.UserService;
import com.jialicare.application.bootstrap.DemoCity.AbsencePlan;
import com.jialicare.application.bootstrap.DemoCity.AssessmentPlan;
import com.jialicare.application.bootstrap.DemoCity.BedPlan;
import com.jialicare.application.bootstrap.DemoCity.Home;
import com.jialicare.application.bootstrap.DemoCity.Person;
import com.jialicare.application.bootstrap.DemoCity.StayPlan;
import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.DivisionCode;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.infrastructure.persistence.carehome.CareHomeRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The demo city: Leshan's 11 county divisions with care homes of each ownership kind, rooms and beds,
 * residents and two years of stays, and one account per role. Loaded only in demo mode, and only into an
 * empty database, so a restart keeps what the demo user changed.
 *
 * <p>{@link DemoCity} draws the city; this bean writes it through the entities' own constructors and
 * methods (admission, transfer, absence, discharge), which check their rules once more. Nobody is logged in
 * at start-up, so the registry services (which need a caller) are not used. Everything is written in the
 * start-up transaction: a failed load leaves the database empty, and the next start tries again.
 */
@Stateless
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** Keeps the persistence context small: every flush dirty-checks whatever it still holds. */
    private static final int STAYS_PER_FLUSH = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CareHomeRepository homes;

    @Inject
    private UserService users;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<BedsChanged> bedsChanged;

    public void loadIfEmpty() {
        // decided once, before anything is written: the demo never mixes with data somebody entered
        if (!databaseIsEmpty()) {
            LOG.info("Demo data not loaded: the database already has users or care homes");
            return;
        }
        long started = System.nanoTime();
        DemoCity city = DemoCity.plan(LocalDate.now(clock));
        Instant now = clock.instant();
        Map<Home, Long> homeIds = persistHomes(city, now);
        Map<BedPlan, Long> bedIds = persistBeds(city, homeIds);
        Map<Person, Long> residentIds = persistResidents(city, homeIds, now);
        persistStays(city, homeIds, bedIds, residentIds);
        createAccounts(city, homeIds, residentIds);
        audit.recordAs("system", "DEMO_DATA_LOADED", "DemoData", null, city.summary());
        em.flush();
        bedsChanged.fire(BedsChanged.all());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LOG.info(() -> "Demo data loaded: " + city.summary() + " in " + millis + " ms");
    }

    private boolean databaseIsEmpty() {
        return users.countUsers() == 0 && homes.count() == 0;
    }

    private Map<Home, Long> persistHomes(DemoCity city, Instant now) {
        Map<Home, Long> ids = new IdentityHashMap<>();
        for (Home plan : city.homes) {
            CareHome home = new CareHome(
                    plan.spec.name(),
                    CreditCode.of(plan.creditCode).value(),
                    plan.spec.ownership(),
                    plan.spec.county().code(),
                    plan.filedOn,
                    plan.filedBeds,
                    plan.spec.premises(),
                    plan.leaseEndsOn,
                    plan.address,
                    plan.phone,
                    now);
            em.persist(home);
            ids.put(plan, home.getId());
        }
        flushAndClear();
        return ids;
    }

    /** Homes are written first: the beds refer to them by id only, so Hibernate cannot order the inserts. */
    private Map<BedPlan, Long> persistBeds(DemoCity city, Map<Home, Long> homeIds) {
        Map<BedPlan, Long> ids = new IdentityHashMap<>();
        for (Home home : city.homes) {
            for (BedPlan plan : home.beds) {
                Bed bed = new Bed(homeIds.get(home), plan.code, plan.room, plan.commissionedOn);
                if (plan.retiredOn != null) {
                    bed.retire(plan.retiredOn);
                }
                em.persist(bed);
                ids.put(plan, bed.getId());
            }
        }
        flushAndClear();
        return ids;
    }

    /** Registered by the home of their first stay, as a home's administrator would have done. */
    private Map<Person, Long> persistResidents(DemoCity city, Map<Home, Long> homeIds, Instant now) {
        Map<Person, Long> ids = new IdentityHashMap<>();
        for (Person plan : city.people) {
            Resident resident = new Resident(
                    plan.name,
                    IdNumber.of(plan.idNumber, clock),
                    DivisionCode.of(plan.hukou).value(),
                    plan.stateSupported,
                    homeIds.get(plan.stays.get(0).home),
                    now);
            for (AssessmentPlan a : plan.assessments) {
                resident.assess(CapabilityLevel.of(a.level()).level(), a.effectiveOn());
            }
            em.persist(resident); // the assessments cascade
            ids.put(plan, resident.getId());
        }
        flushAndClear();
        return ids;
    }

    /**
     * In order of admission, each stay built whole in memory (transfer, absences, discharge) and only then
     * persisted. Hibernate inserts an entity with the state it had when persisted and writes later changes
     * as UPDATEs after all INSERTs of the flush; persisting the final state keeps the unique constraints on
     * open stays and open occupancies true at every statement.
     */
    private void persistStays(
            DemoCity city, Map<Home, Long> homeIds, Map<BedPlan, Long> bedIds, Map<Person, Long> residentIds) {
        int written = 0;
        for (StayPlan plan : city.stays) {
            Stay stay = new Stay(
                    residentIds.get(plan.person), homeIds.get(plan.home), bedIds.get(plan.bed), plan.admittedOn);
            if (plan.transferredOn != null) {
                transfer(stay, bedIds.get(plan.nextBed), plan.transferredOn);
            }
            for (AbsencePlan a : plan.absences) {
                stay.recordAbsence(a.from(), a.until(), a.kind(), a.note());
            }
            if (plan.dischargedOn != null) {
                stay.discharge(plan.dischargedOn, plan.reason);
            }
            em.persist(stay); // cascades to the occupancies and absences
            if (plan.transferredOn != null) {
                // the transfer wrote the stay while open: its discharge (an UPDATE) must reach the database
                // before this person's next stay is inserted
                em.flush();
            }
            if (++written % STAYS_PER_FLUSH == 0) {
                flushAndClear();
            }
        }
        flushAndClear();
    }

    /**
     * As the registry does it: the old occupancy is closed in the database before the new one is opened,
     * since the database allows one open occupancy per stay.
     */
    private void transfer(Stay stay, long nextBedId, LocalDate on) {
        stay.leaveCurrentBed(nextBedId, on);
        em.persist(stay);
        em.flush();
        stay.moveInto(nextBedId, on);
    }

    /** One account per role; in demo mode only, each password is the user name. */
    private void createAccounts(DemoCity city, Map<Home, Long> homeIds, Map<Person, Long> residentIds) {
        users.createSystemUser("admin", "admin", Role.ADMIN, null, null, Set.of(), "系统管理员");
        users.createSystemUser("city", "city", Role.CITY_AUDITOR, null, null, Set.of(), "乐山市民政局审核员");
        users.createSystemUser(
                "county", "county", Role.COUNTY_AUDITOR, null, LeshanCounty.SHIZHONG.code(), Set.of(), "市中区民政局审核员");
        users.createSystemUser(
                "county2", "county2", Role.COUNTY_AUDITOR, null, LeshanCounty.EMEISHAN.code(), Set.of(), "峨眉山市民政局审核员");
        users.createSystemUser(
                "home",
                "home",
                Role.HOME_ADMIN,
                homeIds.get(city.homeAccountHome),
                null,
                Set.of(),
                city.homeAccountHome.spec.name() + "管理员");
        users.createSystemUser(
                "home2",
                "home2",
                Role.HOME_ADMIN,
                homeIds.get(city.home2AccountHome),
                null,
                Set.of(),
                city.home2AccountHome.spec.name() + "管理员");
        users.createSystemUser(
                "family",
                "family",
                Role.FAMILY,
                null,
                null,
                Set.of(residentIds.get(city.familyMember)),
                city.familyMember.name + "的家属");
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }
}
