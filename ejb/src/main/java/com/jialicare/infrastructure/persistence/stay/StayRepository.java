package com.jialicare.infrastructure.persistence.stay;

import static com.jialicare.infrastructure.persistence.Predicates.occupiedOn;
import static com.jialicare.infrastructure.persistence.Predicates.occupiedOnOrAfter;

import com.jialicare.domain.model.shared.Sex;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.service.Residency;
import com.jialicare.domain.service.Residency.Held;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The queries over stays and their occupancies of beds. Runs in the caller's transaction (or none: reads only). */
@ApplicationScoped
public class StayRepository {

    /** An open stay and its resident's name. */
    public record OpenStay(long stayId, long residentId, String residentName, LocalDate admittedOn) {}

    /** An occupancy of a bed, with its stay and resident. */
    public record BedOccupancy(
            long bedId,
            LocalDate from,
            LocalDate until,
            long stayId,
            long residentId,
            String residentName,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            Sex sex) {}

    /** An assessment of a resident: the level in effect from that day. */
    public record LevelFrom(long residentId, LocalDate effectiveOn, int level) {}

    /** An absence of a stay, {@code [from, until)}. */
    public record AbsenceSpan(long stayId, LocalDate from, LocalDate until) {}

    @PersistenceContext
    private EntityManager em;

    /** Every stay of the resident, in no particular order. */
    public List<Stay> ofResident(long residentId) {
        return em.createQuery("select s from Stay s where s.residentId = :r", Stay.class)
                .setParameter("r", residentId)
                .getResultList();
    }

    /** The homes the resident has ever stayed in. */
    public List<Long> homesOfResident(long residentId) {
        return em.createQuery("select distinct s.careHomeId from Stay s where s.residentId = :r", Long.class)
                .setParameter("r", residentId)
                .getResultList();
    }

    /** Every stay of the resident, newest first. */
    public List<Stay> ofResidentNewestFirst(long residentId) {
        return em.createQuery("select s from Stay s where s.residentId = :r order by s.admittedOn desc", Stay.class)
                .setParameter("r", residentId)
                .getResultList();
    }

