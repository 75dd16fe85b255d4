package com.jialicare.interfaces.web.family;

import com.jialicare.application.FamilyService;
import com.jialicare.application.FamilyService.Elder;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.LongDates;
import com.jialicare.interfaces.shared.PlainWords;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.session.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The family member's page: for each linked elder where they live, since when, the six-month date, the
 * capability level and each application's state, in plain words (FamilyService, which gives nothing about
 * anybody else).
 */
@Named
@ViewScoped
public class FamilyOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FamilyService family;

    @Inject
    private LocaleBean locale;

    /** One application that counts months of the elder. */
    public record Application(
            long id,
            ApplicationKind kind,
            ApplicationState state,
            YearMonth firstMonth,
            YearMonth lastMonth,
            int months,
            java.time.LocalDate noticeLastDay)
            implements Serializable {}

    /** What the page says about one elder; fields about the stay are null without one. */
    public record ElderView(
            long residentId,
            String name,
            String homeName,
            String homeAddress,
            String homePhone,
            String countyCode,
            String room,
            String bedCode,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            long monthsStayed,
            LocalDate minimumStayReachedOn,
            boolean minimumStayReached,
            int minimumStayMonths,
            Integer careLevel,
            List<Application> applications,
            String summaryZh,
            String summaryEn)
            implements Serializable {}

    private List<ElderView> elders = List.of();

    @Inject
    private com.jialicare.application.subsidy.AdjustmentService adjustmentService;

    /**
     * Money for the elder paid back (补发) or recovered (追缴) after the facts changed (RULES.md §8.4): the month,
     * which, the elder's own amount, and whether it is settled ({@code PAID}) or under way ({@code CLAIMED}).
     */
    public record MoneyChange(YearMonth month, String type, java.math.BigDecimal amount, String state)
            implements Serializable {}

    private java.util.Map<Long, List<MoneyChange>> moneyChanges = java.util.Map.of();

    @PostConstruct
    void init() {
        try {
            elders = family.elders().stream().map(FamilyOverview::view).toList();
            java.util.Map<Long, List<MoneyChange>> changes = new java.util.HashMap<>();
            for (ElderView e : elders) {
                changes.put(
                        e.residentId(),
                        adjustmentService.ofElder(e.residentId()).stream()
                                .filter(a -> a.month() != null)
                                .map(a -> new MoneyChange(
                                        a.month(),
                                        a.type().name(),
                                        a.amount().abs(),
                                        a.state().name()))
                                .toList());
            }
            moneyChanges = changes;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The elder's money changes after payment, oldest month first (empty: none). */
    public List<MoneyChange> moneyChanges(ElderView e) {
        return moneyChanges.getOrDefault(e.residentId(), List.of());
    }

    /** One money change in plain words, e.g. "2025年9月：补贴多发了（记录已更正），已从养老院的补贴中追回 ¥120.00。" */
    public String moneyChange(MoneyChange c) {
        return Messages.text(
                "family.adjustment." + c.type() + "." + c.state(),
                LongDates.month(c.month(), locale.isChinese()),
                com.jialicare.interfaces.web.Formats.yuan(c.amount()));
    }

    private static ElderView view(Elder e) {
        List<Application> apps = e.applications().stream()
                .map(a -> new Application(
                        a.applicationId(),
                        a.kind(),
                        a.state(),
                        a.months().get(0),
                        a.months().get(a.months().size() - 1),
                        a.months().size(),
                        a.noticeLastDay()))
                .toList();
        return new ElderView(
                e.resident().id(),
                e.resident().name(),
                e.home() == null ? null : e.home().getName(),
                e.home() == null ? null : e.home().getAddress(),
                e.home() == null ? null : e.home().getPhone(),
                e.home() == null ? null : e.home().getCountyCode(),
                e.bed() == null ? null : e.bed().getRoom(),
                e.bed() == null ? null : e.bed().getCode(),
                e.stay() == null ? null : e.stay().getAdmittedOn(),
                e.stay() == null ? null : e.stay().getDischargedOn(),
                e.monthsStayed(),
                e.minimumStayReachedOn(),
                e.minimumStayReached(),
                e.minimumStayMonths(),
                e.careLevel(),
                apps,
                PlainWords.summary(e, true),
                PlainWords.summary(e, false));
    }

    /** The one-sentence summary in the user's language. */
    public String summary(ElderView e) {
        return locale.isChinese() ? e.summaryZh() : e.summaryEn();
    }

    /** "Room A-101, bed A-101-1", or that the elder has no bed now. */
    public String bed(ElderView e) {
        return e.bedCode() == null
                ? Messages.text("family.noBed")
                : Messages.text("family.roomBed", e.room(), e.bedCode());
    }

    /** "tel:08332123456": the home's number for a phone's dialler (digits and a leading + only). */
    public String dial(ElderView e) {
        return e.homePhone() == null ? "" : "tel:" + e.homePhone().replaceAll("[^0-9+]", "");
    }

    /** "满6个月" / "6 months' stay": the label of the minimum-stay date, with the policy's number. */
    public String minimumStay(ElderView e) {
        return Messages.text("family.minimumStay", e.minimumStayMonths());
    }

    public String months(ElderView e) {
        return Messages.text("family.months", e.monthsStayed());
    }

    public List<ElderView> getElders() {
        return elders;
    }
}
