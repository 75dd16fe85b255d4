package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The care home at a glance (its start page): beds in service, occupied, vacant, coming anniversaries. */
@Named
@ViewScoped
public class HomeOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private UserSession session;

    private CareHomeService.Dashboard figures;

    @PostConstruct
    void load() {
        figures = careHomes.dashboard(session.getCareHomeId());
    }

    public CareHomeService.Dashboard getFigures() {
        return figures;
    }

    public int getWindowDays() {
        return CareHomeService.ANNIVERSARY_WINDOW_DAYS;
    }
}
