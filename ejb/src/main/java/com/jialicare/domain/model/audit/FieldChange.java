package com.jialicare.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One field a change or correction touched: its name (the REST field name, e.g. {@code hukouCode}) and its
 * value before and after, as text ({@code null} for none). Values longer than 500 characters are cut.
 */
@Embeddable
public class FieldChange implements java.io.Serializable {

    static final int MAX = 500;

    @Column(name = "field", nullable = false, length = 64)
    private String field;

    @Column(name = "before_value", length = MAX)
    private String before;

    @Column(name = "after_value", length = MAX)
    private String after;

    protected FieldChange() {
        // for JPA
    }

    private FieldChange(String field, String before, String after) {
        this.field = Objects.requireNonNull(field, "field");
        this.before = cut(before);
        this.after = cut(after);
    }

    /** The field's old and new value, each by its {@code toString()} ({@code null} stays null). */
    public static FieldChange of(String field, Object before, Object after) {
        return new FieldChange(
                field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX);
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldChange c
                && field.equals(c.field)
                && Objects.equals(before, c.before)
                && Objects.equals(after, c.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, before, after);
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
