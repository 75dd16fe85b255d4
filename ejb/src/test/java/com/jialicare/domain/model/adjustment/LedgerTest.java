package com.jialicare.domain.model.adjustment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static Owed owed(long app, int line, String amount) {
        return Ledger.owed(LineKey.month(line, MAY), 1, app, line, 9L, m(amount), m("0.00"), m("0.00"), null)
                .orElseThrow();
    }

    @Test
    void owedIsRecomputedLessPaidLessClaimedAdjustments() {
        Owed o = Ledger.owed(LineKey.month(7, MAY), 1, 3, 4, 9L, m("100.00"), m("120.00"), m("-10.00"), null)
                .orElseThrow();
        assertEquals(m("110.00"), o.oldAmount());
        assertEquals(m("100.00"), o.newAmount());
        assertEquals(m("-10.00"), o.amount());
        assertEquals(AdjustmentType.RECOVERY, o.type());
    }

    @Test
    void nothingIsOwedWhenTheFactsGiveWhatWasPaid() {
        // a change corrected back before anything further was paid leaves nothing behind
        assertTrue(Ledger.owed(LineKey.bed(5), 1, 3, 1, null, m("11000"), m("11000.00"), null, null)
                .isEmpty());
        assertTrue(Ledger.owed(LineKey.bed(5), 1, 3, 1, null, m("0"), m("11000.00"), m("-11000"), null)
                .isEmpty());
    }

    @Test
    void backPayAndRecoveryAddToTheLines() {
        Ledger.Netting n = Ledger.net(m("1000.00"), List.of(owed(1, 1, "120.00"), owed(1, 3, "-300.00")));
        assertEquals(m("1000.00"), n.linesTotal());
        assertEquals(m("-180.00"), n.adjustmentsTotal());
        assertEquals(m("820.00"), n.total());
        assertEquals(m("0.00"), n.recoveryCarriedOver());
        assertEquals(2, n.claims().size());
        assertTrue(n.claims().stream().allMatch(Ledger.Claim::whole));
    }

    @Test
    void theTotalNeverGoesBelowZeroAndTheRestIsCarriedOver() {
        Owed older = owed(1, 1, "-700.00");
        Owed newer = owed(2, 1, "-500.00");
        Ledger.Netting n = Ledger.net(m("1000.00"), List.of(newer, older));
        assertEquals(m("0.00"), n.total());
        assertEquals(m("-1000.00"), n.adjustmentsTotal());
        assertEquals(m("200.00"), n.recoveryCarriedOver());
        // the oldest correction is claimed first, whole; the newer one in part
        assertEquals(older, n.claims().get(0).owed());
        assertTrue(n.claims().get(0).whole());
        assertEquals(m("-300.00"), n.claims().get(1).amount());
    }

    @Test
    void backPaysAreClaimedBeforeRecoveriesSoTheyCanBeNetted() {
        Ledger.Netting n = Ledger.net(m("0.00"), List.of(owed(1, 1, "-150.00"), owed(2, 1, "100.00")));
        assertEquals(m("0.00"), n.total());
        assertEquals(m("50.00"), n.recoveryCarriedOver());
        assertEquals(m("100.00"), n.claims().get(0).amount());
        assertEquals(m("-100.00"), n.claims().get(1).amount());
    }

    @Test
    void aRecoveryWithNothingToNetStaysOutstandingUnclaimed() {
        Ledger.Netting n = Ledger.net(m("0"), List.of(owed(1, 1, "-150.00")));
        assertTrue(n.claims().isEmpty());
        assertEquals(m("150.00"), n.recoveryCarriedOver());
        assertEquals(m("0.00"), n.total());
    }

    @Test
    void refusesNegativeLinesAndOverClaims() {
        assertThrows(IllegalArgumentException.class, () -> Ledger.net(m("-1"), List.of()));
        Owed o = owed(1, 1, "-10.00");
        assertThrows(IllegalArgumentException.class, () -> new Ledger.Claim(o, m("-10.01")));
        assertThrows(IllegalArgumentException.class, () -> new Ledger.Claim(o, m("5.00")));
    }

    /**
     * The identity of §8.7 over random histories of one key set: pay, let the facts move, claim what is owed with
     * the next application (netted against random new lines), pay it, repeat; at the end paid + outstanding equals
     * the recomputed amounts of the paid keys.
     */
    @Test
    void theLedgerIdentityHoldsOverRandomHistories() {
        Random random = new Random(42);
        for (int history = 0; history < 500; history++) {
            int keys = 1 + random.nextInt(6);
            Map<Integer, BigDecimal> paidLine = new HashMap<>();
            Map<Integer, BigDecimal> claimed = new HashMap<>();
            Map<Integer, BigDecimal> facts = new HashMap<>();
            BigDecimal paidTotals = BigDecimal.ZERO;
            BigDecimal newLinesPaid = BigDecimal.ZERO;
            for (int k = 0; k < keys; k++) {
                BigDecimal amount = cents(random, 30000);
                paidLine.put(k, amount);
                claimed.put(k, BigDecimal.ZERO.setScale(2));
                facts.put(k, amount);
                paidTotals = paidTotals.add(amount);
            }
            for (int round = 0; round < 8; round++) {
                for (int k = 0; k < keys; k++) {
                    if (random.nextInt(3) == 0) {
                        facts.put(k, random.nextBoolean() ? BigDecimal.ZERO.setScale(2) : cents(random, 30000));
                    }
                }
                List<Owed> outstanding = outstanding(keys, facts, paidLine, claimed);
                BigDecimal lines = random.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2) : cents(random, 20000);
                Ledger.Netting n = Ledger.net(lines, outstanding);
                assertTrue(n.total().signum() >= 0);
                assertEquals(n.total(), n.linesTotal().add(n.adjustmentsTotal()));
                for (Ledger.Claim c : n.claims()) {
                    int k = c.owed().key().stayId().intValue();
                    claimed.merge(k, c.amount(), BigDecimal::add);
                }
                paidTotals = paidTotals.add(n.total());
                newLinesPaid = newLinesPaid.add(n.linesTotal());
            }
            BigDecimal stillOwed = outstanding(keys, facts, paidLine, claimed).stream()
                    .map(Owed::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal recomputed = facts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // the new applications' own lines are keys of their own, paid as they were frozen
            assertEquals(
                    recomputed.add(newLinesPaid).setScale(2),
                    paidTotals.add(stillOwed).setScale(2),
                    "history " + history);
        }
    }

    private static List<Owed> outstanding(
            int keys, Map<Integer, BigDecimal> facts, Map<Integer, BigDecimal> paid, Map<Integer, BigDecimal> claimed) {
        List<Owed> result = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            Ledger.owed(LineKey.month(k, MAY), 1, 1, k, null, facts.get(k), paid.get(k), claimed.get(k), null)
                    .ifPresent(result::add);
        }
        return result;
    }

    private static BigDecimal cents(Random random, int maxYuan) {
        return BigDecimal.valueOf(random.nextInt(maxYuan * 100), 2);
    }
}
