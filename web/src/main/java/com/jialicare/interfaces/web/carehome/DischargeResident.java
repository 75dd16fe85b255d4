package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Confirmation;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Ending the stay of the resident in the clicked bed: the date is the first day away. */
@Named
@ViewScoped
public class DischargeResident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StayService stays;

    @Inject
    private BedBoard board;

    @Inject
    private Confirmation confirmation;

    @Inject
    private com.jialicare.application.DryRun dryRun;

    private LocalDate on;
    private DischargeReason reason;

    /** A discharge is never prefilled (issue #16 item 5): the user chooses its day and its reason. */
    void prepare(@Observes BedBoard.BedSelected selected) {
        on = null;
        reason = null;
    }

    /** The form is valid (day and reason given): asks to confirm, naming the resident, the bed and the day. */
    public void check() {
        var bed = board.getSelected().orElse(null);
        if (bed == null || bed.stayId() == null) {
            return;
        }
        // the service's own rules first (a day before the admission, in the future…): refused before asking
        var refused = dryRun.refusal(() -> stays.discharge(bed.stayId(), on, reason));
        if (refused.isPresent()) {
            Messages.error(refused.get());
            return;
        }
        confirmation.ask(
                "discharge.title",
                "confirm.discharge",
                true,
                bed.residentName(),
                bed.bed().code(),
                on);
    }

    public void discharge() {
        var bed = board.getSelected().orElse(null);
        if (bed == null || bed.stayId() == null) {
            return;
        }
        try {
            stays.discharge(bed.stayId(), on, reason);
            Messages.info("discharge.done", bed.residentName(), on);
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        board.refresh();
    }

    public DischargeReason[] getReasons() {
        return DischargeReason.values();
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public DischargeReason getReason() {
        return reason;
    }

    public void setReason(DischargeReason reason) {
        this.reason = reason;
    }
}
