package com.jialicare.application.carehome;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.domain.model.subsidy.MinimumStay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A home's beds and who occupied each of them when, over the home's whole history: the bed board of any day
 * is read from it without the database. Immutable; built from the home's beds (in board order) and all
 * occupancies of those beds.
 */
public final class BedTimeline {

    /**
     * One occupancy, {@code [from, until)} in epoch days; {@code until} is {@link Integer#MAX_VALUE} while open.
     * {@code admitted} and {@code discharged} are its stay's (the same convention), {@code sex} the resident's.
     */
    public record Stint(
            int from,
            int until,
            long stayId,
            long residentId,
            String residentName,
            int admitted,
            int discharged,
            Sex sex) {

        /** An occupancy whose stay began with it (no move before it), sex unknown. */
        public static Stint of(LocalDate from, LocalDate until, long stayId, long residentId, String residentName) {
            return of(from, until, stayId, residentId, residentName, from, until, null);
        }

        public static Stint of(
                LocalDate from,
                LocalDate until,
                long stayId,
                long residentId,
                String residentName,
                LocalDate admittedOn,
                LocalDate dischargedOn,
                Sex sex) {
            return new Stint(
                    day(from),
                    until == null ? Integer.MAX_VALUE : day(until),
                    stayId,
                    residentId,
                    residentName,
                    day(admittedOn),
                    dischargedOn == null ? Integer.MAX_VALUE : day(dischargedOn),
                    sex);
        }
    }

    /** An assessment: the resident's care level from {@code effectiveOn} on. */
    public record Level(long residentId, LocalDate effectiveOn, int level) {}

    /** An absence of a stay, {@code [from, until)}. */
    public record Away(long stayId, LocalDate from, LocalDate until) {}

    private static int day(LocalDate d) {
        return Math.toIntExact(d.toEpochDay());
    }

    /** One row of the occupancy query: the bed and its stint. */
    public record Occupied(long bedId, Stint stint) {}

    /** Rough bytes held per bed and per stint (object headers, fields, strings), measured with a heap histogram. */
    static final int BYTES_PER_BED = 200;

    static final int BYTES_PER_STINT = 100;
    /** An assessment's or absence's two ints, and its share of a map entry and array (estimated, not measured). */
    static final int BYTES_PER_EXTRA = 40;

    private final long careHomeId;
    private final String countyCode;
    private final BedInfo[] beds;
    /** Per bed (same index as {@link #beds}), its stints by start. */
    private final Stint[][] stints;

    private final int stintCount;
    /** Per resident, pairs of (epoch day, level) by day. */
    private final Map<Long, int[]> levels;
    /** Per stay, pairs of (from, until) epoch days by start. */
    private final Map<Long, int[]> absences;

    private final int extras;

    private BedTimeline(
            long careHomeId,
            String countyCode,
            BedInfo[] beds,
            Stint[][] stints,
            int stintCount,
            Map<Long, int[]> levels,
            Map<Long, int[]> absences,
            int extras) {
        this.careHomeId = careHomeId;
        this.countyCode = countyCode;
        this.beds = beds;
        this.stints = stints;
        this.stintCount = stintCount;
        this.levels = levels;
        this.absences = absences;
        this.extras = extras;
    }

    /**
     * @param beds the home's beds in the order the board shows them
     * @param occupied every occupancy of those beds (others are ignored)
     */
    public static BedTimeline of(long careHomeId, String countyCode, List<BedInfo> beds, List<Occupied> occupied) {
        return of(careHomeId, countyCode, beds, occupied, List.of(), List.of());
    }

    /**
     * @param beds the home's beds in the order the board shows them
     * @param occupied every occupancy of those beds (others are ignored)
     * @param levels the assessments of the residents of those occupancies (others are kept but unused)
     * @param away the absences of their stays
     */
    public static BedTimeline of(
            long careHomeId,
            String countyCode,
            List<BedInfo> beds,
            List<Occupied> occupied,
            List<Level> levels,
            List<Away> away) {
        Map<Long, Integer> index = new HashMap<>(beds.size() * 2);
        for (int i = 0; i < beds.size(); i++) {
            index.put(beds.get(i).id(), i);
        }
        List<List<Stint>> byBed = new ArrayList<>(beds.size());
        beds.forEach(b -> byBed.add(new ArrayList<>(4)));
        int count = 0;
        for (Occupied o : occupied) {
            Integer i = index.get(o.bedId());
            if (i != null) {
                byBed.get(i).add(o.stint());
                count++;
            }
        }
        Stint[][] stints = new Stint[beds.size()][];
        for (int i = 0; i < stints.length; i++) {
            stints[i] = byBed.get(i).toArray(Stint[]::new);
            // by start, then end: an empty stint (in and out on one day) sorts before a real one starting that day
            Arrays.sort(stints[i], Comparator.comparingInt(Stint::from).thenComparingInt(Stint::until));
        }
        Map<Long, List<int[]>> levelLists = new HashMap<>();
        for (Level l : levels) {
            levelLists
                    .computeIfAbsent(l.residentId(), r -> new ArrayList<>(2))
                    .add(new int[] {day(l.effectiveOn()), l.level()});
        }
        Map<Long, List<int[]>> awayLists = new HashMap<>();
        for (Away a : away) {
            awayLists.computeIfAbsent(a.stayId(), r -> new ArrayList<>(2)).add(new int[] {day(a.from()), day(a.until())
            });
        }
        return new BedTimeline(
                careHomeId,
                countyCode,
                beds.toArray(BedInfo[]::new),
                stints,
                count,
                pairs(levelLists),
                pairs(awayLists),
                levels.size() + away.size());
    }

