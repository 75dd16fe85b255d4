package com.jialicare.interfaces.web.audit;

import com.jialicare.application.Page;
import com.jialicare.application.ReportedEventService;
import com.jialicare.domain.model.registry.CaseDecision;
import com.jialicare.domain.model.registry.CaseState;
import com.jialicare.domain.model.registry.ReportedEvent;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The auditor's queue of cases from reported deaths and moves (docs/RULES.md §8.5), paged lazily, newest first:
 * open ones by default. Each is decided once: apply (when the records now allow it) or dismiss with a comment.
 */
@Named
@ViewScoped
public class RegistryCases implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case as the queue shows it. */
    public record CaseRow(
            long id,
            String idNumber,
            String kind,
            LocalDate date,
            String sourceRef,
            int sourceRow,
            String reason,
            String state,
            String countyCode,
            String outcome,
            String decision,
            String comment,
            String decidedBy,
            Instant decidedAt)
            implements Serializable {

        static CaseRow of(ReportedEvent e) {
            return new CaseRow(
                    e.getId(),
                    e.getIdNumber(),
                    e.getKind().name(),
                    e.getEventDate(),
                    e.getSourceRef(),
                    e.getSourceRow(),
                    e.getCaseReason().name(),
                    e.getCaseState().name(),
                    e.getCountyCode(),
                    e.getOutcome().name(),
                    e.getDecision() == null ? null : e.getDecision().name(),
                    e.getDecisionComment(),
                    e.getDecidedBy(),
                    e.getDecidedAt());
        }

        public boolean isOpen() {
            return CaseState.OPEN.name().equals(state);
        }
    }

    @Inject
    private ReportedEventService events;

    private String filter = CaseState.OPEN.name();
    private PagedRows<CaseRow> rows;
    private Long selectedId;
    private String comment;

    @PostConstruct
    void init() {
        rows = new PagedRows<>((order, page, size) -> page(page, size).map(CaseRow::of), CaseRow::id);
    }

    Page<ReportedEvent> page(int page, int size) {
        CaseState state = filter == null || filter.isEmpty() ? null : CaseState.valueOf(filter);
        return events.cases(state, page, size);
    }

    /** Opens the decision dialog for a case. */
    public void select(long id) {
        selectedId = id;
        comment = null;
    }

    public void apply() {
        decide(CaseDecision.APPLY);
    }

    public void dismiss() {
        decide(CaseDecision.DISMISS);
    }

    private void decide(CaseDecision decision) {
        if (selectedId == null) {
            return;
        }
        try {
            events.decide(selectedId, decision, comment);
            Messages.info(
                    decision == CaseDecision.APPLY ? "reported.case.applied" : "reported.case.dismissed", selectedId);
            selectedId = null;
            comment = null;
        } catch (BusinessException e) {
            Messages.error(e);
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed(); // the dialog stays open
        }
    }

    public String reason(String code) {
        return Messages.text("reported.case.reason." + code);
    }

    public String kind(String kind) {
        return Messages.text("reported.kind." + kind);
    }

    public String word(String prefix, String code) {
        return code == null ? "" : Messages.text(prefix + code);
    }

    public CaseState[] getStates() {
        return CaseState.values();
    }

    public PagedRows<CaseRow> getRows() {
        return rows;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
