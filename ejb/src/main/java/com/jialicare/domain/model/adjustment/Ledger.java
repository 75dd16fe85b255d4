package com.jialicare.domain.model.adjustment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of money over time (RULES.md §8.4, §8.7), exact to the fen.
 * <ul>
 *   <li>{@link #owed}: on a key a paid application claimed, owed = recomputed − paid − the adjustments of the key
 *       already claimed by a live application; nothing when that is zero (a change corrected back before
 *       anything further was paid leaves nothing).</li>
 *   <li>{@link #net}: a new application claims every outstanding adjustment of its home and kind; its total is
 *       its lines + its adjustments, never below zero. Back-pays are claimed whole; recoveries, oldest first
 *       (by the application and line they correct), as far as the total allows; what a recovery could not take
 *       stays outstanding (carried over) and is claimed by a later application.</li>
 * </ul>
 * The identity these keep (§8.7), for a home and kind once nothing is under review: the totals paid + what is
 * outstanding = the recomputed amounts of every key a paid application claimed − the hold-period recoveries.
 */
public final class Ledger {

    private static final int FEN = 2;

    /** Back-pays first, then the oldest correction first: the order in which {@link #net} claims. */
    public static final Comparator<Owed> CLAIM_ORDER = Comparator.comparing(
                    (Owed o) -> o.amount().signum() < 0)
            .thenComparingLong(Owed::correctsApplicationId)
            .thenComparing(o -> o.lineNo() == null ? Integer.MAX_VALUE : o.lineNo())
            .thenComparing(o -> o.key().toString());

    private Ledger() {}

    /**
     * What is owed on one key (§8.4).
     *
     * @param recomputed         the key's amount from the facts as they are now, under the policy table as it
     *                           stood when the paid line was frozen (zero when the key is no longer eligible)
     * @param paid               the paid line's amount (zero for a hold-period key)
     * @param claimedAdjustments the sum of the key's adjustments in a live application (claimed or paid)
     * @return the outstanding adjustment, or empty when nothing is owed
     */
    public static Optional<Owed> owed(
            LineKey key,
            long careHomeId,
            long correctsApplicationId,
            Integer lineNo,
            Long residentId,
            BigDecimal recomputed,
            BigDecimal paid,
            BigDecimal claimedAdjustments,
            Cause cause) {
        BigDecimal old = fen(paid).add(fen(claimedAdjustments));
        BigDecimal now = fen(recomputed);
        BigDecimal amount = now.subtract(old);
        if (amount.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new Owed(key, careHomeId, correctsApplicationId, lineNo, residentId, old, now, amount, cause));
    }

    /** One outstanding adjustment as a new application claims it: whole, or part of a recovery. */
    public record Claim(Owed owed, BigDecimal amount) {

        public Claim {
            Objects.requireNonNull(owed, "owed");
            if (amount.signum() == 0
                    || amount.signum() != owed.amount().signum()
                    || amount.abs().compareTo(owed.amount().abs()) > 0) {
                throw new IllegalArgumentException("A claim takes part or all of what is owed, never more: " + amount);
            }
        }

        /** Whether the whole of what is owed is claimed. */
        public boolean whole() {
            return amount.compareTo(owed.amount()) == 0;
        }
    }

    /**
     * An application's total with its adjustments: the claims, {@code linesTotal}, {@code adjustmentsTotal} (the
     * claims' sum, negative when recoveries outweigh back-pays), {@code total} = lines + adjustments (never below
     * zero) and {@code recoveryCarriedOver} (what recoveries could not take, positive, owed on).
     */
    public record Netting(
            List<Claim> claims,
            BigDecimal linesTotal,
            BigDecimal adjustmentsTotal,
            BigDecimal total,
            BigDecimal recoveryCarriedOver) {

        public Netting {
            claims = List.copyOf(claims);
        }
    }

    /** How an application with lines worth {@code linesTotal} claims the outstanding adjustments (§8.4). */
    public static Netting net(BigDecimal linesTotal, List<Owed> outstanding) {
        BigDecimal lines = fen(linesTotal);
        if (lines.signum() < 0) {
            throw new IllegalArgumentException("Lines are never negative: " + lines);
        }
        List<Owed> ordered = new ArrayList<>(outstanding);
        ordered.sort(CLAIM_ORDER);
        List<Claim> claims = new ArrayList<>();
        BigDecimal total = lines;
        BigDecimal carried = BigDecimal.ZERO.setScale(FEN);
        for (Owed o : ordered) {
            BigDecimal amount = fen(o.amount());
            if (amount.signum() > 0) {
                claims.add(new Claim(o, amount));
                total = total.add(amount);
                continue;
            }
            BigDecimal take = amount.negate().min(total);
            if (take.signum() > 0) {
                claims.add(new Claim(o, take.negate()));
                total = total.subtract(take);
            }
            carried = carried.add(amount.negate().subtract(take));
        }
        BigDecimal adjustments = total.subtract(lines);
        return new Netting(claims, lines, adjustments, total, carried);
    }

    private static BigDecimal fen(BigDecimal amount) {
        return amount == null
                ? BigDecimal.ZERO.setScale(FEN)
                : amount.setScale(FEN, java.math.RoundingMode.UNNECESSARY);
    }
}
