package com.jialicare.application;

import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.ApplicationEvent;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.infrastructure.Clocks;
import com.jialicare.infrastructure.export.ApplicationExcelExport;
import com.jialicare.infrastructure.export.ApplicationReport;
import com.jialicare.infrastructure.export.ApprovalSheetPdf;
import com.jialicare.infrastructure.export.ExportTexts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An application's documents for auditors, for whoever may read the application. */
@Stateless
public class ApplicationExportService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ApplicationService applications;

    public byte[] linesWorkbook(long id, Integer revision, boolean chinese) {
        return new ApplicationExcelExport().export(report(applications.get(id, revision), chinese));
    }

    public byte[] approvalSheet(long id, boolean chinese) {
        return new ApprovalSheetPdf().export(report(applications.get(id, null), chinese));
    }

    static ApplicationReport report(Details d, boolean zh) {
        var a = d.application();
        Locale locale = zh ? Locale.CHINESE : Locale.ENGLISH;
        ExportTexts t = ExportTexts.of(zh);
        String county = LeshanCounty.byCode(d.home().getCountyCode()).map(c -> zh ? c.nameZh() : c.nameEn())
                .orElse(d.home().getCountyCode());
        String period = a.getAsOf() != null ? t.format("period.asOf.pattern", a.getAsOf())
                : a.getFrom() + " – " + a.getTo();
        String kind = t.text("kind." + a.getKind().name());
        return new ApplicationReport(a.getId(), d.home().getName(), d.home().getCreditCode(), county, kind, period,
                a.getState().name(), d.revisionShown(), a.getTotal(), a.getNoticeFrom(), a.getNoticeLastDay(),
                d.lines().stream().map(l -> line(l, d, t, locale)).toList(),
                a.getEvents().stream().map(ApplicationExportService::step).toList(), zh);
    }

    private static ApplicationReport.Line line(FrozenLine l, Details d, ExportTexts t, Locale locale) {
        String subject;
        String detail;
        if (l.getBedId() != null) {
            subject = t.format("line.bed.pattern", l.getBedCode());
            detail = t.format("line.commissioned.pattern", l.getCommissionedOn());
        } else {
            subject = d.residentNames().getOrDefault(l.getResidentId(), "#" + l.getResidentId());
            detail = t.format("line.stay.pattern", l.getStayId());
        }
        return new ApplicationReport.Line(l.getLineNo(), subject, detail,
                l.getMonth() == null ? null : l.getMonth().toString().substring(0, 7), l.getPresentDays(),
                l.getCareLevel(), l.isEligible(), l.getAmount(), l.getReasonCode(),
                l.getReasonCode() == null ? null : ExclusionReason.valueOf(l.getReasonCode()).reason(locale),
                l.getPolicyVersion());
    }

    private static ApplicationReport.Step step(ApplicationEvent e) {
        return new ApplicationReport.Step(e.getOccurredAt().atZone(Clocks.ZONE).format(WHEN), e.getActor(), e.getAction(),
                e.getToState().name(), e.getComment());
    }
}
