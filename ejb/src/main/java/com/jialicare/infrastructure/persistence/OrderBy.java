package com.jialicare.infrastructure.persistence;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.ListOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code order by} of a list: the field names a list may be sorted by, each mapped to its JPQL expression,
 * and a unique last key so that pages never overlap. Only the mapped expressions reach the query; an unknown
 * name is refused ({@code INVALID_SORT}), never concatenated.
 */
public final class OrderBy {

    private final Map<String, String> fields;
    private final String defaultOrder;
    private final String tiebreak;

    private OrderBy(Map<String, String> fields, String defaultOrder, String tiebreak) {
        this.fields = fields;
        this.defaultOrder = defaultOrder;
        this.tiebreak = tiebreak;
    }

    /**
     * @param fields       the sortable names and their expressions, e.g. {@code "name" → "r.name"}; an
     *                     expression after {@code ~} sorts the other way (days waiting: the submission, newest first)
     * @param defaultOrder the order without a choice, e.g. {@code "r.name"}
     * @param tiebreak     the unique last key, e.g. {@code "r.id"}
     */
    public static OrderBy of(Map<String, String> fields, String defaultOrder, String tiebreak) {
        return new OrderBy(new LinkedHashMap<>(fields), defaultOrder, tiebreak);
    }

    /** The names a list may be sorted by, in their order of declaration. */
    public java.util.Set<String> fields() {
        return fields.keySet();
    }

    /** {@code " order by …"} for that order (null: the default); nulls always last. */
    public String clause(ListOrder order) {
        if (order == null) {
            return " order by " + defaultOrder + ", " + tiebreak;
        }
        String expression = fields.get(order.field());
        if (expression == null) {
            throw BusinessException.invalid(
                    "INVALID_SORT",
                    "sort",
                    "A list is sorted by one of " + String.join(", ", fields.keySet()) + ", '-' before it to reverse",
                    order.field(),
                    String.join(", ", fields.keySet()));
        }
        boolean reversed = expression.startsWith("~");
        String direction = order.descending() != reversed ? " desc" : " asc";
        return " order by " + (reversed ? expression.substring(1) : expression) + direction + " nulls last, " + tiebreak
                + direction;
    }
}
