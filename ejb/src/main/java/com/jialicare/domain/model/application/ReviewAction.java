package com.jialicare.domain.model.application;

/** What a user may do to an application next (RULES.md §6); {@link Application#actionsFor} says which are open. */
public enum ReviewAction {
    /** The home's administrator submits a draft or a returned application (a new revision). */
    SUBMIT,
    /** The county approves a submitted one; the city approves one whose notice has ended with nothing undecided. */
    APPROVE,
    /** The county returns a submitted one; the city one it approved or that is under notice. */
    RETURN,
    /** The city starts the public notice of a county-approved one. */
    START_NOTICE,
    /** The city decides the objections raised during the notice. */
    DECIDE_OBJECTIONS,
    /** The city records the payment of a city-approved one. */
    PAY,
    /** The home withdraws a draft or a returned one, with a reason (final; its claims are released). */
    WITHDRAW,
    /** The home changes a returned one's period (operating) or as-of day (construction) before resubmitting. */
    AMEND
}
