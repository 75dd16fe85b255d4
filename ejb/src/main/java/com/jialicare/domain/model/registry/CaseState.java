package com.jialicare.domain.model.registry;

/** A case raised by a reported event: waiting for the auditor, or decided. */
public enum CaseState {
    OPEN,
    DECIDED
}
