package com.jialicare.infrastructure.persistence;

import com.jialicare.domain.model.user.Caller;
import java.util.Set;

/**
 * A caller's scope (RULES.md §7) as JPQL conditions, written once for every query that lists what a caller may
 * see; {@link Caller#seesCareHome} is the same rule for one record in Java. Each method adds its condition and
 * parameters (prefixed {@code scope}) to a {@link Where}.
 */
public final class CallerScope {

    private CallerScope() {}

    /**
     * The homes the caller sees, given the paths of a home's id and county code: a home's administrator their home,
     * a county auditor their county's homes, a family member none, the city everything.
     */
    public static Where homes(Caller caller, String homeId, String countyCode, Where where) {
        return switch (caller.role()) {
            case HOME_ADMIN -> where.and(homeId + " = :scopeHome", "scopeHome", caller.careHomeId());
            case COUNTY_AUDITOR -> where.and(countyCode + " = :scopeCounty", "scopeCounty", caller.countyCode());
            case FAMILY -> where.and("1 = 0");
            case ADMIN, CITY_AUDITOR -> where;
        };
    }

    /**
     * The residents the caller sees, given the alias of a {@code Resident}: a home's administrator the people their
     * home registered or housed; a county auditor those of the county's homes; a family member the linked
     * residents; the city everyone.
     */
    public static Where residents(Caller caller, String r, Where where) {
        return switch (caller.role()) {
            case HOME_ADMIN ->
                where.and(
                        "(" + r + ".registeredByHomeId = :scopeHome or exists (select s.id from Stay s "
                                + "where s.residentId = " + r + ".id and s.careHomeId = :scopeHome))",
                        "scopeHome",
                        caller.careHomeId());
            case COUNTY_AUDITOR ->
                where.and(
                        "exists (select h.id from CareHome h where h.countyCode = :scopeCounty and ("
                                + "h.id = " + r
                                + ".registeredByHomeId or exists (select s.id from Stay s where s.residentId = "
                                + r + ".id and s.careHomeId = h.id)))",
                        "scopeCounty",
                        caller.countyCode());
            case FAMILY ->
                where.and(
                        r + ".id in :scopeLinked",
                        "scopeLinked",
                        caller.residentIds().isEmpty() ? Set.of(-1L) : caller.residentIds());
            case ADMIN, CITY_AUDITOR -> where;
        };
    }
}
