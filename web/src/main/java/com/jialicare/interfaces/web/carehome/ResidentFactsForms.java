package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentFactsService;
import com.jialicare.domain.model.resident.ResidentFactKind;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The resident page's changes and corrections (docs/RULES.md §8.1–8.2): a change of hukou or state support
 * from a day on; a correction of the name (and, for auditors and the administrator, the ID number); an entry
 * of a history corrected in place or withdrawn. A refusal shows next to the field it concerns.
 */
@Named
@ViewScoped
public class ResidentFactsForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentFactsService facts;

    @Inject
    private ResidentRecord record;

    @Inject
    private Clock clock;

    // a change
    private String kind = ResidentFactKind.HUKOU.name();
    private LocalDate effectiveOn;
    private String hukouCode;
    private boolean stateSupported;

    // a correction of identity
    private String reason;
    private String name;
    private String idNumber;

    // a correction of one entry
    private String entryKind;
    private LocalDate entryOn;
    private String entryHukouCode;
    private boolean entryStateSupported;
    private Integer entryLevel;
    private String entryReason;

    public void startChange() {
        kind = ResidentFactKind.HUKOU.name();
        effectiveOn = LocalDate.now(clock);
        hukouCode = null;
        stateSupported = record.getResident() != null && !record.getResident().isStateSupported();
    }

    public void change() {
        try {
            ResidentFactKind k = kind == null ? null : ResidentFactKind.valueOf(kind);
            facts.change(
                    record.getId(),
                    new ResidentFactsService.Change(
                            k,
                            effectiveOn,
                            k == ResidentFactKind.HUKOU ? hukouCode : null,
                            k == ResidentFactKind.STATE_SUPPORT ? stateSupported : null));
            Messages.info("facts.change.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            show(
                    e,
                    "change-form",
                    Map.of(
                            "kind", "kind",
                            "effectiveOn", "effective-on",
                            "hukouCode", "hukou-code",
                            "stateSupported", "state-supported"));
        }
    }

    public void startCorrect() {
        reason = null;
        name = record.getResident() == null ? null : record.getResident().getName();
        idNumber = record.getResident() == null ? null : record.getResident().getIdNumberValue();
    }

    public void correct() {
        try {
            String oldName = record.getResident().getName();
            String oldNumber = record.getResident().getIdNumberValue();
            facts.correct(
                    record.getId(),
                    new ResidentFactsService.Correction(
                            reason,
                            name == null || name.strip().equals(oldName) ? null : name,
                            !isMayCorrectIdNumber()
                                            || idNumber == null
                                            || idNumber.strip().equals(oldNumber)
                                    ? null
                                    : idNumber,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            Messages.info("facts.correct.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            show(e, "correct-form", Map.of("reason", "reason", "name", "name", "idNumber", "id-number"));
        }
    }

    /** Opens the entry dialog for the entry of {@code kind} starting {@code on}. */
    public void startEntry(String kind, LocalDate on) {
        entryKind = kind;
        entryOn = on;
        entryReason = null;
        var r = record.getResident();
        entryHukouCode = r == null
                ? null
                : r.hukouHistory().entryOn(on).map(e -> e.value()).orElse(null);
        entryStateSupported = r != null
                && r.stateSupportHistory().entryOn(on).map(e -> e.value()).orElse(false);
        entryLevel = r == null
                ? null
                : r.assessmentHistory().entryOn(on).map(e -> e.value()).orElse(null);
    }

    public void correctEntry() {
        entry(false);
    }

    public void withdrawEntry() {
        entry(true);
    }

    private void entry(boolean withdraw) {
        try {
            ResidentFactKind k = ResidentFactKind.valueOf(entryKind);
            facts.correct(
                    record.getId(),
                    new ResidentFactsService.Correction(
                            entryReason,
                            null,
                            null,
                            k,
                            entryOn,
                            withdraw ? Boolean.TRUE : null,
                            !withdraw && k == ResidentFactKind.HUKOU ? entryHukouCode : null,
                            !withdraw && k == ResidentFactKind.STATE_SUPPORT ? entryStateSupported : null,
                            !withdraw && k == ResidentFactKind.ASSESSMENT ? entryLevel : null));
            Messages.info(withdraw ? "facts.entry.withdrawn" : "facts.correct.done");
            Ajax.succeeded();
            record.reload();
        } catch (BusinessException e) {
            show(
                    e,
                    "entry-form",
                    Map.of(
                            "reason", "entry-reason",
                            "hukouCode", "entry-hukou-code",
                            "stateSupported", "entry-state-supported",
                            "level", "entry-level",
                            "effectiveOn", "entry-reason"));
        }
    }

    /** The refusal next to its field when the form has it, else on the page. */
    private static void show(BusinessException e, String form, Map<String, String> fieldIds) {
        String id = e.field() == null ? null : fieldIds.get(e.field());
        if (id == null) {
            Messages.error(e);
            return;
        }
        String text = Messages.of(e);
        FacesContext.getCurrentInstance()
                .addMessage(form + ":" + id, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Only auditors and the administrator correct an ID number (docs/RULES.md §8.2). */
    public boolean isMayCorrectIdNumber() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        return ext.isUserInRole("COUNTY_AUDITOR") || ext.isUserInRole("CITY_AUDITOR") || ext.isUserInRole("ADMIN");
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getHukouCode() {
        return hukouCode;
    }

    public void setHukouCode(String hukouCode) {
        this.hukouCode = hukouCode;
    }

    public boolean isStateSupported() {
        return stateSupported;
    }

    public void setStateSupported(boolean stateSupported) {
        this.stateSupported = stateSupported;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getEntryKind() {
        return entryKind;
    }

    public LocalDate getEntryOn() {
        return entryOn;
    }

    public String getEntryHukouCode() {
        return entryHukouCode;
    }

    public void setEntryHukouCode(String entryHukouCode) {
        this.entryHukouCode = entryHukouCode;
    }

    public boolean isEntryStateSupported() {
        return entryStateSupported;
    }

    public void setEntryStateSupported(boolean entryStateSupported) {
        this.entryStateSupported = entryStateSupported;
    }

    public Integer getEntryLevel() {
        return entryLevel;
    }

    public void setEntryLevel(Integer entryLevel) {
        this.entryLevel = entryLevel;
    }

    public String getEntryReason() {
        return entryReason;
    }

    public void setEntryReason(String entryReason) {
        this.entryReason = entryReason;
    }
}
