package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Recording an absence (hospital, home leave) inside the resident's open stay; the stay goes on. */
@Named
@ViewScoped
public class RecordAbsence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StayService stays;

    @Inject
    private ResidentRecord record;

    @Inject
    private Clock clock;

    private LocalDate from;
    private LocalDate until;
    private AbsenceKind kind;
    private String note;

    public void start() {
        from = LocalDate.now(clock);
        until = null;
        kind = AbsenceKind.HOSPITAL;
        note = null;
    }

    public void record() {
        var stay = record.getOpenStay().orElse(null);
        if (stay == null) {
            return;
        }
        try {
            stays.recordAbsence(stay.id(), from, until, kind, note);
            Messages.info("absence.done", from, until);
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public AbsenceKind[] getKinds() {
        return AbsenceKind.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public void setKind(AbsenceKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
