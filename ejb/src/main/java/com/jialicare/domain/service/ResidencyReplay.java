package com.jialicare.domain.service;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Occupancy;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.service.Residency.BedFacts;
import com.jialicare.domain.service.Residency.Held;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A city's registry history, entered in memory day by day through {@link Residency}, as a care home's
 * administrator would have entered it: on each day the discharges and moves out first, then the moves and
 * admissions, then the absences, then the beds retired. Generated data (the demo city, the benchmark's
 * province) is proven against the residency rules with it: {@link #run()} refuses the first write the
 * registry itself would refuse, with the rule's code.
 * <p>
 * Writes of one day that wait for each other (a move into a bed another resident leaves by a move that day)
 * are retried in another order, as a clerk would; a circle of such moves can not be entered, as in the
 * registry.
 */
public final class ResidencyReplay {

    private final LocalDate today;
    private final Map<Long, BedState> beds = new HashMap<>();
    private final Map<Long, List<Stay>> staysOfPerson = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private long writes;

    /** The history as of {@code today}: nothing in it may be dated later (but a planned absence's end). */
    public ResidencyReplay(LocalDate today) {
        this.today = today;
    }

    /** The history broke a rule: which write, and the registry's refusal. */
    public static final class Refused extends RuntimeException {

        private final BusinessException refusal;

        Refused(String write, BusinessException refusal) {
            super(write + " refused: " + refusal.code() + " (" + refusal.getMessage() + ")", refusal);
            this.refusal = refusal;
        }

        public BusinessException refusal() {
            return refusal;
        }
    }

    private static final class BedState {
        final long id;
        final long homeId;
        final String code;
        final LocalDate commissionedOn;
        LocalDate retiredOn;
        final List<Occupancy> occupancies = new ArrayList<>();

        BedState(long id, long homeId, String code, LocalDate commissionedOn) {
            this.id = id;
            this.homeId = homeId;
            this.code = code;
            this.commissionedOn = commissionedOn;
        }

        BedFacts facts() {
            return new BedFacts(
                    id,
                    homeId,
                    code,
                    commissionedOn,
                    retiredOn,
                    occupancies.stream().map(Held::of).toList());
        }
    }

    /** Order of writes on one day. */
    private enum Kind {
        DISCHARGE,
        TRANSFER,
        ADMISSION,
        ABSENCE,
        RETIREMENT
    }

    private record Event(LocalDate on, Kind kind, long seq, Runnable write, String what) {}

    /** A bed, in service from {@code commissionedOn}, retired from {@code retiredOn} unless null. */
    public void bed(long bedId, long homeId, String code, LocalDate commissionedOn, LocalDate retiredOn) {
        BedState bed = new BedState(bedId, homeId, code, commissionedOn);
        if (beds.putIfAbsent(bedId, bed) != null) {
            throw new IllegalArgumentException("bed " + bedId + " twice");
        }
        if (retiredOn != null) {
            add(retiredOn, Kind.RETIREMENT, "retire bed " + code + " from " + retiredOn, () -> {
                Residency.requireRetirable(bed.facts(), retiredOn, today);
                if (!retiredOn.isAfter(bed.commissionedOn)) {
                    throw BusinessException.invalid(
                            "RETIRED_BEFORE_COMMISSIONED",
                            "on",
                            "A bed is retired after its commissioning date " + bed.commissionedOn);
                }
                bed.retiredOn = retiredOn;
            });
        }
    }

    /**
     * A stay of a person: admitted into {@code bedId}, moved to {@code nextBedId} on {@code transferredOn}
     * unless that is null, discharged on {@code dischargedOn} unless that is null, with its absences
     * ({@code [from, until)} pairs).
     */
    public void stay(
            long personId,
            long bedId,
            LocalDate admittedOn,
            Long nextBedId,
            LocalDate transferredOn,
            LocalDate dischargedOn,
            DischargeReason reason,
            List<LocalDate[]> absences) {
        Stay[] stay = new Stay[1];
        String who = "person " + personId + " admitted " + admittedOn;
        add(admittedOn, Kind.ADMISSION, who + " into bed " + bedId, () -> {
            List<Stay> theirs = staysOfPerson.computeIfAbsent(personId, p -> new ArrayList<>());
            stay[0] = Residency.admit(personId, theirs, true, bed(bedId).facts(), admittedOn, today);
            theirs.add(stay[0]);
            bed(bedId).occupancies.add(stay[0].currentOccupancy().orElseThrow());
            if (admittedOn.equals(dischargedOn)) { // left the same day: entered together, holding the bed no day
                Residency.discharge(stay[0], dischargedOn, reason, today);
            }
        });
        if (transferredOn != null) {
            add(transferredOn, Kind.TRANSFER, who + ": move to bed " + nextBedId + " on " + transferredOn, () -> {
                BedState next = bed(nextBedId);
                Residency.moveOut(stay[0], next.facts(), transferredOn, today);
                next.occupancies.add(Residency.moveIn(stay[0], next.facts(), transferredOn));
            });
        }
        for (LocalDate[] a : absences) {
            add(
                    a[0],
                    Kind.ABSENCE,
                    who + ": absence " + a[0] + " to " + a[1],
                    () -> Residency.recordAbsence(stay[0], a[0], a[1], AbsenceKind.OTHER, null, today));
        }
        if (dischargedOn != null && !dischargedOn.equals(admittedOn)) {
            add(
                    dischargedOn,
                    Kind.DISCHARGE,
                    who + ": discharge on " + dischargedOn,
                    () -> Residency.discharge(stay[0], dischargedOn, reason, today));
        }
    }

    private BedState bed(long id) {
        BedState bed = beds.get(id);
        if (bed == null) {
            throw new IllegalArgumentException("no bed " + id);
        }
        return bed;
    }

    private void add(LocalDate on, Kind kind, String what, Runnable write) {
        events.add(new Event(on, kind, events.size(), write, what));
    }

    /**
     * Enters the whole history, day by day.
     *
     * @return the number of writes entered
     * @throws Refused at the first write the registry would refuse
     */
    public long run() {
        events.sort(Comparator.comparing(Event::on).thenComparing(Event::kind).thenComparingLong(Event::seq));
        int i = 0;
        while (i < events.size()) {
            Event first = events.get(i);
            int end = i;
            while (end < events.size()
                    && events.get(end).on().equals(first.on())
                    && events.get(end).kind() == first.kind()) {
                end++;
            }
            runTogether(events.subList(i, end));
            i = end;
        }
        return writes;
    }

    /**
     * Writes of one kind on one day; one refused because a bed is still held is tried again after the others
     * (a move into a bed that another move empties that day).
     */
    private void runTogether(List<Event> writesOfAKind) {
        List<Event> pending = new ArrayList<>(writesOfAKind);
        while (!pending.isEmpty()) {
            List<Event> waiting = new ArrayList<>();
            Refused last = null;
            for (Event e : pending) {
                try {
                    e.write().run();
                    writes++;
                } catch (BusinessException refusal) {
                    last = new Refused(e.what(), refusal);
                    if (!"BED_OCCUPIED".equals(refusal.code())) {
                        throw last;
                    }
                    waiting.add(e);
                }
            }
            if (waiting.size() == pending.size()) {
                throw last;
            }
            pending = waiting;
        }
    }
}
