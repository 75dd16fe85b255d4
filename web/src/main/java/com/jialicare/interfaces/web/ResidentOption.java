package com.jialicare.interfaces.web;

import com.jialicare.domain.model.resident.Resident;
import java.io.Serializable;
import java.time.LocalDate;

/** A resident as a suggestion in a picker: name, masked ID number and birth date tell people apart. */
public record ResidentOption(long id, String name, String maskedIdNumber, LocalDate birthDate) implements Serializable {

    public static ResidentOption of(Resident r) {
        return new ResidentOption(r.getId(), r.getName(), r.getIdNumber().masked(), r.getBirthDate());
    }

    /** What the picker shows: {@code 王秀英 · 1101**********002X}. */
    public String label() {
        return name + " · " + maskedIdNumber;
    }
}
