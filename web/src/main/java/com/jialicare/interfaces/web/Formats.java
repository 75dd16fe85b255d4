package com.jialicare.interfaces.web;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.DisplayedState;
import com.jialicare.domain.model.shared.CityTime;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.interfaces.shared.LongDates;
import com.jialicare.interfaces.shared.PlainWords;
import com.jialicare.interfaces.web.session.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How every page writes values: dates {@code yyyy-MM-dd}, months {@code yyyy-MM}, money with two decimals
 * ({@code ¥11,000.00}), and counties, states, kinds, levels and exclusion reasons in the user's language:
 * {@code #{formats.date(d)}}, {@code #{formats.money(x)}} and so on. The texts themselves come from the
 * {@code msg} bundle through {@link Messages}.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Inject
    private LocaleBean locale;

    @Inject
    private java.time.Clock clock;

    /** {@code yyyy-MM-dd}, or empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date as families read it, 2025年2月18日 or 18 February 2025 ({@link LongDates}, the family pages). */
    public String longDate(LocalDate date) {
        return LongDates.date(date, zh());
    }

    /** A range of months as families read it, 2025年1月至3月 or January – March 2025 ({@link LongDates}). */
    public String longMonths(YearMonth first, YearMonth last) {
        return LongDates.months(first, last, zh());
    }

    /** An instant as a day and minute in Leshan's time zone. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(CityTime.ZONE));
    }

    /** A month {@code yyyy-MM}, from a {@link YearMonth} or any day of it. */
    public String month(Object month) {
        if (month instanceof YearMonth m) {
            return MONTH.format(m);
        }
        if (month instanceof LocalDate d) {
            return MONTH.format(d);
        }
        return "";
    }

    /** Yuan with two decimals and a thousands separator: ¥1,400.00; empty for no amount. */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String money(BigDecimal amount) {
        return yuan(amount);
    }

    /** The county's name in the user's language, e.g. 市中区 or Shizhong District; the code if unknown. */
    public String county(String code) {
        return LeshanCounty.byCode(code).map(this::name).orElse(code == null ? "" : code);
    }

    public String name(LeshanCounty county) {
        return zh() ? county.nameZh() : county.nameEn();
    }

    /** Record numbers as a list: {@code 12, 40}. */
    public String ids(Collection<?> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Names as a list in the user's language: {@code 王秀英、李明} or {@code Wang, Li}. */
    public String names(Collection<String> names) {
        return names == null ? "" : String.join(zh() ? "、" : ", ", names);
    }

    public String state(ApplicationState state) {
        return state == null ? "" : Messages.text("app.state." + state.name());
    }

    /**
     * The state as shown today (issue #16 item 6, {@link DisplayedState}): "公示中，至 2025-03-07" while a notice
     * runs, "公示已结束，待审批" once its last day has passed. Every page showing an application's state uses this.
     */
    public String status(ApplicationState state, LocalDate noticeLastDay) {
        DisplayedState s = displayed(state, noticeLastDay);
        if (s == null) {
            return "";
        }
        return s.showsNoticeEnd() && noticeLastDay != null
                ? Messages.text("app.status.NOTICE_RUNNING.until", date(noticeLastDay))
                : Messages.text("app.status." + s.name());
    }

    /** The displayed state's name, for a style class ({@code jiali-state-NOTICE_ENDED}). */
    public String statusCode(ApplicationState state, LocalDate noticeLastDay) {
        DisplayedState s = displayed(state, noticeLastDay);
        return s == null ? "" : s.name();
    }

    /** The displayed state today ({@link DisplayedState#of}, the domain's one rule). */
    public DisplayedState displayed(ApplicationState state, LocalDate noticeLastDay) {
        return DisplayedState.of(state, noticeLastDay, LocalDate.now(clock));
    }

    /** The state as a family member reads it (the same words as the family API). */
    public String plainState(ApplicationState state) {
        return state == null ? "" : PlainWords.state(state, zh());
    }

    /** The state as a family member reads it today: an ended notice says so (the family API's words too). */
    public String plainState(ApplicationState state, LocalDate noticeLastDay) {
        return state == null ? "" : PlainWords.state(state, noticeLastDay, LocalDate.now(clock), zh());
    }

    /** What the state means for a family member, in a sentence (the same words as the family API). */
    public String plainMeaning(ApplicationState state) {
        return state == null ? "" : PlainWords.meaning(state, zh());
    }

    public String kind(ApplicationKind kind) {
        return kind == null ? "" : Messages.text("app.kind." + kind.name());
    }

    /** The capability level with its number, e.g. "2 中度失能": the same words as the registry's level.N. */
    public String level(Integer level) {
        return level == null ? "" : Messages.text("level." + level);
    }

    /**
     * The readable reason of an exclusion code; empty for an eligible line (EL passes its null as ""). A
     * recomputed line the facts no longer give ({@code NOT_IN_FACTS}, RULES.md §8.3) has words of its own.
     */
    public String reason(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        if (com.jialicare.application.subsidy.RecomputationService.NOT_IN_FACTS.equals(code)) {
            return Messages.text("recompute.reason.NOT_IN_FACTS");
        }
        return ExclusionReason.valueOf(code).reason(zh() ? Locale.CHINESE : Locale.ENGLISH);
    }

    /** "Yes"/"No" in the user's language. */
    public String yesNo(boolean value) {
        return Messages.text(value ? "yes" : "no");
    }

    /** A history's action in the user's language (history.action.*), else the action as recorded. */
    public String action(String action) {
        return history().action(action);
    }

    /** A history's field name in the user's language (history.field.*), else the name as recorded. */
    public String field(String field) {
        return history().field(field);
    }

    /** A record type in the user's language (history.entity.*), else the type as recorded. */
    public String entity(String type) {
        return history().entity(type);
    }

    /** A field's old or new value in the user's language where it is a code (county, reason, yes/no…). */
    public String value(String field, String value) {
        return history().value(field, value);
    }

    private HistoryWords history() {
        return new HistoryWords(Messages.bundle(), zh());
    }

    public boolean zh() {
        return locale.isChinese();
    }
}
