package com.jialicare.infrastructure.export;

import com.jialicare.domain.model.application.ApplicationState;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the exported documents in the reader's language, from the {@code export} bundle beside
 * this class ({@code export.properties}, {@code export_zh.properties}) instead of {@code zh ? "…" : "…"} in
 * the code. The EJB module cannot read the web module's {@code messages} bundle, hence a bundle of its own.
 */
public final class ExportTexts {

    private static final String BUNDLE = "com.jialicare.infrastructure.export.export";

    private final ResourceBundle bundle;

    private ExportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Chinese or English; never the server's default locale. */
    public static ExportTexts of(boolean chinese) {
        return new ExportTexts(ResourceBundle.getBundle(
                BUNDLE,
                chinese ? Locale.CHINESE : Locale.ROOT,
                ExportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The text of a key. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The texts of several keys, e.g. a table's column headers. */
    public String[] texts(String... keys) {
        return List.of(keys).stream().map(this::text).toArray(String[]::new);
    }

    /** A {@code .pattern} text with {@code {0}}, {@code {1}} … replaced by the arguments as they are written. */
    public String format(String key, Object... args) {
        String s = text(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /**
     * The application's state as the document shows it on the day it was made: a notice that has ended reads
     * {@code status.NOTICE_ENDED} (issue #16 item 6), anything else as {@link #state(ApplicationState)}.
     */
    public String state(ApplicationReport r) {
        return r.displayedState() == com.jialicare.domain.model.application.DisplayedState.NOTICE_ENDED
                ? text("status.NOTICE_ENDED")
                : state(r.state());
    }

    /** The state in words, as the documents name it. */
    public String state(ApplicationState state) {
        return text("state." + state.name());
    }

    /** A recorded action (SUBMIT, COUNTY_APPROVE …) in words; an action the bundle does not know reads as "—". */
    public String action(String code) {
        return bundle.containsKey("action." + code) ? text("action." + code) : "—";
    }

    /** An adjustment's type (BACK_PAY, RECOVERY) in words. */
    public String adjustmentType(String code) {
        return text("adjustment.type." + code);
    }

    /**
     * The change or correction behind an adjustment (a recorded audit action, e.g. STAY_CORRECTED) in words; an
     * action the bundle does not name reads as "a change or correction", none as "—".
     */
    public String cause(String code) {
        if (code == null) {
            return "—";
        }
        return bundle.containsKey("cause." + code) ? text("cause." + code) : text("cause.other");
    }

    /** A care level 0–4 as its number and name. */
    public String level(Integer level) {
        return level == null
                ? ""
                : bundle.containsKey("level." + level) ? text("level." + level) : String.valueOf(level);
    }

    /**
     * What the application's amount is at this state: requested while the home prepares it or has it back,
     * proposed between the county's approval and the city's, approved from the city's approval on.
     */
    public String amountLabel(ApplicationState state) {
        return switch (state) {
            case DRAFT, SUBMITTED, RETURNED, WITHDRAWN -> text("amount.requested");
            case COUNTY_APPROVED, PUBLIC_NOTICE -> text("amount.proposed");
            case CITY_APPROVED, PAID -> text("amount.approved");
        };
    }

    /** An amount in yuan as the documents print it: thousands grouped, two decimals ({@code 12,345.60}). */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        f.setParseBigDecimal(true);
        return f.format(amount);
    }
}
