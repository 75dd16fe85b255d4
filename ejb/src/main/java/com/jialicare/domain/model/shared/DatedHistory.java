package com.jialicare.domain.model.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact that changes on days (docs/RULES.md §8.1): a hukou, state support, a home's ownership, premises or
 * filed capacity. Entries are kept oldest first, at most one per day. The value on a day is that of the latest
 * entry effective on or before it; a day before the first entry takes the first entry's value (the first
 * entry is the fact as first recorded, dated from the earliest day it matters, so an earlier day means it
 * was dated a little late, and it is the best fact there is — as for assessments).
 *
 * <p>Immutable: {@link #with} and {@link #without} answer a new history. Persistence is the owner's: each
 * aggregate maps its entries to its own table and builds the history from them.
 *
 * @param <T> the value's type (a code, a flag, an enum, a record of several fields)
 */
public final class DatedHistory<T> {

    /** One entry: from {@code effectiveOn} on, the value is {@code value}. */
    public record Entry<T>(LocalDate effectiveOn, T value) {
        public Entry {
            Objects.requireNonNull(effectiveOn, "effectiveOn");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Entry<T>> entries;

    private DatedHistory(List<Entry<T>> sorted) {
        this.entries = Collections.unmodifiableList(sorted);
    }

    /**
     * A history of these entries, in any order.
     *
     * @throws BusinessException {@code DUPLICATE_EFFECTIVE_DATE} if two entries share a day
     */
    public static <T> DatedHistory<T> of(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::effectiveOn));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveOn().equals(sorted.get(i - 1).effectiveOn())) {
                throw duplicate(sorted.get(i).effectiveOn());
            }
        }
        return new DatedHistory<>(sorted);
    }

    /** A history of one value from one day. */
    public static <T> DatedHistory<T> starting(LocalDate effectiveOn, T value) {
        return new DatedHistory<>(List.of(new Entry<>(effectiveOn, value)));
    }

    public static <T> DatedHistory<T> empty() {
        return new DatedHistory<>(List.of());
    }

    /**
     * This history with a new entry (a change).
     *
     * @throws BusinessException {@code DUPLICATE_EFFECTIVE_DATE} (field {@code effectiveOn}) if an entry
     *     already starts that day: correct or withdraw it instead
     */
    public DatedHistory<T> with(LocalDate effectiveOn, T value) {
        List<Entry<T>> next = new ArrayList<>(entries);
        next.add(new Entry<>(effectiveOn, value));
        return of(next);
    }

    /**
     * This history without the entry of that day (withdrawn as entered by mistake).
     *
     * @throws BusinessException {@code NO_SUCH_ENTRY} (404) if no entry starts that day, {@code LAST_ENTRY}
     *     (409) if it is the only one: a fact must keep a value; correct it instead
     */
    public DatedHistory<T> without(LocalDate effectiveOn) {
        List<Entry<T>> next = new ArrayList<>(entries);
        if (!next.removeIf(e -> e.effectiveOn().equals(effectiveOn))) {
            throw BusinessException.notFound("NO_SUCH_ENTRY", "No entry of this history starts on {0}", effectiveOn);
        }
        if (next.isEmpty()) {
            throw BusinessException.conflict(
                    "LAST_ENTRY", "effectiveOn", "The only entry of a history cannot be withdrawn; correct it");
        }
        return new DatedHistory<>(next);
    }

    /** The value on that day (see the class comment); empty only if the history is empty. */
    public Optional<T> valueOn(LocalDate day) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        T value = entries.get(0).value();
        for (Entry<T> e : entries) {
            if (e.effectiveOn().isAfter(day)) {
                break;
            }
            value = e.value();
        }
        return Optional.of(value);
    }

    /** The value of the latest entry (today's, unless a change is dated in the future). */
    public Optional<T> latest() {
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.get(entries.size() - 1).value());
    }

    /** The entry starting that day, if any. */
    public Optional<Entry<T>> entryOn(LocalDate effectiveOn) {
        return entries.stream().filter(e -> e.effectiveOn().equals(effectiveOn)).findFirst();
    }

    /** Oldest first. */
    public List<Entry<T>> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static BusinessException duplicate(LocalDate day) {
        return BusinessException.conflict(
                "DUPLICATE_EFFECTIVE_DATE", "effectiveOn", "An entry of this history already starts on {0}", day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedHistory<?> h && entries.equals(h.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
