package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.NewApplication;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ReviewAction;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.ApplicationPanel;
import com.jialicare.interfaces.web.ApplicationRows;
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

    private long homeId;
    private ApplicationRows list;
    private ApplicationKind kind = ApplicationKind.OPERATING;
    private LocalDate asOf;
    private YearMonth from;
    private YearMonth to;
    private ApplicationPanel selected;

    @PostConstruct
    void init() {
        homeId = session.getCaller().careHomeId();
        list = new ApplicationRows((page, size) -> applications.list(null, null, null, page, size));
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

    public void create() {
        try {
            Application a = applications.create(new NewApplication(
                    homeId,
                    kind,
                    kind == ApplicationKind.CONSTRUCTION ? asOf : null,
                    kind == ApplicationKind.OPERATING ? from : null,
                    kind == ApplicationKind.OPERATING ? to : null));
            open(a.getId());
            Messages.info("app.applications.created", a.getId());
            PrimeFaces.current().executeScript("PF('newApplicationDialog').hide()");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void open(long id) {
        try {
            selected = new ApplicationPanel(applications.get(id, null));
        } catch (BusinessException e) {
            selected = null;
            Messages.error(e);
        }
    }

    /** Shows another revision's frozen lines. */
    public void showRevision(int revision) {
        if (selected != null) {
            try {
                selected = new ApplicationPanel(applications.get(selected.getId(), revision));
            } catch (BusinessException e) {
                Messages.error(e);
            }
        }
    }

    public void submit() {
        try {
            selected = new ApplicationPanel(applications.submit(selected.getId()));
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
}
