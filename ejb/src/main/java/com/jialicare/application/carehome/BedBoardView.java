package com.jialicare.application.carehome;

import com.jialicare.domain.model.carehome.BedPlace;
import com.jialicare.domain.model.shared.Sex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A bed board as a census board lays it out: the beds that pass a filter, grouped by building and floor
 * (in that order, floors by number), then by room (in the board's order), from {@link BedPlace}. Plain Java,
 * shared by every screen that draws a board.
 */
public final class BedBoardView {

    private BedBoardView() {}

    /**
     * What the board shows; every part {@code null} (or false) shows all.
     *
     * @param vacantOnly only vacant beds
     * @param status     only beds of this status
     * @param careLevel  only occupied beds whose occupant has this care level on the day
     * @param sex        only occupied beds whose occupant has this sex
     */
    public record Filter(boolean vacantOnly, BedStatus status, Integer careLevel, Sex sex)
            implements Predicate<BedOnDay> {

        public static final Filter ALL = new Filter(false, null, null, null);

        @Override
        public boolean test(BedOnDay b) {
            return (!vacantOnly || b.status() == BedStatus.VACANT)
                    && (status == null || b.status() == status)
                    && (careLevel == null || b.status() == BedStatus.OCCUPIED && careLevel.equals(b.careLevel()))
                    && (sex == null || b.status() == BedStatus.OCCUPIED && sex == b.sex());
        }
    }

    /** A room and its beds that pass the filter. */
    public record Room(String name, List<BedOnDay> beds) implements java.io.Serializable {}

    /** A floor of a building (either may be {@code ""} when the codes do not tell) and its rooms. */
    public record Floor(String building, String floor, List<Room> rooms) implements java.io.Serializable {

        public int beds() {
            return rooms.stream().mapToInt(r -> r.beds().size()).sum();
        }
    }

    /** The beds passing {@code filter}, grouped; floors and rooms without such beds are left out. */
    public static List<Floor> floors(List<BedOnDay> board, Predicate<BedOnDay> filter) {
        record Key(String building, int floorNumber, String floor) {}
        Map<Key, Map<String, List<BedOnDay>>> byFloor = new LinkedHashMap<>();
        for (BedOnDay b : board) {
            if (!filter.test(b)) {
                continue;
            }
            BedPlace place = BedPlace.of(b.bed().code(), b.bed().room());
            byFloor.computeIfAbsent(
                            new Key(place.building(), place.floorNumber(), place.floor()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(place.room(), r -> new ArrayList<>())
                    .add(b);
        }
        return byFloor.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(
                        Comparator.comparing(Key::building).thenComparingInt(Key::floorNumber)))
                .map(e -> new Floor(
                        e.getKey().building(),
                        e.getKey().floor(),
                        e.getValue().entrySet().stream()
                                .map(r -> new Room(r.getKey(), List.copyOf(r.getValue())))
                                .toList()))
                .toList();
    }

    /**
     * Whether the bed answers a search: its occupant's name, or its code, contains the text (ignoring case and
     * surrounding blanks); a blank text matches nothing.
     */
    public static boolean matches(BedOnDay b, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String q = text.strip().toLowerCase(Locale.ROOT);
        return b.residentName() != null
                        && b.residentName().toLowerCase(Locale.ROOT).contains(q)
                || b.bed().code().toLowerCase(Locale.ROOT).equals(q);
    }
}
