package com.jialicare.application.carehome;

/** A bed on one day. */
public enum BedStatus {
    VACANT,
    OCCUPIED,
    RETIRED,
    NOT_COMMISSIONED
}
