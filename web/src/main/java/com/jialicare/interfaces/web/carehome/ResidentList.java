package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.Page;
import com.jialicare.application.ResidentService;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.interfaces.web.Messages;
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
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The home's residents, a page at a time: filtered by name or ID number, living here now or ever. For an auditor
 * or the administrator ({@code /app/registry/residents.xhtml}, no home of their own) the residents of their scope,
 * living anywhere now or ever.
 */
@Named
@ViewScoped
public class ResidentList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the page's table, relative to the filter's form. */
    private static final String TABLE_ID = "residents";

    /** One line of the list; the ID number only masked. */
    public record Row(
            long id,
            String name,
            String maskedIdNumber,
            Sex sex,
            LocalDate birthDate,
            int age,
            String hukouCode,
            boolean stateSupported,
            Integer level)
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
    private final Model model = new Model();

    @PostConstruct
    void init() {
        homeId = session.getCareHomeId();
        currentOnly = homeId != null;
    }

    public LazyDataModel<Row> getModel() {
        return model;
    }

    private Page<Row> page(int page, int size) {
        LocalDate today = LocalDate.now(clock);
        return residents.list(homeId, query, currentOnly, page, size).map(r -> row(r, today));
    }

    private static Row row(Resident r, LocalDate today) {
        return new Row(
                r.getId(),
                r.getName(),
                r.getIdNumber().masked(),
                r.getSex(),
                r.getBirthDate(),
                r.getIdNumber().ageOn(today),
                r.getHukouCode(),
                r.isStateSupported(),
                r.levelOn(today).orElse(null));
    }

    /** Pages through the service; the service counts and pages, nothing is loaded whole. */
    private final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
            } catch (BusinessException e) {
                Messages.error(e);
                return 0;
            }
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                int size = Math.min(pageSize, Page.MAX_SIZE);
                return page(first / size, size).items();
            } catch (BusinessException e) {
                Messages.error(e);
                return List.of();
            }
        }

        @Override
        public String getRowKey(Row row) {
            return String.valueOf(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData().stream()
                    .filter(r -> getRowKey(r).equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
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
