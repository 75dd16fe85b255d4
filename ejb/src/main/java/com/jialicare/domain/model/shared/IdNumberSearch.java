package com.jialicare.domain.model.shared;

import java.util.regex.Pattern;

/**
 * What a search term may find of an ID number that the list shows masked ({@link IdNumber#masked()}: the first
 * {@value IdNumber#VISIBLE_PREFIX} and last {@value IdNumber#VISIBLE_SUFFIX} characters, the ten between them
 * as asterisks). A search only finds what the user can see, or what they already know whole:
 * <ul>
 *   <li>a whole ID number (18 characters, {@code x} read as {@code X}) finds that number exactly;
 *   <li>the masked form as the list shows it ({@code 5111**********4803}) finds the numbers with that first four
 *       and last four;
 *   <li>1 to 4 digits (an {@code X} only last) find the numbers whose first four or last four contain them;
 *   <li>anything else finds no number (5 to 17 digits would need the hidden ones) — only names.
 * </ul>
 * Written once here; ResidentRepository asks the same in JPQL, and the unit tests hold the two to the examples.
 */
public sealed interface IdNumberSearch {

    /** The term is a whole ID number. */
    record Whole(String value) implements IdNumberSearch {}

    /** The term is the masked form: the visible first and last characters. */
    record Masked(String prefix, String suffix) implements IdNumberSearch {}

    /** The term is a run of characters that fits inside the visible first or last four. */
    record Part(String part) implements IdNumberSearch {}

    /** The term cannot find a number by what the list shows. */
    record None() implements IdNumberSearch {}

    Pattern WHOLE = Pattern.compile("\\d{17}[\\dX]");
    Pattern MASKED = Pattern.compile("(\\d{4})\\*{10}(\\d{3}[\\dX])");
    Pattern PART = Pattern.compile("\\d{1,4}|\\d{0,3}X");

    static IdNumberSearch of(String term) {
        if (term == null) {
            return new None();
        }
        String t = term.strip().replace('x', 'X');
        if (WHOLE.matcher(t).matches()) {
            return new Whole(t);
        }
        var masked = MASKED.matcher(t);
        if (masked.matches()) {
            return new Masked(masked.group(1), masked.group(2));
        }
        if (PART.matcher(t).matches()) {
            return new Part(t);
        }
        return new None();
    }

    /** Whether the term finds this ID number (the whole 18 characters, upper-case X). */
    default boolean matches(String idNumber) {
        String first = idNumber.substring(0, IdNumber.VISIBLE_PREFIX);
        String last = idNumber.substring(idNumber.length() - IdNumber.VISIBLE_SUFFIX);
        if (this instanceof Whole w) {
            return w.value().equals(idNumber);
        }
        if (this instanceof Masked m) {
            return m.prefix().equals(first) && m.suffix().equals(last);
        }
        if (this instanceof Part p) {
            return first.contains(p.part()) || last.contains(p.part());
        }
        return false;
    }
}
