package com.jialicare.application.carehome;

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

    /** One occupancy, {@code [from, until)} in epoch days; {@code until} is {@link Integer#MAX_VALUE} while open. */
    public record Stint(int from, int until, long stayId, long residentId, String residentName) {

        public static Stint of(LocalDate from, LocalDate until, long stayId, long residentId, String residentName) {
            return new Stint(Math.toIntExact(from.toEpochDay()),
                    until == null ? Integer.MAX_VALUE : Math.toIntExact(until.toEpochDay()), stayId, residentId,
                    residentName);
        }
    }

    /** One row of the occupancy query: the bed and its stint. */
    public record Occupied(long bedId, Stint stint) {
    }

    /** Rough bytes held per bed and per stint (object headers, fields, strings), measured with a heap histogram. */
    static final int BYTES_PER_BED = 200;
    static final int BYTES_PER_STINT = 100;

    private final long careHomeId;
    private final String countyCode;
    private final BedInfo[] beds;
    /** Per bed (same index as {@link #beds}), its stints by start. */
    private final Stint[][] stints;
    private final int stintCount;

    private BedTimeline(long careHomeId, String countyCode, BedInfo[] beds, Stint[][] stints, int stintCount) {
        this.careHomeId = careHomeId;
        this.countyCode = countyCode;
        this.beds = beds;
        this.stints = stints;
        this.stintCount = stintCount;
    }

    /**
     * @param beds the home's beds in the order the board shows them
     * @param occupied every occupancy of those beds (others are ignored)
     */
    public static BedTimeline of(long careHomeId, String countyCode, List<BedInfo> beds, List<Occupied> occupied) {
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
        return new BedTimeline(careHomeId, countyCode, beds.toArray(BedInfo[]::new), stints, count);
    }

    public long careHomeId() {
        return careHomeId;
    }

    public String countyCode() {
        return countyCode;
    }

    /** Every bed with its status on {@code day}: occupied if a stint covers the day, else by its own dates. */
    public List<BedOnDay> on(LocalDate day) {
        int d = Math.toIntExact(day.toEpochDay());
        List<BedOnDay> board = new ArrayList<>(beds.length);
        for (int i = 0; i < beds.length; i++) {
            BedInfo bed = beds[i];
            Stint s = covering(stints[i], d);
            if (s != null) {
                board.add(new BedOnDay(bed, BedStatus.OCCUPIED, s.stayId(), s.residentId(), s.residentName(),
                        LocalDate.ofEpochDay(s.from())));
            } else {
                BedStatus status = day.isBefore(bed.commissionedOn()) ? BedStatus.NOT_COMMISSIONED
                        : bed.inServiceOn(day) ? BedStatus.VACANT : BedStatus.RETIRED;
                board.add(new BedOnDay(bed, status, null, null, null, null));
            }
        }
        return board;
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
        return 200 + beds.length * BYTES_PER_BED + stintCount * BYTES_PER_STINT;
    }

    public int beds() {
        return beds.length;
    }

    public int stints() {
        return stintCount;
    }
}
