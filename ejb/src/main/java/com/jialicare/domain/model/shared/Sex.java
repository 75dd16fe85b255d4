package com.jialicare.domain.model.shared;

/** A person's sex as the resident ID number records it (digit 17: odd male, even female). */
public enum Sex {
    MALE,
    FEMALE
}
