package com.jialicare.domain.model.shared;

import java.io.Serializable;

/**
 * How a long list is ordered: by one named field, ascending or descending. The name is only a key: each
 * repository maps the names it allows to its own expressions (infrastructure/persistence/OrderBy), so what a
 * user sends is never written into a query.
 */
public record ListOrder(String field, boolean descending) implements Serializable {

    public ListOrder {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A list order needs a field");
        }
    }

    public static ListOrder ascending(String field) {
        return new ListOrder(field, false);
    }

    public static ListOrder descending(String field) {
        return new ListOrder(field, true);
    }

    /**
     * The REST form: {@code name} ascending, {@code -name} descending; null or blank is no order (the list's
     * default).
     */
    public static ListOrder parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        boolean desc = t.startsWith("-");
        String field = desc ? t.substring(1) : t;
        if (field.isBlank()) {
            throw BusinessException.invalid(
                    "INVALID_SORT", "sort", "sort is a field name, '-' before it to reverse", t);
        }
        return new ListOrder(field, desc);
    }
}
