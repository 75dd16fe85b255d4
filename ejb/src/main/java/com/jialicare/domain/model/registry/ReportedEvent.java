package com.jialicare.domain.model.registry;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a list of deaths or hukou moves reported from outside (docs/RULES.md §8.5), kept once per list
 * reference, ID number and kind, with what it did ({@link ReportedOutcome}). A row whose records conflict is a
 * case ({@link #getCaseState()} not null) on the queue of the county {@link #getCountyCode()} (null: the city's
 * own), decided once by an auditor.
 */
@Entity
@Table(name = "registry_event")
public class ReportedEvent {

    @Id
    @SequenceGenerator(name = "registry_event_seq", sequenceName = "registry_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_event_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "source_ref", nullable = false, updatable = false, length = 100)
    private String sourceRef;

    @Column(name = "id_number", nullable = false, updatable = false, length = 18)
    private String idNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ReportedEventKind kind;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;

    @Column(name = "source_row", nullable = false, updatable = false)
    private int sourceRow;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "stay_id")
    private Long stayId;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportedOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_reason", length = 40)
    private CaseReason caseReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_state", length = 10)
    private CaseState caseState;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private CaseDecision decision;

    @Column(name = "decision_comment", length = 500)
    private String decisionComment;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected ReportedEvent() {
        // for JPA
    }

    public ReportedEvent(
            String sourceRef,
            String idNumber,
            ReportedEventKind kind,
            LocalDate eventDate,
            int sourceRow,
            String importedBy,
            Instant importedAt) {
        this.sourceRef = sourceRef;
        this.idNumber = idNumber;
        this.kind = kind;
        this.eventDate = eventDate;
        this.sourceRow = sourceRow;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /**
     * The event changed the records, or found them already so. A case applied by its auditor stays on the queue
     * it was raised on, with the reason it was raised for.
     */
    public void applied(ReportedOutcome outcome, Long residentId, Long stayId, String countyCode) {
        this.outcome = outcome;
        this.residentId = residentId;
        this.stayId = stayId;
        if (!isCase()) {
            this.countyCode = countyCode;
        }
    }

    /** The event is left as a case on the county's queue (null: the city auditors'). */
    public void raiseCase(CaseReason reason, Long residentId, Long stayId, String countyCode) {
        this.outcome = ReportedOutcome.CASE;
        this.caseReason = reason;
        this.caseState = CaseState.OPEN;
        this.residentId = residentId;
        this.stayId = stayId;
        this.countyCode = countyCode;
    }

    /**
     * Records the auditor's decision on an open case (the effect of APPLY is the caller's, before this).
     *
     * @throws BusinessException 409 {@code CASE_ALREADY_DECIDED}
     */
    public void decide(CaseDecision decision, String comment, String by, Instant at) {
        if (caseState != CaseState.OPEN) {
            throw BusinessException.conflict(
                    "CASE_ALREADY_DECIDED", "decision", "The case " + id + " is already decided", id);
        }
        this.decision = decision;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
        this.caseState = CaseState.DECIDED;
        if (decision == CaseDecision.DISMISS) {
            this.outcome = ReportedOutcome.DISMISSED;
        }
    }

    public boolean isCase() {
        return caseState != null;
    }

    public Long getId() {
        return id;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public ReportedEventKind getKind() {
        return kind;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public int getSourceRow() {
        return sourceRow;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getStayId() {
        return stayId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public ReportedOutcome getOutcome() {
        return outcome;
    }

    public CaseReason getCaseReason() {
        return caseReason;
    }

    public CaseState getCaseState() {
        return caseState;
    }

    public CaseDecision getDecision() {
        return decision;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
