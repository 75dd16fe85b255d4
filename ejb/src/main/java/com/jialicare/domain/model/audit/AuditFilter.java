package com.jialicare.domain.model.audit;

import java.time.LocalDate;

/**
 * Which audit events to read: one record's ({@code entityType} and {@code entityId}, with {@code related} its
 * related records' too: a resident's stays, absences and assessments, a stay's absences, a home's beds), or
 * any record's; by whom ({@code actor}), what ({@code action}), on which days in Leshan's time ({@code from},
 * {@code to}, both included) and which kind ({@code kind}: changes or corrections); in which order. Every
 * field may be null (no condition), except the order.
 */
public record AuditFilter(
        String entityType,
        Long entityId,
        boolean related,
        String actor,
        String action,
        LocalDate from,
        LocalDate to,
        Kind kind,
        Order order) {

    /** A change has an effective day (docs/RULES.md §8.1), a correction a reason (§8.2). */
    public enum Kind {
        CHANGE,
        CORRECTION
    }

    public enum Order {
        OLDEST_FIRST,
        NEWEST_FIRST
    }

    public AuditFilter {
        order = order == null ? Order.OLDEST_FIRST : order;
    }

    /** Everything of one record, oldest first. */
    public static AuditFilter of(String entityType, Long entityId, boolean related) {
        return new AuditFilter(entityType, entityId, related, null, null, null, null, null, Order.OLDEST_FIRST);
    }

    public boolean oneRecord() {
        return entityType != null;
    }
}
