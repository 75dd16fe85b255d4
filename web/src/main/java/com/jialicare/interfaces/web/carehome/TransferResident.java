package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Moving the resident of the clicked bed to another bed of the same home (the stay goes on). */
@Named
@ViewScoped
public class TransferResident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StayService stays;

    @Inject
    private BedBoard board;

    private Long toBedId;
    private LocalDate on;

    void prepare(@Observes BedBoard.BedSelected selected) {
        toBedId = null;
        on = selected.day();
    }

    public void transfer() {
        var bed = board.getSelected().orElse(null);
        if (bed == null || bed.stayId() == null || toBedId == null) {
            return; // the page requires a target bed; nothing to move without an occupant
        }
        try {
            stays.transfer(bed.stayId(), toBedId, on);
            String target = board.getVacantBeds().stream()
                    .filter(b -> toBedId != null && b.bed().id() == toBedId)
                    .map(b -> b.bed().code())
                    .findFirst()
                    .orElse(String.valueOf(toBedId));
            Messages.info("transfer.done", bed.residentName(), target, on);
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        board.refresh();
    }

    public Long getToBedId() {
        return toBedId;
    }

    public void setToBedId(Long toBedId) {
        this.toBedId = toBedId;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
