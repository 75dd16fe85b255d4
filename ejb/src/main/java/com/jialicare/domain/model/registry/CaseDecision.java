package com.jialicare.domain.model.registry;

/** The auditor's decision on a case: apply the event (if the records now allow it) or dismiss it. */
public enum CaseDecision {
    APPLY,
    DISMISS
}
