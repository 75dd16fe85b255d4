package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.CareHomeService;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Putting a new bed into service in a room of the home. */
@Named
@ViewScoped
public class AddBed implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private BedBoard board;

    @Inject
    private Clock clock;

    private String code;
    private String room;
    private LocalDate commissionedOn;

    /** Clears the form when the dialog opens; the room is kept, beds often come several to a room. */
    public void start() {
        code = null;
        commissionedOn = LocalDate.now(clock);
    }

    public void add() {
        try {
            Bed bed = careHomes.addBed(board.getHomeId(), code, room, commissionedOn);
            Messages.info("addBed.done", bed.getCode(), bed.getRoom());
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        board.refresh();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public void setCommissionedOn(LocalDate commissionedOn) {
        this.commissionedOn = commissionedOn;
    }
}
