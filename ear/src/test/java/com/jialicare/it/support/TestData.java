package com.jialicare.it.support;

import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid identifiers that no other test of the same run uses. */
public final class TestData {

    private static final AtomicInteger SEQ =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestData() {}

    /** A valid 18-digit ID number: region 511102, the birth date, a sequence, the sex digit, the check. */
    public static String idNumber(LocalDate birth, boolean male) {
        int seq = SEQ.incrementAndGet() % 50;
        int sexDigit = (ThreadLocalRandom.current().nextInt(5) * 2) + (male ? 1 : 0);
        String first17 = String.format(
                "%s%s%02d%d", pickRegion(), birth.format(DateTimeFormatter.BASIC_ISO_DATE), seq, sexDigit);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String pickRegion() {
        // any six digits; historical codes are allowed. Vary them so two tests never collide.
        return String.format("%06d", 110000 + ThreadLocalRandom.current().nextInt(800000));
    }

    /** A valid unified social credit code (random body: 31^9 possibilities, so never a clash in practice). */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("52511102");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    public static String name(String prefix) {
        return prefix + SEQ.incrementAndGet();
    }
}
