package com.jialicare.interfaces.shared;

import com.jialicare.application.FamilyService.Elder;
import com.jialicare.domain.model.application.ApplicationState;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What a family member reads: an application's state and what it means for them, a capability level and the
 * elder's stay in plain words, Chinese or English, dates written out ({@link LongDates}). Shared by the family page and {@code GET /api/family/residents}, so both say
 * the same; the words are the {@code plain.*} keys of the one UI bundle ({@code com/jialicare/web/messages}),
 * which REST reads here without Faces.
 */
public final class PlainWords {

    private static final String BUNDLE = "com.jialicare.web.messages";

    private PlainWords() {}

    /** Where an application stands, e.g. 已提交，等待区县民政局审核. */
    public static String state(ApplicationState s, boolean zh) {
        return words(zh).getString("plain.state." + s.name());
    }

    /**
     * Where an application stands on {@code today} (issue #16 item 6, {@code DisplayedState}): a notice whose last
     * day has passed reads {@code plain.status.NOTICE_ENDED}, anything else as {@link #state}.
     */
    public static String state(
            ApplicationState s, java.time.LocalDate noticeLastDay, java.time.LocalDate today, boolean zh) {
        return com.jialicare.domain.model.application.DisplayedState.of(s, noticeLastDay, today)
                        == com.jialicare.domain.model.application.DisplayedState.NOTICE_ENDED
                ? words(zh).getString("plain.status.NOTICE_ENDED")
                : state(s, zh);
    }

    /**
     * What the state means for the family, in a sentence without officials' terms, e.g. 政府补贴已发放给养老院，
     * 这件事已经办完。
     */
    public static String meaning(ApplicationState s, boolean zh) {
        return words(zh).getString("plain.meaning." + s.name());
    }

    /** The capability level 0 to 4 in words (GB/T 42195-2022), e.g. 中度失能. */
    public static String level(int level, boolean zh) {
        return words(zh).getString("plain.level." + level);
    }

    /** One sentence a family member understands at a glance. */
    public static String summary(Elder e, boolean zh) {
        String name = e.resident().name();
        if (e.stay() == null) {
            return format(zh, "plain.summary.noStay", name);
        }
        String home = e.home().getName();
        if (e.stay().getDischargedOn() != null) {
            return format(
                    zh, "plain.summary.left", name, LongDates.date(e.stay().getDischargedOn(), zh), home);
        }
        String minimumStay = e.minimumStayReachedOn() == null
                ? format(zh, "plain.summary.cannotCount")
                : format(
                        zh,
                        e.minimumStayReached() ? "plain.summary.reached" : "plain.summary.reachesOn",
                        e.minimumStayMonths(),
                        LongDates.date(e.minimumStayReachedOn(), zh));
        return format(zh, "plain.summary.lives", name, LongDates.date(e.stay().getAdmittedOn(), zh), home, minimumStay);
    }

    private static String format(boolean zh, String key, Object... args) {
        return new MessageFormat(words(zh).getString(key), zh ? Locale.CHINESE : Locale.ENGLISH).format(args);
    }

    private static ResourceBundle words(boolean zh) {
        return ResourceBundle.getBundle(
                BUNDLE,
                zh ? Locale.CHINESE : Locale.ENGLISH,
                PlainWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
