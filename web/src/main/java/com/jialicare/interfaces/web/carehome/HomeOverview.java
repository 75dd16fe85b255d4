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
    private PipelineService pipeline;

    private CareHomeService.Dashboard figures;
    private int year;
    private int lastYear;
    private PipelineService.Split money;

    @PostConstruct
    void load() {
        figures = careHomes.dashboard(session.getCareHomeId());
        lastYear = pipeline.currentYear();
        year = lastYear - 1;
        loadMoney();
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