    /** The resident's latest stay (by admission), if any. */
    public Optional<Stay> latestOfResident(long residentId) {
        return em.createQuery("select s from Stay s where s.residentId = :r order by s.admittedOn desc", Stay.class)
                .setParameter("r", residentId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The spans the bed is held on {@code day} or later, earliest first: the facts {@link Residency} checks. */
    public List<Held> heldOnOrAfter(long bedId, LocalDate day) {
        return em.createQuery(
                        "select o.fromOn, o.untilOn from Occupancy o where o.bedId = :b and "
                                + occupiedOnOrAfter("o", ":d") + " order by o.fromOn",
                        Object[].class)
                .setParameter("b", bedId)
                .setParameter("d", day)
                .getResultStream()
                .map(t -> new Held((LocalDate) t[0], (LocalDate) t[1]))
                .toList();
    }

    /**
     * Every span the bed is held by stays other than {@code stayId}, earliest first: what {@link Residency}
     * checks a correction of that stay against (docs/RULES.md §8.2).
     */
    public List<Held> heldByOthers(long bedId, long stayId) {
        return em.createQuery(
                        "select o.fromOn, o.untilOn from Occupancy o where o.bedId = :b and o.stay.id <> :s "
                                + "order by o.fromOn",
                        Object[].class)
                .setParameter("b", bedId)
                .setParameter("s", stayId)
                .getResultStream()
                .map(t -> new Held((LocalDate) t[0], (LocalDate) t[1]))
                .toList();
    }

    /**
     * How many beds of the home are occupied on {@code day}; through the home's beds, so that the index on
     * (bed_id, from_on, …) answers (V5).
     */
    public long countOccupiedOn(long careHomeId, LocalDate day) {
        return em.createQuery(
                        "select count(o) from Bed b, Occupancy o where o.bedId = b.id " + "and b.careHomeId = :h and "
                                + occupiedOn("o", ":d"),
                        Long.class)
                .setParameter("h", careHomeId)
                .setParameter("d", day)
                .getSingleResult();
    }

    /**
     * Every occupancy of the home's beds, with its stay and resident: from the home's beds to their occupancies
     * (index {@code ix_occupancy_bed_day}, V5), so that its cost follows the home's history rather than the city's.
     */
    public List<BedOccupancy> occupanciesOfHomeBeds(long careHomeId) {
        return em.createQuery(
                        "select o.bedId, o.fromOn, o.untilOn, s.id, r.id, r.name, s.admittedOn, s.dischargedOn, "
                                + "r.sex from Bed b, Occupancy o join o.stay s, Resident r "
                                + "where o.bedId = b.id and r.id = s.residentId and b.careHomeId = :h",
                        Object[].class)
                .setParameter("h", careHomeId)
                .getResultStream()
                .map(r -> new BedOccupancy(
                        (Long) r[0],
                        (LocalDate) r[1],
                        (LocalDate) r[2],
                        (Long) r[3],
                        (Long) r[4],
                        (String) r[5],
                        (LocalDate) r[6],
                        (LocalDate) r[7],
                        (Sex) r[8]))
                .toList();
    }

    /**
     * Every assessment of every resident who ever stayed in the home (index {@code ix_stay_home}, then the
     * assessments by resident): the care level a bed board shows on any day.
     */
    public List<LevelFrom> assessmentsOfHomeResidents(long careHomeId) {
        return em.createQuery(
                        "select a.resident.id, a.effectiveOn, a.level from Assessment a "
                                + "where a.withdrawnAt is null and a.resident.id in (select s.residentId from Stay s where s.careHomeId = :h)",
                        Object[].class)
                .setParameter("h", careHomeId)
                .getResultStream()
                .map(r -> new LevelFrom((Long) r[0], (LocalDate) r[1], (Integer) r[2]))
                .toList();
    }

    /** Every absence of the home's stays: who is away on any day. */
    public List<AbsenceSpan> absencesOfHomeStays(long careHomeId) {
        return em.createQuery(
                        "select a.stay.id, a.fromOn, a.untilOn from Absence a where a.stay.careHomeId = :h "
                                + "and a.withdrawnAt is null", // withdrawn absences count for nothing (V8)
                        Object[].class)
                .setParameter("h", careHomeId)
                .getResultStream()
                .map(r -> new AbsenceSpan((Long) r[0], (LocalDate) r[1], (LocalDate) r[2]))
                .toList();
    }

    /** The home's open stays admitted from {@code from} to {@code to}, with their residents' names. */
    public List<OpenStay> openAdmittedBetween(long careHomeId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select s.id, r.id, r.name, s.admittedOn from Stay s, Resident r "
                                + "where r.id = s.residentId and s.careHomeId = :h and s.dischargedOn is null "
                                + "and s.admittedOn between :from and :to",
                        Object[].class)
                .setParameter("h", careHomeId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r -> new OpenStay((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3]))
                .toList();
    }

    /** A bed a stay held: its code and the days, {@code [from, until)}. */
    public record StayBed(long stayId, String bedCode, LocalDate from, LocalDate until) {}

    /** Every bed the stays {@code stayIds} held, in no particular order. */
    public List<StayBed> bedsOfStays(java.util.Collection<Long> stayIds) {
        if (stayIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select o.stay.id, b.code, o.fromOn, o.untilOn from Occupancy o, Bed b"
                                + " where b.id = o.bedId and o.stay.id in :ids",
                        Object[].class)
                .setParameter("ids", stayIds)
                .getResultStream()
                .map(r -> new StayBed((Long) r[0], (String) r[1], (LocalDate) r[2], (LocalDate) r[3]))
                .toList();
    }
}
