package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentService;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Registering an elder with the city. The ID number is checked as it is typed, by the same value object the
 * service uses, so the user sees the birth date and sex it holds — or what is wrong with it — at once.
 */
@Named
@ViewScoped
public class RegisterResident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentService residents;

    @Inject
    private Clock clock;

    private String name;
    private String idNumber;
    private String hukouCode;
    private boolean stateSupported;
    private Integer careLevel;
    private LocalDate assessedOn;

    private LocalDate idBirthDate;
    private Sex idSex;
    private String idError;

    private Long registeredId;
    private String registeredName;

    /** Clears the form when the dialog opens. */
    public void start() {
        name = null;
        idNumber = null;
        hukouCode = null;
        stateSupported = false;
        careLevel = null;
        assessedOn = LocalDate.now(clock);
        checkIdNumber();
    }

    /** What the ID number typed so far says: birth date and sex, or why it is not valid. */
    public void checkIdNumber() {
        idBirthDate = null;
        idSex = null;
        idError = null;
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        try {
            IdNumber id = IdNumber.of(idNumber, clock);
            idBirthDate = id.birthDate();
            idSex = id.sex();
        } catch (BusinessException e) {
            idError = Messages.of(e);
        }
    }

    public void register() {
        try {
            Resident r = residents.register(
                    new ResidentService.NewResident(name, idNumber, hukouCode, stateSupported, careLevel, assessedOn));
            registeredId = r.getId();
            registeredName = r.getName();
            Messages.info("register.done", r.getName());
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Integer> getLevels() {
        return List.of(0, 1, 2, 3, 4);
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

    public Integer getCareLevel() {
        return careLevel;
    }

    public void setCareLevel(Integer careLevel) {
        this.careLevel = careLevel;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public LocalDate getIdBirthDate() {
        return idBirthDate;
    }

    public Sex getIdSex() {
        return idSex;
    }

    public String getIdError() {
        return idError;
    }

    public Long getRegisteredId() {
        return registeredId;
    }

    public String getRegisteredName() {
        return registeredName;
    }
}
