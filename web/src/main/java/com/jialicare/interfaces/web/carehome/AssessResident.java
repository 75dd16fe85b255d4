package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Recording a reassessment of the capability level, effective from a day. */
@Named
@ViewScoped
public class AssessResident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentService residents;

    @Inject
    private ResidentRecord record;

    @Inject
    private Clock clock;

    private Integer level;
    private LocalDate effectiveOn;

    public void start() {
        level = record.getLevel();
        effectiveOn = LocalDate.now(clock);
    }

    public void assess() {
        try {
            residents.assess(record.getId(), level, effectiveOn);
            Messages.info("assess.done", level, effectiveOn);
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }
}
