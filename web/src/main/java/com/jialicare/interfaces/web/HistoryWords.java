package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.LeshanCounty;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of a record's history in the user's language (docs/RULES.md §8): an action from
 * {@code history.action.<ACTION>}, a field from {@code history.field.<field>}, a record type from
 * {@code history.entity.<Type>}, and a field's old or new value: county codes as the county's name, yes/no for
 * {@code true}/{@code false}, discharge reasons, ownerships, roles, sexes and capability levels in the words the
 * other pages use, and any other value from {@code history.value.<field>.<value>}. Whatever has no words is
 * shown as it was recorded: a missing key never breaks the page. Separate from Faces so that it can be tested.
 */
public final class HistoryWords {

    /** Fields holding a county-level division code (shown as the county's name). */
    static final Set<String> COUNTY_FIELDS = Set.of("hukouCode", "countyCode");

    /** Fields whose values are words of an existing bundle family, by the family's key prefix. */
    static final Map<String, String> VALUE_PREFIXES = Map.of(
            "dischargeReason", "dischargeReason.",
            "ownership", "admin.policy.ownership.",
            "role", "role.",
            "sex", "sex.",
            "careLevel", "level.",
            "level", "level.",
            "absenceKind", "absenceKind.",
            "state", "app.state.");

    private final ResourceBundle bundle;
    private final boolean zh;

    public HistoryWords(ResourceBundle bundle, boolean zh) {
        this.bundle = bundle;
        this.zh = zh;
    }

    /** E.g. ADMITTED → 入住 / Admitted; the action itself when it has no words. */
    public String action(String action) {
        return action == null ? "" : word("history.action." + action, action);
    }

    /** E.g. hukouCode → 户籍 / Hukou; the field's name itself when it has no words. */
    public String field(String field) {
        return field == null ? "" : word("history.field." + field, field);
    }

    /** E.g. Stay → 入住记录 / Stay; the type itself when it has no words. */
    public String entity(String type) {
        return type == null ? "" : word("history.entity." + type, type);
    }

    /** A field's value as the user reads it; empty for none. */
    public String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if (value.equals("true") || value.equals("false")) {
            return word(value.equals("true") ? "yes" : "no", value);
        }
        if (field != null && COUNTY_FIELDS.contains(field)) {
            return LeshanCounty.byCode(value)
                    .map(c -> (zh ? c.nameZh() : c.nameEn()) + " (" + value + ")")
                    .orElse(value);
        }
        String prefix = field == null ? null : VALUE_PREFIXES.get(field);
        if (prefix != null && bundle.containsKey(prefix + value)) {
            return bundle.getString(prefix + value);
        }
        return word("history.value." + field + "." + value, value);
    }

    private String word(String key, String fallback) {
        try {
            return bundle.containsKey(key) ? bundle.getString(key) : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
