package com.jialicare.interfaces.web.audit;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.Details;
import com.jialicare.application.subsidy.LineFactsService;
import com.jialicare.domain.model.application.ReviewAction;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.ApplicationPanel;
import com.jialicare.interfaces.web.ApplicationPanel.ObjectionRow;
import com.jialicare.interfaces.web.LineRow;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.RevisionChanges;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.PrimeFaces;

/**
 * One application under review ({@code application.xhtml?id=}): its lines with the facts behind each, and
 * the auditor's steps — approve, return with a reason, start the public notice, decide objections, record
 * the payment. Every step is ApplicationService's; the buttons a state offers are only a guide, the
 * service decides (and the page shows its refusal by code).
 */
@Named
@ViewScoped
public class ReviewApplication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private LineFactsService lineFacts;

    @Inject
    private com.jialicare.application.subsidy.RecomputationService recomputation;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    private ApplicationPanel panel;
    private RevisionChanges changes;
    private com.jialicare.interfaces.web.FactsChanged factsChanged;
    private LineFacts facts;
    private boolean county;
    private boolean city;

    private String comment;
    private String reason;
    private LocalDate noticeFrom;
    private String noticeReason;
    private List<Long> objectionIds = List.of();
    private final HashMap<Long, Boolean> ticked = new HashMap<>();
    private boolean upheld;
    private String decisionComment;
    private LocalDate paidOn;
    private BigDecimal amount;
    private String voucher;

    @PostConstruct
    void init() {
        county = session.hasRole("COUNTY_AUDITOR");
        city = session.hasRole("CITY_AUDITOR");
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            return;
        }
        try {
            panel = panel(applications.get(Long.parseLong(id), null));
            loadChanges();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /**
     * The changes from the revision before the one shown (none for a draft or a first revision), and the facts
     * changed since the submission (RULES.md §8.3: only for submitted or paid applications, shown only when a
     * claimed line differs).
     */
    private void loadChanges() {
        changes = panel != null && panel.isFrozen() && panel.getRevisionShown() >= 2
                ? new RevisionChanges(applications.diff(panel.getId(), panel.getRevisionShown()))
                : null;
        factsChanged = null;
        if (panel != null
                && panel.isFrozen()
                && com.jialicare.application.subsidy.RecomputationService.FROZEN.contains(panel.getState())) {
            try {
                var found = new com.jialicare.interfaces.web.FactsChanged(recomputation.recompute(panel.getId()));
                factsChanged = found.isShown() ? found : null;
            } catch (BusinessException e) {
                Messages.error(e); // the application itself is still shown
            }
        }
    }

    /** "Facts changed since submission" (RULES.md §8.3), or {@code null} when no claimed line differs. */
    public com.jialicare.interfaces.web.FactsChanged getFactsChanged() {
        return factsChanged;
    }

    /** "Changes since revision N-1" for the revision shown, or {@code null}. */
    public RevisionChanges getChanges() {
        return changes;
    }

    public void showRevision(int revision) {
        run(() -> applications.get(panel.getId(), revision), null, null);
    }

    public void approve() {
        run(() -> applications.approve(panel.getId(), comment), "approveDialog", "audit.done.approved");
    }

    public void returnApplication() {
        run(() -> applications.returnApplication(panel.getId(), reason), "returnDialog", "audit.done.returned");
    }

    public void startNotice() {
        run(
                () -> applications.startNotice(panel.getId(), noticeFrom, noticeReason),
                "noticeDialog",
                "audit.done.notice");
    }

    /** Opens the decision dialog for one objection. */
    public void chooseObjection(ObjectionRow objection, boolean uphold) {
        objectionIds = List.of(objection.id());
        upheld = uphold;
        decisionComment = null;
    }

    /** Opens the decision dialog for the objections ticked in the table (repeated or identical ones, together). */
    public void chooseSelected(boolean uphold) {
        List<Long> ids = panel == null
                ? List.of()
                : panel.getObjections().stream()
                        .filter(o -> o.pending() && Boolean.TRUE.equals(ticked.get(o.id())))
                        .map(ObjectionRow::id)
                        .toList();
        if (ids.isEmpty()) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_WARN,
                                    Messages.text("audit.objections.noneSelected"),
                                    null));
            return;
        }
        objectionIds = ids;
        upheld = uphold;
        decisionComment = null;
        PrimeFaces.current().executeScript("PF('decisionDialog').show()");
    }

    public void decide() {
        boolean together = objectionIds.size() > 1;
        run(
                () -> applications.decideAll(panel.getId(), objectionIds, upheld, decisionComment),
                "decisionDialog",
                together ? "audit.done.decidedTogether" : upheld ? "audit.done.upheld" : "audit.done.dismissed");
        ticked.clear();
    }

    /** How many objections the decision dialog decides. */
    public int getDecidingCount() {
        return objectionIds == null ? 0 : objectionIds.size();
    }

    /** The objections ticked in the table, by id. */
    public Map<Long, Boolean> getTicked() {
        return ticked;
    }

    public void pay() {
        run(() -> applications.pay(panel.getId(), paidOn, amount, voucher), "paymentDialog", "audit.done.paid");
    }

    @Inject
    private com.jialicare.application.PolicyService policies;

    /**
     * Whether the notice's first day entered is before today (issue #16 item 6): the dialog then warns that it
     * still runs its full days from today ({@code Application.noticeStartsInPast}, the domain's rule).
     */
    public boolean isNoticeInPast() {
        return com.jialicare.domain.model.application.Application.noticeStartsInPast(noticeFrom, LocalDate.now(clock));
    }

    /** The notice's days under the policy in force on its first day (as the service takes them). */
    public int getNoticeDays() {
        LocalDate from = noticeFrom == null ? LocalDate.now(clock) : noticeFrom;
        return policies.table().inForceOn(from).noticeDays();
    }

    /** The last day of the notice if recorded today, whatever its first day ({@code Application.startNotice}). */
    public LocalDate getNoticeLastDayIfRecorded() {
        return com.jialicare.domain.model.application.Application.noticeLastDayIfRecorded(
                LocalDate.now(clock), getNoticeDays());
    }

    /** Prepares the dialogs with what is usually entered: today, and the approved total. */
    public void prepare() {
        comment = null;
        reason = null;
        LocalDate today = LocalDate.now(clock);
        noticeFrom = today;
        noticeReason = null;
        paidOn = today;
        amount = panel == null ? null : panel.getTotal();
        voucher = null;
    }

    /** The facts a line was computed from, as the registry records them now: one call, one read model. */
    public void showFacts(LineRow line) {
        try {
            facts = new LineFacts(line, lineFacts.factsBehind(panel.getId(), panel.getRevisionShown(), line.lineNo()));
            PrimeFaces.current().executeScript("PF('factsDialog').show()");
        } catch (BusinessException e) {
            facts = null;
            Messages.error(e);
        }
    }

    private void run(Supplier<Details> step, String dialog, String doneKey) {
        try {
            panel = panel(step.get());
            loadChanges();
            if (doneKey != null) {
                Messages.info(doneKey, panel.getId());
            }
            if (dialog != null) {
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            }
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    // What the page offers in each state, as a guide for the auditor; ApplicationService has the last word.

    public boolean isApprovable() {
        return panel != null && panel.can(ReviewAction.APPROVE);
    }

    public boolean isReturnable() {
        return panel != null && panel.can(ReviewAction.RETURN);
    }

    public boolean isNoticeStartable() {
        return panel != null && panel.can(ReviewAction.START_NOTICE);
    }

    public boolean isDecidable() {
        return panel != null && panel.can(ReviewAction.DECIDE_OBJECTIONS);
    }

    public boolean isPayable() {
        return panel != null && panel.can(ReviewAction.PAY);
    }

    public boolean isCity() {
        return city;
    }

    public ApplicationPanel getPanel() {
        return panel;
    }

    public LineFacts getFacts() {
        return facts;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public void setNoticeFrom(LocalDate noticeFrom) {
        this.noticeFrom = noticeFrom;
    }

    public String getNoticeReason() {
        return noticeReason;
    }

    public void setNoticeReason(String noticeReason) {
        this.noticeReason = noticeReason;
    }

    public boolean isUpheld() {
        return upheld;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public void setDecisionComment(String decisionComment) {
        this.decisionComment = decisionComment;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getVoucher() {
        return voucher;
    }

    public void setVoucher(String voucher) {
        this.voucher = voucher;
    }

    @Inject
    private com.jialicare.application.subsidy.AdjustmentService adjustmentService;

    /** The application with what it carries (RULES.md §8.4: adjustments apart from the lines, and the totals). */
    private ApplicationPanel panel(com.jialicare.application.ApplicationService.Details d) {
        return new ApplicationPanel(
                d,
                adjustmentService.ofApplication(
                        d.application().getId(),
                        d.revisionShown(),
                        d.frozen() ? null : ApplicationPanel.eligibleTotal(d)));
    }
}
