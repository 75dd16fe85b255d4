package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentService;
import com.jialicare.application.SubsidyService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.interfaces.web.LineRow;
import com.jialicare.interfaces.web.Lines;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home's subsidies as the rules compute them today, before applying: the construction subsidy as of a
 * day, the operating subsidy for a range of months, every line with its reason (SubsidyService).
 */
@Named
@ViewScoped
public class PreviewSubsidies implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubsidyService subsidies;

    @Inject
    private ResidentService residents;

    @Inject
    private UserSession session;

    @Inject
    private Clock clock;

    private long homeId;
    private LocalDate asOf;
    private YearMonth from;
    private YearMonth to;
    private Lines construction;
    private Integer constructionPolicyVersion;
    private Lines operating;

    @PostConstruct
    void init() {
        homeId = session.getCaller().careHomeId();
        LocalDate today = LocalDate.now(clock);
        asOf = today;
        // the last full calendar year: every month of it has ended
        from = YearMonth.of(today.getYear() - 1, 1);
        to = YearMonth.of(today.getYear() - 1, 12);
    }

    public void computeConstruction() {
        try {
            ConstructionResult r = subsidies.construction(homeId, asOf);
            List<LineRow> rows = new ArrayList<>();
            for (int i = 0; i < r.lines().size(); i++) {
                rows.add(LineRow.of(i + 1, r.lines().get(i)));
            }
            construction = new Lines(rows, r.total());
            constructionPolicyVersion = r.policyVersion();
        } catch (BusinessException e) {
            construction = null;
            Messages.error(e);
        }
    }

    public void computeOperating() {
        try {
            OperatingResult r = subsidies.operating(homeId, from, to);
            Map<Long, String> names = residents.namesOf(
                    r.lines().stream().map(OperatingLine::residentId).collect(Collectors.toSet()));
            List<LineRow> rows = new ArrayList<>();
            for (int i = 0; i < r.lines().size(); i++) {
                rows.add(LineRow.of(i + 1, r.lines().get(i), names));
            }
            operating = new Lines(rows, r.total());
        } catch (BusinessException e) {
            operating = null;
            Messages.error(e);
        }
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

    public Lines getConstruction() {
        return construction;
    }

    public Integer getConstructionPolicyVersion() {
        return constructionPolicyVersion;
    }

    public Lines getOperating() {
        return operating;
    }
}
