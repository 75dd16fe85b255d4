package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Confirmation;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * On the bed board, the occupied bed's dialog: the admission day of its resident's stay corrected (docs/RULES.md
 * §8.2), with a reason, checked before the user confirms. The resident's page corrects the rest (discharge,
 * reopening, absences) and shows the stay's history.
 */
@Named
@ViewScoped
public class CorrectAdmissionOnBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "board-stayfix-form";

    @Inject
    private StayService stays;

    @Inject
    private BedBoard board;

    @Inject
    private Clock clock;

    @Inject
    private Confirmation confirmation;

    private Long stayId;
    private LocalDate admittedOn;
    private String reason;

    void prepare(@Observes BedBoard.BedSelected selected) {
        stayId = selected.bed().stayId();
        admittedOn = selected.bed().admittedOn();
        reason = null;
    }

    public void check() {
        boolean ok = StayCorrectionForm.dayOk(FORM + ":board-admitted-on", admittedOn, LocalDate.now(clock));
        ok &= StayCorrectionForm.reasonOk(FORM + ":board-reason", reason);
        var bed = board.getSelected().orElse(null);
        if (ok && bed != null) {
            confirmation.ask(
                    "stayfix.title",
                    "confirm.stayfix.admitted",
                    false,
                    bed.residentName(),
                    bed.bed().code(),
                    admittedOn);
        }
    }

    public void correct() {
        if (stayId == null) {
            return;
        }
        try {
            stays.correct(stayId, new StayService.StayCorrection(reason, admittedOn, null, null, false, null, null));
            Messages.info("stayfix.done");
            Ajax.succeeded();
            board.refresh();
        } catch (BusinessException e) {
            StayCorrectionForm.error(FORM, Map.of("admittedOn", "board-admitted-on", "reason", "board-reason"), e);
        }
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
