package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Confirmation;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Taking the clicked bed out of service from a day on. */
@Named
@ViewScoped
public class RetireBed implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private BedBoard board;

    @Inject
    private Confirmation confirmation;

    @Inject
    private com.jialicare.application.DryRun dryRun;

    private LocalDate on;

    /** Retiring a bed is never prefilled (issue #16 item 5): the user chooses the day. */
    void prepare(@Observes BedBoard.BedSelected selected) {
        on = null;
    }

    /** The day is given: asks to confirm, naming the bed, its room and the day. */
    public void check() {
        var bed = board.getSelected().orElse(null);
        if (bed == null) {
            return;
        }
        // the service's own rules first (a day in the future, a bed occupied then…): refused before asking
        var refused = dryRun.refusal(
                () -> careHomes.retireBed(board.getHomeId(), bed.bed().id(), on));
        if (refused.isPresent()) {
            Messages.error(refused.get());
            return;
        }
        confirmation.ask(
                "retire.title",
                "confirm.retire",
                true,
                bed.bed().code(),
                bed.bed().room(),
                on);
    }

    public void retire() {
        var bed = board.getSelected().orElse(null);
        if (bed == null) {
            return;
        }
        try {
            careHomes.retireBed(board.getHomeId(), bed.bed().id(), on);
            Messages.info("retire.done", bed.bed().code(), on);
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        board.refresh();
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
