package com.jialicare.interfaces.web.registry;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.Page;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.PagedRows;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The care homes the user sees, a page at a time, searched by name or credit code; and filing a new home (the
 * administrator, or a county auditor in their county), checked by the same service as {@code POST /api/care-homes}.
 */
@Named
@ViewScoped
public class CareHomeRegistry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the list. */
    public record Row(
            long id,
            String name,
            String creditCode,
            String countyCode,
            Ownership ownership,
            LocalDate filedOn,
            int filedBeds,
            LocalDate closedOn)
            implements Serializable {

        static Row of(CareHome h) {
            return new Row(
                    h.getId(),
                    h.getName(),
                    h.getCreditCode(),
                    h.getCountyCode(),
                    h.getOwnership(),
                    h.getFiledOn(),
                    h.getFiledBeds(),
                    h.getClosedOn());
        }
    }

    @Inject
    private CareHomeService homes;

    @Inject
    private UserSession session;

    private String query;
    private final PagedRows<Row> model = new PagedRows<>((order, page, size) -> page(page, size), Row::id);

    // the filing dialog
    private String name;
    private String creditCode;
    private Ownership ownership;
    private String countyCode;
    private LocalDate filedOn;
    private Integer filedBeds;
    private Premises premises;
    private LocalDate leaseEndsOn;
    private String address;
    private String phone;

    public LazyDataModel<Row> getModel() {
        return model;
    }

    /** The search changed: the table starts again at its first page. */
    public void filter() {
        // the lazy model reads the query on its next load
    }

    /** Who may file a home: the administrator and the county auditors. */
    public boolean isMayFile() {
        return session.hasRole("ADMIN") || session.hasRole("COUNTY_AUDITOR");
    }

    /** Clears the filing dialog; a county auditor's county is theirs. */
    public void start() {
        name = null;
        creditCode = null;
        ownership = null;
        countyCode = session.hasRole("COUNTY_AUDITOR") ? session.getCaller().countyCode() : null;
        filedOn = null;
        filedBeds = null;
        premises = Premises.OWNED;
        leaseEndsOn = null;
        address = null;
        phone = null;
    }

    public void file() {
        try {
            CareHome h = homes.create(new CareHomeService.NewCareHome(
                    name,
                    creditCode,
                    ownership,
                    countyCode,
                    filedOn,
                    filedBeds,
                    premises,
                    leaseEndsOn,
                    address,
                    phone));
            Messages.info("registry.filed", h.getName());
            Ajax.succeeded();
        } catch (BusinessException e) {
            FieldErrors.show("file-form", e);
        }
    }

    public List<Ownership> getOwnerships() {
        return List.of(Ownership.values());
    }

    public List<Premises> getPremisesKinds() {
        return List.of(Premises.values());
    }

    public List<LeshanCounty> getCounties() {
        return List.of(LeshanCounty.values());
    }

    private Page<Row> page(int page, int size) {
        return homes.list(page, size, null, query).map(Row::of);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Ownership ownership) {
        this.ownership = ownership;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public Integer getFiledBeds() {
        return filedBeds;
    }

    public void setFiledBeds(Integer filedBeds) {
        this.filedBeds = filedBeds;
    }

    public Premises getPremises() {
        return premises;
    }

    public void setPremises(Premises premises) {
        this.premises = premises;
    }

    public LocalDate getLeaseEndsOn() {
        return leaseEndsOn;
    }

    public void setLeaseEndsOn(LocalDate leaseEndsOn) {
        this.leaseEndsOn = leaseEndsOn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
