package com.jialicare.domain.model.carehome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a bed is, for grouping a board: building, floor and room, derived from the bed's code and room as
 * homes usually number them ({@code A-101-1}: building A, floor 1, room A-101, bed 1; {@code 3-1205-2}:
 * building 3, floor 12). A code that does not follow the pattern falls back on its room: a room number of
 * three or more digits still gives the floor ({@code 305}: floor 3), anything else is one group with no
 * building or floor ({@code ""}), so that every bed still shows, in its room.
 *
 * @param building the building, or {@code ""} when the code names none
 * @param floor    the floor, or {@code ""} when it cannot be told
 * @param room     the room as the bed records it
 * @param bed      the bed's own number in the room (the last part of the code), or the whole code
 */
public record BedPlace(String building, String floor, String room, String bed) {

    /** building - room number (floor then two digits) - bed */
    private static final Pattern CODE = Pattern.compile("^([A-Za-z0-9]{1,4})-(\\d{1,3})(\\d{2})-([A-Za-z0-9]{1,4})$");
    /** a bare room number: floor then two digits, optionally after a building prefix such as {@code B-} or {@code B} */
    private static final Pattern ROOM = Pattern.compile("^(?:([A-Za-z]{1,2})-?)?(\\d{1,3})(\\d{2})$");

    public static BedPlace of(String code, String room) {
        String c = code == null ? "" : code.strip();
        String r = room == null || room.isBlank() ? "" : room.strip();
        Matcher m = CODE.matcher(c);
        if (m.matches()) {
            String building = m.group(1);
            return new BedPlace(
                    building,
                    floor(m.group(2)),
                    r.isEmpty() ? building + "-" + m.group(2) + m.group(3) : r,
                    m.group(4));
        }
        Matcher rm = ROOM.matcher(r);
        if (rm.matches()) {
            return new BedPlace(rm.group(1) == null ? "" : rm.group(1), floor(rm.group(2)), r, c);
        }
        return new BedPlace("", "", r, c);
    }

    /** "01" reads as floor 1. */
    private static String floor(String digits) {
        String f = digits.replaceFirst("^0+(?=\\d)", "");
        return f;
    }

    /** Sort key for floors: numerically, unknown last. */
    public int floorNumber() {
        return floor.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(floor);
    }
}
