package com.jialicare.domain.model.application;

/** Which subsidy an application claims. */
public enum ApplicationKind {
    /** 建设补贴: per new bed, as of a date. */
    CONSTRUCTION,
    /** 运营补贴: per resident-month, over a range of months. */
    OPERATING
}
