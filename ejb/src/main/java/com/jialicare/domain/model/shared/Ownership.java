package com.jialicare.domain.model.shared;

/** 机构性质: who owns and who runs a care home. */
public enum Ownership {
    /** 公办 */
    PUBLIC,
    /** 民办 */
    PRIVATE,
    /** 公建民营 */
    PUBLIC_BUILT_PRIVATE_RUN,
    /** 民办公助 */
    PRIVATE_RUN_PUBLIC_AIDED
}
