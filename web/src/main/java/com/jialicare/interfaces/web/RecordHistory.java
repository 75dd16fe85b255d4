package com.jialicare.interfaces.web;

import com.jialicare.application.AuditService;
import com.jialicare.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of one record for {@code /WEB-INF/includes/record-history.xhtml}: every change and
 * correction — who, when, what, the effective day or the reason, each field's old and new value. Read once
 * per request and record, with the same scope rules as {@code GET /api/audit}.
 */
@Named
@RequestScoped
public class RecordHistory {

    @Inject
    private AuditService audit;

    private final Map<String, List<AuditEvent>> read = new HashMap<>();

    /** Oldest first; empty for a record not yet saved. */
    public List<AuditEvent> of(String entityType, Long entityId) {
        if (entityType == null || entityId == null) {
            return List.of();
        }
        return read.computeIfAbsent(entityType + "#" + entityId, k -> audit.history(entityType, entityId));
    }
}
