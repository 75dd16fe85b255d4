package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.subsidy.PipelineService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The care home at a glance (its start page): beds in service, occupied, vacant, coming anniversaries, and where
 * the money of a year stands for the home (PipelineService.home: the same figures as its row of the city's
 * pipeline, RULES.md §8.8).
 */
@Named
@ViewScoped
public class HomeOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private UserSession session;

    @Inject
    private com.jialicare.application.ApplicationService applications;

    /** How many returned applications and drafts the dashboard lists (the applications page has them all). */
    static final int LISTED = 20;

    private CareHomeService.Dashboard figures;
    private CareHomeService.Today today;
    private java.util.List<com.jialicare.interfaces.web.ApplicationRow> returned;
    private java.util.List<com.jialicare.interfaces.web.ApplicationRow> drafts;

    @Inject
    private PipelineService pipeline;

    private int year;
    private int lastYear;
    private PipelineService.Split money;

    @PostConstruct
    void load() {
        figures = careHomes.dashboard(session.getCareHomeId());
        // issue #16 item 7: what waits for the home, and what happens in it today
        today = careHomes.today(session.getCareHomeId());
        returned = rows(com.jialicare.domain.model.application.ApplicationState.RETURNED);
        drafts = rows(com.jialicare.domain.model.application.ApplicationState.DRAFT);
        lastYear = pipeline.currentYear();
        year = lastYear - 1;
        loadMoney();
    }

    private java.util.List<com.jialicare.interfaces.web.ApplicationRow> rows(
            com.jialicare.domain.model.application.ApplicationState state) {
        return applications.list(state, null, session.getCareHomeId(), 0, LISTED).items().stream()
                .map(s -> com.jialicare.interfaces.web.ApplicationRow.of(s, today.day()))
                .toList();
    }

    /** One of today's lists by name: away, admitted, moved, discharged. */
    public java.util.List<com.jialicare.application.carehome.BedOnDay> tiles(String list) {
        return switch (list) {
            case "away" -> today.away();
            case "admitted" -> today.admitted();
            case "moved" -> today.moved();
            case "discharged" -> today.discharged();
            default -> java.util.List.of();
        };
    }

    public CareHomeService.Today getToday() {
        return today;
    }

    public java.util.List<com.jialicare.interfaces.web.ApplicationRow> getReturned() {
        return returned;
    }

    public java.util.List<com.jialicare.interfaces.web.ApplicationRow> getDrafts() {
        return drafts;
    }

    /** The home's figures of the year chosen (the page calls it when the year changes). */
    public void loadMoney() {
        try {
            money = pipeline.home(session.getCareHomeId(), year).figures();
        } catch (BusinessException e) {
            money = null;
            Messages.error(e);
        }
    }

    public PipelineService.Split getMoney() {
        return money;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    /** The years offered, newest first: the current year back to 2021. */
    public List<Integer> getYears() {
        return IntStream.rangeClosed(2021, lastYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public CareHomeService.Dashboard getFigures() {
        return figures;
    }

    public int getWindowDays() {
        return CareHomeService.ANNIVERSARY_WINDOW_DAYS;
    }
}
