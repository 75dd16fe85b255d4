package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.interfaces.web.session.LocaleBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the pages write dates and division names: {@code #{formats.date(d)}}, {@code #{formats.county(c)}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    @Inject
    private LocaleBean locale;

    /** {@code yyyy-MM-dd}, or empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The county's name in the user's language, e.g. 市中区 or Shizhong District; the code if unknown. */
    public String county(String code) {
        return LeshanCounty.byCode(code).map(this::name).orElse(code == null ? "" : code);
    }

    /** Record numbers as a list: {@code 12, 40}. */
    public String ids(Collection<?> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public String name(LeshanCounty county) {
        return locale.isChinese() ? county.nameZh() : county.nameEn();
    }
}
