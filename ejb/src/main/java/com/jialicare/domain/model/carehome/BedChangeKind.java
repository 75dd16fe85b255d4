package com.jialicare.domain.model.carehome;

/** The dated changes of a bed (docs/RULES.md §8.1) besides its retirement. */
public enum BedChangeKind {
    /** The bed, retired on a day, is back in service from a later day: the days between stay out of service. */
    RETURNED_TO_SERVICE
}
