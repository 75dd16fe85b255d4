package com.jialicare.domain.model.registry;

import com.jialicare.domain.model.shared.BusinessException;
import java.util.Locale;

/** What a list reports of a person: a death, or a hukou moved out of the city (docs/RULES.md §8.5). */
public enum ReportedEventKind {
    DEATH("死亡", "death"),
    HUKOU_MOVED_OUT("户籍迁出", "hukou moved out");

    private final String chinese;
    private final String english;

    ReportedEventKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The word a list uses (类别 column): 死亡 or 户籍迁出. */
    public String chinese() {
        return chinese;
    }

    /**
     * The kind a cell names: its Chinese word, its English words or its code, in any case.
     *
     * @throws BusinessException 400 {@code KIND_REQUIRED} or {@code INVALID_KIND} (field {@code kind})
     */
    public static ReportedEventKind of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.invalid("EVENT_KIND_REQUIRED", "kind", "类别 (kind) is required: 死亡 or 户籍迁出");
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (ReportedEventKind k : values()) {
            if (s.equals(k.chinese)
                    || s.equals(k.english)
                    || s.equals(k.name().toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return k;
            }
        }
        throw BusinessException.invalid(
                "INVALID_EVENT_KIND", "kind", "类别 (kind) must be 死亡 or 户籍迁出, was '" + raw + "'", raw);
    }
}
