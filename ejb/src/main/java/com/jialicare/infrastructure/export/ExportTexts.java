package com.jialicare.infrastructure.export;

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
        return new ExportTexts(ResourceBundle.getBundle(BUNDLE, chinese ? Locale.CHINESE : Locale.ROOT,
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
}
