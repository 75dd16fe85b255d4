package com.jialicare.interfaces.web.audit;

import com.jialicare.application.carehome.BedStatus;
import com.jialicare.application.subsidy.LineFacts.Assessed;
import com.jialicare.application.subsidy.LineFacts.Away;
import com.jialicare.application.subsidy.LineFacts.BedLine;
import com.jialicare.application.subsidy.LineFacts.InBed;
import com.jialicare.application.subsidy.LineFacts.Policy;
import com.jialicare.application.subsidy.LineFacts.ResidentMonth;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.interfaces.web.LineRow;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts dialog's view of {@link com.jialicare.application.subsidy.LineFacts}, the read model
 * {@link com.jialicare.application.subsidy.LineFactsService} builds in one call: the line as the table shows it,
 * and the facts behind it as bean properties for the page. Nothing here decides or reads anything.
 */
public class LineFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LineRow line;
    private final com.jialicare.application.subsidy.LineFacts facts;
    private final ResidentMonth resident;
    private final BedLine bed;

    LineFacts(LineRow line, com.jialicare.application.subsidy.LineFacts facts) {
        this.line = line;
        this.facts = facts;
        this.resident = facts.residentMonth();
        this.bed = facts.bed();
    }

    public boolean isBed() {
        return bed != null;
    }

    public LineRow getLine() {
        return line;
    }

    public Policy getPolicy() {
        return facts.policy();
    }

    public String getResidentName() {
        return resident == null ? null : resident.residentName();
    }

    public String getIdNumber() {
        return resident == null ? null : resident.maskedIdNumber();
    }

    public LocalDate getBirthDate() {
        return resident == null ? null : resident.birthDate();
    }

    public String getHukouCode() {
        return resident == null ? null : resident.hukouCode();
    }

    public Boolean getLocalHukou() {
        return resident == null ? null : resident.localHukou();
    }

    public boolean isStateSupported() {
        return resident != null && resident.stateSupported();
    }

    public List<Assessed> getAssessments() {
        return resident == null ? List.of() : resident.assessments();
    }

    public Long getStayId() {
        return resident == null ? null : resident.stayId();
    }

    public LocalDate getAdmittedOn() {
        return resident == null ? null : resident.admittedOn();
    }

    public LocalDate getDischargedOn() {
        return resident == null ? null : resident.dischargedOn();
    }

    public DischargeReason getDischargeReason() {
        return resident == null ? null : resident.dischargeReason();
    }

    public List<InBed> getBeds() {
        return resident == null ? List.of() : resident.beds();
    }

    public List<Away> getAbsences() {
        return resident == null ? List.of() : resident.absences();
    }

    public String getBedCode() {
        return bed == null ? null : bed.bedCode();
    }

    public String getRoom() {
        return bed == null ? null : bed.room();
    }

    public LocalDate getCommissionedOn() {
        return bed == null ? null : bed.commissionedOn();
    }

    public LocalDate getRetiredOn() {
        return bed == null ? null : bed.retiredOn();
    }

    public BedStatus getStatusOnAsOf() {
        return bed == null ? null : bed.statusOnAsOf();
    }

    public Ownership getOwnership() {
        return bed == null ? null : bed.ownership();
    }

    public LocalDate getFiledOn() {
        return bed == null ? null : bed.filedOn();
    }

    public Integer getFiledBeds() {
        return bed == null ? null : bed.filedBeds();
    }

    public Premises getPremises() {
        return bed == null ? null : bed.premises();
    }

    public LocalDate getLeaseEndsOn() {
        return bed == null ? null : bed.leaseEndsOn();
    }
}
