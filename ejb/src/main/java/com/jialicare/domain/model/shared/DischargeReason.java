package com.jialicare.domain.model.shared;

/** Why a stay ended. */
public enum DischargeReason {
    RETURNED_HOME,
    MOVED_TO_OTHER_HOME,
    HOSPITAL,
    DECEASED,
    OTHER
}
