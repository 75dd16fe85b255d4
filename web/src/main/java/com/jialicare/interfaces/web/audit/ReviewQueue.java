package com.jialicare.interfaces.web.audit;

import com.jialicare.application.ApplicationService;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.interfaces.web.ApplicationRows;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * The auditor's review queue: the applications of their scope, by default those waiting for their role
 * (ApplicationService.waitingForCaller), or all of them, or those in one state; the city may narrow it to a
 * county; searched by home name or number, sorted by any column (the submission day and the days waiting
 * among them). Paged lazily, newest first by default.
 */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filter value for "waiting for me"; "" is every state; anything else a state's name. */
    public static final String WAITING = "WAITING";

    @Inject
    private ApplicationService applications;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    private String filter = WAITING;
    private String countyCode = "";
    private String query;
    private ApplicationRows rows;
    private boolean city;

    @PostConstruct
    void init() {
        city = session.hasRole("CITY_AUDITOR");
        rows = new ApplicationRows(this::page, clock);
    }

    private com.jialicare.application.Page<com.jialicare.application.ApplicationService.Summary> page(
            ListOrder order, int page, int size) {
        if (WAITING.equals(filter)) {
            return applications.waitingForCaller(query, order, page, size);
        }
        ApplicationState state = filter == null || filter.isEmpty() ? null : ApplicationState.valueOf(filter);
        return applications.list(state, countyCode, null, query, order, page, size);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public ApplicationState[] getStates() {
        return ApplicationState.values();
    }

    public LeshanCounty[] getCounties() {
        return LeshanCounty.values();
    }

    public boolean isCity() {
        return city;
    }

    public ApplicationRows getRows() {
        return rows;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode == null ? "" : countyCode;
    }
}
