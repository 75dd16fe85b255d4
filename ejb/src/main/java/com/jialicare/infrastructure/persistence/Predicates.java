package com.jialicare.infrastructure.persistence;

/**
 * The date predicates that several queries share, each written once here (JPQL, and SQL where a native query
 * needs it). Each takes the alias of the entity (or table) and the parameter that holds the day, e.g.
 * {@code bedInServiceOn("b", ":d")}. Their Java twins are {@code Bed.inService} and {@code Occupancy.covers}.
 */
public final class Predicates {

    private Predicates() {}

    /**
     * The bed {@code b} is in service on {@code day}: commissioned by then, not retired by then, and not in one of
     * its past outages (RULES.md §2, §8.1).
     */
    public static String bedInServiceOn(String b, String day) {
        return "(" + b + ".commissionedOn <= " + day + " and (" + b + ".retiredOn is null or " + b + ".retiredOn > "
                + day + ") and not exists (select 1 from Bed " + b + "_x join " + b + "_x.outages " + b
                + "_o where " + b + "_x.id = " + b + ".id and " + b + "_o.fromDay <= " + day + " and " + b
                + "_o.untilDay > " + day + "))";
    }

    /**
     * The bed {@code b} is not in one of its past outages on the day, in SQL over the {@code bed} and
     * {@code bed_outage} tables (V14). The day is given twice ({@code day} and {@code sameDay}: two parameters
     * holding it), for a native query whose numbered parameters must each appear once.
     */
    public static String bedNotInOutageSql(String b, String day, String sameDay) {
        return "not exists (select 1 from bed_outage " + b + "_o where " + b + "_o.bed_id = " + b + ".id and " + b
                + "_o.from_day <= " + day + " and " + b + "_o.until_day > " + sameDay + ")";
    }

    /**
     * The bed {@code b} is not retired by {@code day}, in SQL over the {@code bed} table: the second half of
     * {@link #bedInServiceOn}, for a native query whose numbered parameters must each appear once.
     */
    public static String bedNotRetiredBySql(String b, String day) {
        return "(" + b + ".retired_on is null or " + b + ".retired_on > " + day + ")";
    }

    /** The occupancy {@code o} covers {@code day}: the bed is occupied that day. */
    public static String occupiedOn(String o, String day) {
        return "(" + o + ".fromOn <= " + day + " and " + occupiedOnOrAfter(o, day) + ")";
    }

    /** The occupancy {@code o} covers {@code day} or a later day: open, or ending after it. */
    public static String occupiedOnOrAfter(String o, String day) {
        return "(" + o + ".untilOn is null or " + o + ".untilOn > " + day + ")";
    }
}
