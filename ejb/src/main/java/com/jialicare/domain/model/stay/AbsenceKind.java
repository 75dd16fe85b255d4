package com.jialicare.domain.model.stay;

/** Why a resident is away for a while without the stay ending (请假/外出). */
public enum AbsenceKind {
    HOSPITAL,
    HOME_LEAVE,
    OTHER
}
