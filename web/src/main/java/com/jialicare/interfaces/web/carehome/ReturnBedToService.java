package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeChangeService;
import com.jialicare.domain.model.carehome.BedChangeKind;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * On the bed board, a retired bed's dialog: the bed back in service from a day (docs/RULES.md §8.1, a dated
 * change); the days since its retirement stay out of service in its history. A refusal is shown beside the day.
 */
@Named
@ViewScoped
public class ReturnBedToService implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "return-form";

    @Inject
    private CareHomeChangeService changes;

    @Inject
    private BedBoard board;

    private LocalDate on;

    void prepare(@Observes BedBoard.BedSelected selected) {
        LocalDate retired = selected.bed().bed().retiredOn();
        on = retired != null && selected.day().isAfter(retired) ? selected.day() : null;
    }

    public void returnToService() {
        var bed = board.getSelected().orElse(null);
        if (bed == null) {
            return;
        }
        try {
            changes.changeBed(
                    board.getHomeId(),
                    bed.bed().id(),
                    new CareHomeChangeService.BedChange(BedChangeKind.RETURNED_TO_SERVICE, on));
            Messages.info("bedReturn.done", bed.bed().code(), on);
            Ajax.succeeded();
            board.refresh();
        } catch (BusinessException e) {
            StayCorrectionForm.error(FORM, Map.of("effectiveOn", "returned-on"), e);
        }
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
