package com.jialicare.infrastructure.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL {@code where} clause under construction: conditions joined by {@code and}, with their named
 * parameters, bound to every query that uses the clause (typically a page and its count).
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a condition (null adds nothing). */
    public Where and(String condition) {
        if (condition != null) {
            conditions.add(condition);
        }
        return this;
    }

    /** Adds a condition with one named parameter. */
    public Where and(String condition, String name, Object value) {
        and(condition);
        return param(name, value);
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** The parameters so far, by name. */
    Map<String, Object> params() {
        return Map.copyOf(params);
    }

    /** {@code " where a and b"}, or {@code ""} when there is no condition. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Binds the parameters to {@code query} and returns it. */
    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
