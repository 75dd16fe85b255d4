package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Confirmation;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Corrections of a stay on the resident's page (docs/RULES.md §8.2): its admission and discharge days and
 * discharge reason, the day of a move to another bed, a discharge recorded by mistake undone, an absence entered
 * by mistake withdrawn; and the stay's history. Each needs a reason.
 *
 * <p>Every dialog goes the same way: its save button checks the fields ({@code check…}); a fault is shown beside
 * its field and nothing is asked. A valid request is confirmed in the page's one confirmation dialog, which names
 * the person and the bed ({@link #ask}); only then the dialog's hidden button sends it, and a refusal of the rules
 * is shown beside the field it names.
 */
@Named
@ViewScoped
public class CorrectStay implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "stayfix-form";
    private static final Map<String, String> INPUTS = Map.of(
            "admittedOn", "admitted-on",
            "dischargedOn", "discharged-on",
            "dischargeReason", "discharge-reason",
            "reason", "reason");

    private static final String MOVE_FORM = "move-form";
    /** A refusal of a move's day names the day, the occupancy or the reason. */
    private static final Map<String, String> MOVE_INPUTS = Map.of(
            "movedOn", "moved-on",
            "occupancyId", "moved-on",
            "reason", "move-reason");

    @Inject
    private Confirmation confirmation;

    @Inject
    private StayService stays;

    @Inject
    private ResidentRecord record;

    @Inject
    private Clock clock;

    private Long stayId;
    private boolean open;
    private LocalDate admittedOn;
    private LocalDate dischargedOn;
    private DischargeReason dischargeReason;
    private String reason;
    private Long absenceId;
    private String absenceText;
    private Long historyStayId;
    private LocalDate wasAdmittedOn;
    private LocalDate wasDischargedOn;
    private DischargeReason wasDischargeReason;
    private String bedCode;
    private Long occupancyId;
    private LocalDate movedOn;
    private LocalDate wasMovedOn;
    private String confirmText;

    /**
     * A valid request: the pages' one confirmation ({@link Confirmation}) asks, titled with the action's name and
     * naming the person and the bed; its confirm button clicks the dialog's hidden button {@code <id>-confirmed}.
     */
    private void ask(String titleKey, String key, Object... args) {
        confirmation.ask(titleKey, key, false, args);
        confirmText = confirmation.getText();
    }

    private String person() {
        return record.getResident() == null ? "" : record.getResident().getName();
    }

    /** Opens the dates dialog with the stay's values as they are. */
    public void start(ResidentRecord.StayView s) {
        stayId = s.id();
        open = s.open();
        admittedOn = s.admittedOn();
        dischargedOn = s.dischargedOn();
        dischargeReason = s.dischargeReason();
        wasAdmittedOn = admittedOn;
        wasDischargedOn = dischargedOn;
        wasDischargeReason = dischargeReason;
        bedCode = s.lastBedCode();
        reason = null;
    }

    /** Checks the dates dialog; on success the page asks the user to confirm ({@code args.valid}). */
    public void check() {
        LocalDate today = LocalDate.now(clock);
        boolean ok = StayCorrectionForm.dayOk(FORM + ":admitted-on", admittedOn, today);
        if (!open) {
            ok &= StayCorrectionForm.dayOk(FORM + ":discharged-on", dischargedOn, today);
            if (ok && dischargedOn.isBefore(admittedOn)) {
                StayCorrectionForm.fieldError(
                        FORM + ":discharged-on", Messages.error("DISCHARGE_BEFORE_ADMISSION", "", admittedOn));
                ok = false;
            }
        }
        ok &= StayCorrectionForm.reasonOk(FORM + ":reason", reason);
        if (ok
                && admittedOn.equals(wasAdmittedOn)
                && (open || dischargedOn.equals(wasDischargedOn) && dischargeReason == wasDischargeReason)) {
            StayCorrectionForm.fieldError(FORM + ":admitted-on", Messages.error("NOTHING_TO_CORRECT", ""));
            ok = false;
        }
        if (ok) {
            ask("stayfix.title", "stayfix.confirm.dates", person(), bedCode);
        }
    }

    /** Saves the checked correction: only what differs from the stay as it was is sent. */
    public void correct() {
        if (stayId == null) {
            return;
        }
        try {
            stays.correct(
                    stayId,
                    new StayService.StayCorrection(
                            reason,
                            admittedOn,
                            open ? null : dischargedOn,
                            open ? null : dischargeReason,
                            false,
                            null,
                            null));
            Messages.info("stayfix.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            StayCorrectionForm.error(FORM, INPUTS, e);
        }
    }

    /** Opens the reopen dialog for a discharged stay. */
    public void startReopen(ResidentRecord.StayView s) {
        stayId = s.id();
        open = s.open();
        bedCode = s.lastBedCode();
        reason = null;
    }

    /** Checks the reopen dialog (a reason); on success the page asks the user to confirm. */
    public void checkReopen() {
        if (StayCorrectionForm.reasonOk("reopen-form:reopen-reason", reason)) {
            ask("stayfix.reopen.title", "stayfix.confirm.reopen", person(), bedCode);
        }
    }

    public void reopen() {
        if (stayId == null || !StayCorrectionForm.reasonOk("reopen-form:reopen-reason", reason)) {
            return;
        }
        try {
            stays.correct(stayId, new StayService.StayCorrection(reason, null, null, null, true, null, null));
            Messages.info("stayfix.reopen.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            StayCorrectionForm.error("reopen-form", Map.of("reason", "reopen-reason"), e);
        }
    }

    /** Opens the dialog that corrects the day of a move (a transfer into the bed of {@code b}). */
    public void startMove(ResidentRecord.StayView s, ResidentRecord.BedSpan b) {
        stayId = s.id();
        occupancyId = b.occupancyId();
        bedCode = b.code();
        movedOn = b.from();
        wasMovedOn = b.from();
        reason = null;
    }

    /** Checks the move dialog (a day not in the future and changed, a reason); on success asks to confirm. */
    public void checkMove() {
        boolean ok = StayCorrectionForm.dayOk(MOVE_FORM + ":moved-on", movedOn, LocalDate.now(clock));
        ok &= StayCorrectionForm.reasonOk(MOVE_FORM + ":move-reason", reason);
        if (ok && movedOn.equals(wasMovedOn)) {
            StayCorrectionForm.fieldError(MOVE_FORM + ":moved-on", Messages.error("NOTHING_TO_CORRECT", ""));
            ok = false;
        }
        if (ok) {
            ask("stayfix.move.title", "stayfix.confirm.move", person(), bedCode, movedOn, wasMovedOn);
        }
    }

    /** Saves the checked day of the move; a refusal of §2 is shown beside the day. */
    public void move() {
        if (stayId == null || occupancyId == null) {
            return;
        }
        try {
            stays.correct(
                    stayId, new StayService.StayCorrection(reason, null, null, null, false, occupancyId, movedOn));
            Messages.info("stayfix.move.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            StayCorrectionForm.error(MOVE_FORM, MOVE_INPUTS, e);
        }
    }

    /** Opens the withdraw dialog for an absence of a stay. */
    public void startWithdraw(ResidentRecord.StayView s, ResidentRecord.AbsenceView a) {
        stayId = s.id();
        absenceId = a.id();
        absenceText = a.from() + " – " + a.until();
        bedCode = s.lastBedCode();
        reason = null;
    }

    /** Checks the withdraw dialog (a reason); on success the page asks the user to confirm. */
    public void checkWithdraw() {
        if (StayCorrectionForm.reasonOk("withdraw-form:withdraw-reason", reason)) {
            ask("stayfix.withdraw.title", "stayfix.confirm.withdraw", person(), bedCode, absenceText);
        }
    }

    public void withdraw() {
        if (stayId == null
                || absenceId == null
                || !StayCorrectionForm.reasonOk("withdraw-form:withdraw-reason", reason)) {
            return;
        }
        try {
            stays.withdrawAbsence(stayId, absenceId, reason);
            Messages.info("stayfix.withdraw.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            StayCorrectionForm.error("withdraw-form", Map.of("reason", "withdraw-reason"), e);
        }
    }

    /** Shows the history of a stay in its dialog. */
    public void showHistory(ResidentRecord.StayView s) {
        historyStayId = s.id();
    }

    public DischargeReason[] getReasons() {
        return DischargeReason.values();
    }

    public boolean isOpen() {
        return open;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public void setDischargedOn(LocalDate dischargedOn) {
        this.dischargedOn = dischargedOn;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public void setDischargeReason(DischargeReason dischargeReason) {
        this.dischargeReason = dischargeReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public void setMovedOn(LocalDate movedOn) {
        this.movedOn = movedOn;
    }

    public String getBedCode() {
        return bedCode;
    }

    public String getConfirmText() {
        return confirmText;
    }

    public String getAbsenceText() {
        return absenceText;
    }

    public Long getHistoryStayId() {
        return historyStayId;
    }
}
