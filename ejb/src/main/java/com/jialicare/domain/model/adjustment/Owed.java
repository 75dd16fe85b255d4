package com.jialicare.domain.model.adjustment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An outstanding adjustment (RULES.md §8.4): on {@code key}, which the paid application {@code correctsApplicationId}
 * claimed as its line {@code lineNo}, the current facts give {@code newAmount} while {@code oldAmount} was paid
 * for it (the line plus every adjustment of the key already claimed by a live application); {@code amount} =
 * new − old, never zero. {@code residentId} is set for operating keys, for display.
 */
public record Owed(
        LineKey key,
        long careHomeId,
        long correctsApplicationId,
        Integer lineNo,
        Long residentId,
        BigDecimal oldAmount,
        BigDecimal newAmount,
        BigDecimal amount,
        Cause cause) {

    public Owed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("Nothing is owed on " + key);
        }
    }

    public AdjustmentType type() {
        return AdjustmentType.of(amount);
    }
}
