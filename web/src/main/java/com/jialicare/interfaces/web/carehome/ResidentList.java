package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.Page;
import com.jialicare.application.ResidentService;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.interfaces.web.PagedRows;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;

/**
 * The home's residents, a page at a time: searched by name or by what the masked ID number shows
 * (IdNumberSearch), living here now or ever, sorted by any column the repository allows (ResidentRepository.ORDER). For an auditor
 * or the administrator ({@code /app/registry/residents.xhtml}, no home of their own) the residents of their scope,
 * living anywhere now or ever.
 */
@Named
@ViewScoped
public class ResidentList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the page's table, relative to the filter's form. */
    private static final String TABLE_ID = "residents";

    /** Where a resident stands in the stay the list shows: living there, discharged, or never admitted. */
    public enum Status {
        LIVING,
        DISCHARGED,
        NONE
    }

    /** One line of the list; the ID number only masked; the bed, admission and status of the stay shown. */
    public record Row(
            long id,
            String name,
            String maskedIdNumber,
            Sex sex,
            LocalDate birthDate,
            int age,
            String hukouCode,
            boolean stateSupported,
            Integer level,
            String bedCode,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            Status status)
            implements Serializable {}

    @Inject
    private ResidentService residents;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    /** The caller's home; null for an auditor or the administrator, whose scope the service applies. */
    private Long homeId;

    private String query;
    private boolean currentOnly = true;
    private final PagedRows<Row> model = new PagedRows<>(this::page, Row::id);

    @PostConstruct
    void init() {
        homeId = session.getCareHomeId();
        currentOnly = homeId != null;
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    /** A page in the service, which searches, sorts and pages in its query; nothing is loaded whole. */
    private Page<Row> page(ListOrder order, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return residents
                .listMasked(homeId, query, currentOnly, order, page, size)
                .map(r -> row(r, today));
    }

    private static Row row(ResidentService.ListedResident l, LocalDate today) {
        Resident r = l.resident();
        return new Row(
                r.getId(),
                r.getName(),
                r.getIdNumber().masked(),
                r.getSex(),
                r.getBirthDate(),
                r.getIdNumber().ageOn(today),
                r.getHukouCode(),
                r.isStateSupported(),
                r.levelOn(today).orElse(null),
                l.bedCode(),
                l.admittedOn(),
                l.dischargedOn(),
                l.admittedOn() == null ? Status.NONE : l.dischargedOn() == null ? Status.LIVING : Status.DISCHARGED);
    }

    /** The filter changed: back to the first page, which the table then reads again. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent(TABLE_ID) instanceof UIData table) {
            table.setFirst(0);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isCurrentOnly() {
        return currentOnly;
    }

    public void setCurrentOnly(boolean currentOnly) {
        this.currentOnly = currentOnly;
    }
}
