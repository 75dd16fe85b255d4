package com.jialicare.domain.model.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One change to a record: who, when, what. Written with the change, in its transaction; never altered. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(updatable = false, length = 4000)
    private String detail;

    /** Why a correction was made (docs/RULES.md §8.2); null for other events. */
    @Column(updatable = false, length = 500)
    private String reason;

    /** The day a change took effect (docs/RULES.md §8.1); null for other events. */
    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;

    /** Each field touched, old and new value, in the order given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_event_change", joinColumns = @JoinColumn(name = "audit_event_id"))
    @OrderColumn(name = "change_index")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt, String actor, String action, String entityType, Long entityId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    /** A change or correction: the reason (corrections), the effective day (changes) and every field touched. */
    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            Long entityId,
            String detail,
            String reason,
            LocalDate effectiveOn,
            List<FieldChange> changes) {
        this(occurredAt, actor, action, entityType, entityId, detail);
        this.reason = reason;
        this.effectiveOn = effectiveOn;
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public List<FieldChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }

    /**
     * A change (an effective day; a change reported from outside also names its source as the reason), a correction
     * (a reason and no effective day), or neither (null).
     */
    public AuditFilter.Kind getKind() {
        if (effectiveOn != null) {
            return AuditFilter.Kind.CHANGE;
        }
        return reason != null ? AuditFilter.Kind.CORRECTION : null;
    }

    /** An entry taken back as if never made: an action {@code WITHDRAW_<THING>} (see package-info). */
    public boolean isWithdrawal() {
        return action != null && action.startsWith("WITHDRAW_");
    }
}
