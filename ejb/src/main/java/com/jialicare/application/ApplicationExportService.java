package com.jialicare.application;

import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.ApplicationEvent;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.infrastructure.Clocks;
import com.jialicare.infrastructure.export.ApplicationExcelExport;
import com.jialicare.infrastructure.export.ApplicationReport;
import com.jialicare.infrastructure.export.ApprovalSheetPdf;
import com.jialicare.infrastructure.export.ExportTexts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application's documents for auditors, for whoever may read the application: the lines workbook and the
 * approval sheet, with what a clerk filing them needs beyond the details (masked ID numbers, beds, the
 * reviewers' names).
 */
@Stateless
public class ApplicationExportService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private ApplicationService applications;

    @Inject
    private com.jialicare.infrastructure.persistence.resident.ResidentRepository residents;

    @Inject
    private com.jialicare.infrastructure.persistence.stay.StayRepository stayRepository;

    @Inject
    private com.jialicare.infrastructure.persistence.user.UserRepository accounts;

    @Inject
    private Clock clock;

    @Inject
    private com.jialicare.application.subsidy.AdjustmentService adjustments;

    public byte[] linesWorkbook(long id, Integer revision, boolean chinese) {
        return new ApplicationExcelExport().export(report(applications.get(id, revision), chinese));
    }

    public byte[] approvalSheet(long id, boolean chinese) {
        return new ApprovalSheetPdf().export(report(applications.get(id, null), chinese));
    }

    ApplicationReport report(Details d, boolean zh) {
        ApplicationReport r = report(
                d,
                zh,
                maskedIdNumbers(d),
                bedsByStay(d),
                displayNames(d),
                clock.instant().atZone(Clocks.ZONE).format(WHEN));
        return withAdjustments(r, adjustments(d, zh));
    }

    /**
     * What the application carries (RULES.md §8.4) for the documents' own section: the adjustments of the revision
     * shown (a draft: what it would claim now) and the totals.
     */
    private ApplicationReport.Adjustments adjustments(Details d, boolean zh) {
        BigDecimal draftLines = d.frozen()
                ? null
                : d.lines().stream()
                        .filter(FrozenLine::isEligible)
                        .map(FrozenLine::getAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        var carried = adjustments.ofApplication(d.application().getId(), d.revisionShown(), draftLines);
        return new ApplicationReport.Adjustments(
                carried.entries().stream()
                        .map(e -> new ApplicationReport.Adjustment(
                                e.type().name(),
                                e.month() != null
                                        ? e.month() + " "
                                                + carried.residentNames()
                                                        .getOrDefault(e.residentId(), "#" + e.residentId())
                                        : ExportTexts.of(zh).format("line.bed.pattern", "#" + e.bedId()),
                                e.correctsApplicationId(),
                                e.lineNo(),
                                e.oldAmount(),
                                e.newAmount(),
                                e.amount(),
                                e.causeKind()))
                        .toList(),
                carried.linesTotal(),
                carried.adjustmentsTotal(),
                carried.total(),
                carried.recoveryCarriedOver());
    }

    static ApplicationReport withAdjustments(ApplicationReport r, ApplicationReport.Adjustments a) {
        return new ApplicationReport(
                r.applicationId(),
                r.homeName(),
                r.creditCode(),
                r.countyName(),
                r.kind(),
                r.period(),
                r.state(),
                r.revision(),
                a.total(),
                r.noticeFrom(),
                r.noticeLastDay(),
                r.lines(),
                r.history(),
                r.chinese(),
                r.printedAt(),
                a);
    }

    /**
     * The report in the reader's language, from the details and what they do not carry: the residents' masked ID
     * numbers, each stay's beds (code, from, until) and the reviewers' names by user name.
     */
    static ApplicationReport report(
            Details d,
            boolean zh,
            Map<Long, String> maskedIds,
            Map<Long, List<StayBed>> beds,
            Map<String, String> names,
            String printedAt) {
        var a = d.application();
        Locale locale = zh ? Locale.CHINESE : Locale.ENGLISH;
        ExportTexts t = ExportTexts.of(zh);
        String county = LeshanCounty.byCode(d.home().getCountyCode())
                .map(c -> zh ? c.nameZh() : c.nameEn())
                .orElse(d.home().getCountyCode());
        String period =
                a.getAsOf() != null ? t.format("period.asOf.pattern", a.getAsOf()) : a.getFrom() + " – " + a.getTo();
        return new ApplicationReport(
                a.getId(),
                d.home().getName(),
                d.home().getCreditCode(),
                county,
                a.getKind(),
                period,
                a.getState(),
                d.revisionShown(),
                a.getTotal(),
                a.getNoticeFrom(),
                a.getNoticeLastDay(),
                d.lines().stream()
                        .map(l -> line(l, d, t, locale, maskedIds, beds))
                        .toList(),
                a.getEvents().stream().map(e -> step(e, names)).toList(),
                zh,
                printedAt);
    }

    /** A stay's time in one bed, {@code [from, until)}, until null while open. */
    record StayBed(String code, LocalDate from, LocalDate until) {}

    private static ApplicationReport.Line line(
            FrozenLine l,
            Details d,
            ExportTexts t,
            Locale locale,
            Map<Long, String> maskedIds,
            Map<Long, List<StayBed>> beds) {
        String subject;
        String detail;
        String maskedId = null;
        String bed;
        if (l.getBedId() != null) {
            subject = t.format("line.bed.pattern", l.getBedCode());
            detail = t.format("line.commissioned.pattern", l.getCommissionedOn());
            bed = l.getBedCode();
        } else {
            subject = d.residentNames().getOrDefault(l.getResidentId(), "#" + l.getResidentId());
            detail = t.format("line.stay.pattern", l.getStayId());
            maskedId = maskedIds.get(l.getResidentId());
            bed = bedsInMonth(beds.getOrDefault(l.getStayId(), List.of()), l.getMonth());
        }
        return new ApplicationReport.Line(
                l.getLineNo(),
                subject,
                maskedId,
                bed,
                detail,
                l.getMonth() == null ? null : l.getMonth().toString().substring(0, 7),
                l.getPresentDays(),
                l.getCareLevel(),
                l.isEligible(),
                l.getAmount(),
                l.getReasonCode() == null
                        ? null
                        : ExclusionReason.valueOf(l.getReasonCode()).reason(locale),
                l.getPolicyVersion());
    }

    /** The beds a stay used in a month, in order ("A-101 → A-203" after a move), or null for none. */
    static String bedsInMonth(List<StayBed> beds, LocalDate month) {
        if (month == null) {
            return null;
        }
        LocalDate first = month.withDayOfMonth(1);
        LocalDate afterLast = first.plusMonths(1);
        String joined = beds.stream()
                .filter(b -> b.from().isBefore(afterLast)
                        && (b.until() == null || b.until().isAfter(first)))
                .sorted(Comparator.comparing(StayBed::from))
                .map(StayBed::code)
                .distinct()
                .collect(Collectors.joining(" → "));
        return joined.isEmpty() ? null : joined;
    }

    private static ApplicationReport.Step step(ApplicationEvent e, Map<String, String> names) {
        return new ApplicationReport.Step(
                e.getOccurredAt().atZone(Clocks.ZONE).format(WHEN),
                names.getOrDefault(e.getActor(), e.getActor()),
                e.getAction(),
                e.getToState(),
                e.getRevision(),
                e.getComment());
    }

    private Map<Long, String> maskedIdNumbers(Details d) {
        Set<Long> ids = d.lines().stream()
                .map(FrozenLine::getResidentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> masked = new HashMap<>();
        residents
                .idNumbersOf(ids)
                .forEach((id, number) -> masked.put(id, IdNumber.of(number).masked()));
        return masked;
    }

    private Map<Long, List<StayBed>> bedsByStay(Details d) {
        Set<Long> stays = d.lines().stream()
                .map(FrozenLine::getStayId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, List<StayBed>> beds = new HashMap<>();
        stayRepository
                .bedsOfStays(stays)
                .forEach(b -> beds.computeIfAbsent(b.stayId(), k -> new ArrayList<>())
                        .add(new StayBed(b.bedCode(), b.from(), b.until())));
        return beds;
    }

    private Map<String, String> displayNames(Details d) {
        Set<String> users = d.application().getEvents().stream()
                .map(ApplicationEvent::getActor)
                .collect(Collectors.toSet());
        return accounts.displayNamesOf(users);
    }
}
