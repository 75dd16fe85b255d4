package com.jialicare.domain.model.audit;

import com.jialicare.domain.model.shared.BusinessException;

/** docs/RULES.md §8.2: every correction says why, in 1 to 500 characters. */
public final class CorrectionReason {

    public static final int MAX_LENGTH = 500;

    private CorrectionReason() {}

    /**
     * The reason, trimmed.
     *
     * @throws BusinessException {@code REASON_REQUIRED} (field {@code reason}) when blank,
     *     {@code REASON_TOO_LONG} when longer than {@value #MAX_LENGTH} characters
     */
    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("REASON_REQUIRED", "reason", "A correction needs a reason");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw BusinessException.invalid(
                    "REASON_TOO_LONG", "reason", "A reason has at most {0} characters", MAX_LENGTH);
        }
        return trimmed;
    }
}
