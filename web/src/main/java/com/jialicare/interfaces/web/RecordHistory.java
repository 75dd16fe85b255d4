package com.jialicare.interfaces.web;

import com.jialicare.application.AuditService;
import com.jialicare.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of one record for {@code /WEB-INF/includes/record-history.xhtml} and the printable
 * {@code /app/history.xhtml}: every change and correction — who, when, what, the effective day or the reason,
 * each field's old and new value — optionally with its related records' (a resident's stays, absences and
 * assessments; a stay's absences; a home's beds). Read once per request and record, with the same scope rules as
 * {@code GET /api/audit}.
 */
@Named
@RequestScoped
public class RecordHistory {

    @Inject
    private AuditService audit;

    private final Map<String, List<AuditEvent>> read = new HashMap<>();

    /** Oldest first; empty for a record not yet saved. */
    public List<AuditEvent> of(String entityType, Long entityId) {
        return read(entityType, entityId, false);
    }

    /** The record's and its related records' events, oldest first; empty for a record not yet saved. */
    public List<AuditEvent> related(String entityType, Long entityId) {
        return read(entityType, entityId, true);
    }

    /** As shown on the pages: newest first, with the related records' when {@code related}. */
    public List<AuditEvent> newestFirst(String entityType, Long entityId, Boolean related) {
        List<AuditEvent> events = new ArrayList<>(read(entityType, entityId, Boolean.TRUE.equals(related)));
        Collections.reverse(events);
        return events;
    }

    /**
     * As the include shows them: newest first; with {@code related} the related records' too; with
     * {@code correctionsOnly} only corrections, changes and withdrawals (an application's page shows its workflow
     * apart).
     */
    public List<AuditEvent> shown(String entityType, Long entityId, Boolean related, Boolean correctionsOnly) {
        List<AuditEvent> events = newestFirst(entityType, entityId, related);
        return Boolean.TRUE.equals(correctionsOnly)
                ? events.stream()
                        .filter(e -> e.getKind() != null || e.isWithdrawal())
                        .toList()
                : events;
    }

    /** Whether an event belongs to another record than the one whose history is shown. */
    public boolean isOther(AuditEvent e, String entityType, Long entityId) {
        return !(e.getEntityType().equals(entityType)
                && e.getEntityId() != null
                && e.getEntityId().equals(entityId));
    }

    private List<AuditEvent> read(String entityType, Long entityId, boolean related) {
        if (entityType == null || entityType.isBlank() || entityId == null) {
            return List.of();
        }
        return read.computeIfAbsent(
                entityType + "#" + entityId + (related ? "+" : ""), k -> audit.history(entityType, entityId, related));
    }
}
