package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.BusinessException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Validation shared by the facts and lines of this package. */
final class Checks {

    /** Code of a fact the calculators cannot work from; the field names it. */
    static final String FACTS_INVALID = "SUBSIDY_FACTS_INVALID";
    /** Code of a line whose parts contradict each other. */
    static final String LINE_INVALID = "SUBSIDY_LINE_INVALID";

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Checks() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw BusinessException.invalid(FACTS_INVALID, field, field + " is required");
        }
        return value;
    }

    static BusinessException invalid(String field, String message, Object... args) {
        return BusinessException.invalid(FACTS_INVALID, field, message, args);
    }

    /** An unmodifiable copy without nulls. */
    static <T> List<T> listCopy(List<T> given, String field) {
        required(given, field);
        List<T> copy = new ArrayList<>(given.size());
        for (T t : given) {
            if (t == null) {
                throw invalid(field, field + " must not contain null");
            }
            copy.add(t);
        }
        return Collections.unmodifiableList(copy);
    }

    /** The amount at scale 2: non-null, non-negative, exact to the fen. */
    static BigDecimal money(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw BusinessException.invalid(
                    LINE_INVALID, field, field + " must be a non-negative amount, was " + amount);
        }
        if (amount.scale() == 2) {
            return amount;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw BusinessException.invalid(LINE_INVALID, field, field + " must be exact to the fen, was " + amount);
        }
    }

    /** Eligible lines have no reason; excluded lines have one and an amount of zero. */
    static void consistent(boolean eligible, BigDecimal amount, ExclusionReason reason, int policyVersion) {
        if (eligible == (reason != null)) {
            throw BusinessException.invalid(
                    LINE_INVALID,
                    "reason",
                    eligible ? "An eligible line has no exclusion reason" : "An excluded line needs its reason");
        }
        if (!eligible && amount.signum() != 0) {
            throw BusinessException.invalid(LINE_INVALID, "amount", "An excluded line has amount 0.00, was " + amount);
        }
        if (policyVersion < 1) {
            throw BusinessException.invalid(LINE_INVALID, "policyVersion", "A line names its policy version");
        }
    }
}
