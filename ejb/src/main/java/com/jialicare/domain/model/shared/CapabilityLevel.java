package com.jialicare.domain.model.shared;

/** 老年人能力等级 (GB/T 42195-2022), levels 0 to 4. */
public enum CapabilityLevel {
    /** 0 能力完好 */
    INTACT(0),
    /** 1 轻度失能 */
    MILD(1),
    /** 2 中度失能 */
    MODERATE(2),
    /** 3 重度失能 */
    SEVERE(3),
    /** 4 完全失能 */
    TOTAL(4);

    private final int level;

    CapabilityLevel(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static CapabilityLevel of(int level) {
        for (CapabilityLevel l : values()) {
            if (l.level == level) {
                return l;
            }
        }
        throw BusinessException.invalid(
                "INVALID_CARE_LEVEL", "level", "Capability level must be 0 to 4, was " + level, level);
    }
}
