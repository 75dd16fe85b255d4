package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.NewApplication;
import com.jialicare.application.subsidy.RecomputationService;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ReviewAction;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.ApplicationPanel;
import com.jialicare.interfaces.web.ApplicationRows;
import com.jialicare.interfaces.web.FactsChanged;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The home's subsidy applications: the list, a new application (construction as of a day, or operating for
 * a range of months), one application with its lines and history, and submitting it (ApplicationService).
 * {@code applications.xhtml?id=} opens one directly.
 */
@Named
@ViewScoped
public class HomeApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    @Inject
    private com.jialicare.interfaces.web.Confirmation confirmation;

    @Inject
    private com.jialicare.interfaces.web.Formats formats;

    private long homeId;
    private ApplicationRows list;
    private ApplicationKind kind = ApplicationKind.OPERATING;
    private LocalDate asOf;
    private YearMonth from;
    private YearMonth to;
    private ApplicationPanel selected;

    /** A key a new application would meet already claimed by another live application (the claims check). */
    public record ClaimedRow(long applicationId, String state, String key) implements Serializable {}

    private List<ClaimedRow> claimed = List.of();
    private boolean claimedTruncated;
    private String withdrawReason;
    private YearMonth amendFrom;
    private YearMonth amendTo;
    private LocalDate amendAsOf;

    @PostConstruct
    void init() {
        homeId = session.getCaller().careHomeId();
        list = new ApplicationRows(
                (order, page, size) -> applications.list(null, null, null, null, order, page, size), clock);
        LocalDate today = LocalDate.now(clock);
        asOf = today;
        from = YearMonth.of(today.getYear() - 1, 1);
        to = YearMonth.of(today.getYear() - 1, 12);
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            open(Long.parseLong(id));
        }
    }

    private NewApplication command() {
        return new NewApplication(
                homeId,
                kind,
                kind == ApplicationKind.CONSTRUCTION ? asOf : null,
                kind == ApplicationKind.OPERATING ? from : null,
                kind == ApplicationKind.OPERATING ? to : null);
    }

    /**
     * The dialog's first step: checks which months or beds of the new application another live application
     * already claims; none, and it is created; some, and the dialog lists them for the user to confirm
     * ({@link #create}) or change the period.
     */
    public void checkAndCreate() {
        try {
            ApplicationService.ClaimsCheck check = applications.claimsCheck(command());
            if (check.claimed().isEmpty()) {
                create();
                return;
            }
            claimed = check.claimed().stream()
                    .map(k -> new ClaimedRow(
                            k.applicationId(),
                            k.applicationState(),
                            k.bedCode() != null
                                    ? k.bedCode()
                                    : k.month() + " · "
                                            + check.residentNames().getOrDefault(k.residentId(), "#" + k.residentId())))
                    .toList();
            claimedTruncated = check.truncated();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void create() {
        try {
            Application a = applications.create(command());
            claimed = List.of();
            claimedTruncated = false;
            open(a.getId());
            Messages.info("app.applications.created", a.getId());
            PrimeFaces.current().executeScript("PF('newApplicationDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Forgets a claims warning when the period changes or the dialog opens again. */
    public void resetClaims() {
        claimed = List.of();
        claimedTruncated = false;
    }

    /** Opens the application (from the list or its view) and the withdraw dialog. */
    public void prepareWithdraw(long id) {
        if (selected == null || selected.getId() != id) {
            open(id);
        }
        withdrawReason = null;
        if (isWithdrawable()) {
            PrimeFaces.current().executeScript("PF('withdrawDialog').show()");
        }
    }

    public void withdraw() {
        try {
            selected = panel(applications.withdraw(selected.getId(), withdrawReason));
            Messages.info("app.applications.withdrawn", selected.getId());
            PrimeFaces.current().executeScript("PF('withdrawDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Opens the application and the amend dialog, filled with its period or as-of day. */
    public void prepareAmend(long id) {
        if (selected == null || selected.getId() != id) {
            open(id);
        }
        if (selected != null) {
            amendFrom = selected.getFrom();
            amendTo = selected.getTo();
            amendAsOf = selected.getAsOf();
        }
        if (isAmendable()) {
            PrimeFaces.current().executeScript("PF('amendDialog').show()");
        }
    }

    public void amend() {
        try {
            boolean operating = selected.isOperating();
            selected = panel(applications.amend(
                    selected.getId(),
                    new ApplicationService.Amendment(
                            operating ? null : amendAsOf, operating ? amendFrom : null, operating ? amendTo : null)));
            Messages.info("app.applications.amended", selected.getId());
            PrimeFaces.current().executeScript("PF('amendDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void open(long id) {
        try {
            selected = panel(applications.get(id, null));
        } catch (BusinessException e) {
            selected = null;
            Messages.error(e);
        }
    }

    /** Shows another revision's frozen lines. */
    public void showRevision(int revision) {
        if (selected != null) {
            try {
                selected = panel(applications.get(selected.getId(), revision));
            } catch (BusinessException e) {
                Messages.error(e);
            }
        }
    }

    /** Asks to confirm the submission, naming the application, its kind, its period and the amount it claims. */
    public void checkSubmit() {
        if (selected == null) {
            return;
        }
        String period = selected.isOperating()
                ? selected.getFrom() + " – " + selected.getTo()
                : String.valueOf(selected.getAsOf());
        confirmation.ask(
                "app.applications.submit",
                "confirm.application.submit",
                false,
                selected.getId(),
                formats.kind(selected.getKind()),
                period,
                selected.getTotal());
    }

    public void submit() {
        try {
            selected = panel(applications.submit(selected.getId()));
            outstanding = null; // claimed now
            Messages.info("app.applications.submitted", selected.getId(), selected.getRevision());
        } catch (BusinessException e) {
            Messages.error(e);
            open(selected.getId());
        }
    }

    public void close() {
        selected = null;
    }

    /** The submit button is offered when the application may be submitted (Application.actionsFor). */
    public boolean isSubmittable() {
        return selected != null && selected.can(ReviewAction.SUBMIT);
    }

    public boolean isWithdrawable() {
        return selected != null && selected.can(ReviewAction.WITHDRAW);
    }

    public boolean isAmendable() {
        return selected != null && selected.can(ReviewAction.AMEND);
    }

    public List<ClaimedRow> getClaimed() {
        return claimed;
    }

    public boolean isClaimedTruncated() {
        return claimedTruncated;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public YearMonth getAmendFrom() {
        return amendFrom;
    }

    public void setAmendFrom(YearMonth amendFrom) {
        this.amendFrom = amendFrom;
    }

    public YearMonth getAmendTo() {
        return amendTo;
    }

    public void setAmendTo(YearMonth amendTo) {
        this.amendTo = amendTo;
    }

    public LocalDate getAmendAsOf() {
        return amendAsOf;
    }

    public void setAmendAsOf(LocalDate amendAsOf) {
        this.amendAsOf = amendAsOf;
    }

    public ApplicationKind[] getKinds() {
        return ApplicationKind.values();
    }

    public ApplicationRows getList() {
        return list;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public void setKind(ApplicationKind kind) {
        this.kind = kind;
    }

    public boolean isOperating() {
        return kind == ApplicationKind.OPERATING;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public ApplicationPanel getSelected() {
        return selected;
    }

    @Inject
    private com.jialicare.application.subsidy.AdjustmentService adjustmentService;

    /** The application with what it carries (RULES.md §8.4: adjustments apart from the lines, and the totals). */
    private ApplicationPanel panel(com.jialicare.application.ApplicationService.Details d) {
        ApplicationPanel p = new ApplicationPanel(
                d,
                adjustmentService.ofApplication(
                        d.application().getId(),
                        d.revisionShown(),
                        d.frozen() ? null : ApplicationPanel.eligibleTotal(d)));
        factsChanged = factsChanged(p);
        return p;
    }

    @Inject
    private RecomputationService recomputation;

    private FactsChanged factsChanged;

    /** "Facts changed since submission" (RULES.md §8.3) of a submitted application, or null when nothing differs. */
    private FactsChanged factsChanged(ApplicationPanel p) {
        if (!p.isFrozen() || !RecomputationService.FROZEN.contains(p.getState())) {
            return null;
        }
        try {
            FactsChanged found = new FactsChanged(recomputation.recompute(p.getId()));
            return found.isShown() ? found : null;
        } catch (BusinessException e) {
            Messages.error(e); // the application itself is still shown
            return null;
        }
    }

    /** The home's view of "facts changed since submission" for the application open, or {@code null}. */
    public FactsChanged getFactsChanged() {
        return selected == null ? null : factsChanged;
    }

    private List<ApplicationPanel.AdjustmentRow> outstanding;

    /**
     * The home's outstanding adjustments (RULES.md §8.4): what its next application of each kind will carry,
     * computed from the facts when the page is opened (and again after a submission).
     */
    public List<ApplicationPanel.AdjustmentRow> getOutstanding() {
        if (outstanding == null) {
            try {
                var found = adjustmentService.ofHome(
                        homeId, com.jialicare.domain.model.adjustment.AdjustmentState.OUTSTANDING, null);
                outstanding = found.entries().stream()
                        .map(e -> ApplicationPanel.AdjustmentRow.of(e, found.residentNames()))
                        .toList();
            } catch (BusinessException e) {
                outstanding = List.of();
            }
        }
        return outstanding;
    }
}