    /** Each list of pairs as one flat array, sorted by the pairs' first element. */
    private static Map<Long, int[]> pairs(Map<Long, List<int[]>> lists) {
        Map<Long, int[]> flat = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> {
            list.sort(Comparator.comparingInt(p -> p[0]));
            int[] a = new int[list.size() * 2];
            for (int i = 0; i < list.size(); i++) {
                a[2 * i] = list.get(i)[0];
                a[2 * i + 1] = list.get(i)[1];
            }
            flat.put(key, a);
        });
        return flat;
    }

    public long careHomeId() {
        return careHomeId;
    }

    public String countyCode() {
        return countyCode;
    }

    /** Every bed with its status on {@code day}: occupied if a stint covers the day, else by its own dates. */
    public List<BedOnDay> on(LocalDate day) {
        return on(day, null);
    }

    /**
     * Every bed with its status on {@code day}, and for an occupied bed what a census board shows of its
     * occupant that day: care level, sex, whether away, and when the stay reaches the operating subsidy's
     * minimum stay ({@link MinimumStay#firstReached}, under {@code policies}; not told when {@code null}).
     */
    public List<BedOnDay> on(LocalDate day, PolicyTable policies) {
        int d = day(day);
        boolean judged = policies != null && !policies.versions().isEmpty();
        List<BedOnDay> board = new ArrayList<>(beds.length);
        for (int i = 0; i < beds.length; i++) {
            BedInfo bed = beds[i];
            Stint s = covering(stints[i], d);
            if (s != null) {
                LocalDate admitted = LocalDate.ofEpochDay(s.admitted());
                LocalDate reached = !judged
                        ? null
                        : MinimumStay.firstReached(
                                        admitted,
                                        s.discharged() == Integer.MAX_VALUE
                                                ? null
                                                : LocalDate.ofEpochDay(s.discharged()),
                                        policies)
                                .map(MinimumStay.Reached::reachedOn)
                                .orElse(null);
                board.add(new BedOnDay(
                        bed,
                        BedStatus.OCCUPIED,
                        s.stayId(),
                        s.residentId(),
                        s.residentName(),
                        LocalDate.ofEpochDay(s.from()),
                        admitted,
                        s.sex(),
                        levelOn(s.residentId(), d),
                        awayOn(s.stayId(), d),
                        reached));
            } else {
                BedStatus status = day.isBefore(bed.commissionedOn())
                        ? BedStatus.NOT_COMMISSIONED
                        : bed.inServiceOn(day) ? BedStatus.VACANT : BedStatus.RETIRED;
                board.add(new BedOnDay(bed, status, null, null, null, null, null, null, null, false, null));
            }
        }
        return board;
    }

    /** The level of the last assessment effective on or before the day, if any. */
    private Integer levelOn(long residentId, int day) {
        int[] p = levels.get(residentId);
        Integer level = null;
        for (int i = 0; p != null && i < p.length && p[i] <= day; i += 2) {
            level = p[i + 1];
        }
        return level;
    }

    /** Whether an absence of the stay covers the day. */
    private boolean awayOn(long stayId, int day) {
        int[] p = absences.get(stayId);
        for (int i = 0; p != null && i < p.length && p[i] <= day; i += 2) {
            if (day < p[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** The stint covering the day: the last one starting on or before it, if it has not ended by then. */
    private static Stint covering(Stint[] stints, int day) {
        int lo = 0;
        int hi = stints.length - 1;
        Stint found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (stints[mid].from() <= day) {
                found = stints[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && day < found.until() ? found : null;
    }

    /** Approximate bytes held, for the cache's bound. */
    public int weight() {
        return 200 + beds.length * BYTES_PER_BED + stintCount * BYTES_PER_STINT + extras * BYTES_PER_EXTRA;
    }

    public int beds() {
        return beds.length;
    }

    public int stints() {
        return stintCount;
    }
}
