package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.PipelineService;
import com.jialicare.application.subsidy.PipelineService.Figures;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.shared.LeshanCounty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/subsidies/pipeline} (API.md, RULES.md §8.8): {@code {year, applied, approved, paid,
 * recoveryOutstanding, backPayOutstanding, construction, operating, counties: [{countyCode, countyName, …, homes:
 * [{careHomeId, name, …, applications?}]}]}}; {@code construction} and {@code operating} carry the same five figures
 * for one kind. {@code countyName} in the request's language (Chinese unless English is preferred).
 */
final class PipelineView {

    private PipelineView() {}

    static PipelineCity of(PipelineService.Pipeline p, Locale locale) {
        PipelineService.Split s = p.figures();
        Figures t = s.total();
        return new PipelineCity(
                p.year(),
                t.applied(),
                t.approved(),
                t.paid(),
                t.recoveryOutstanding(),
                t.backPayOutstanding(),
                kind(s.construction()),
                kind(s.operating()),
                p.counties().stream().map(c -> county(c, locale)).toList());
    }

    private static PipelineCounty county(PipelineService.CountyPipeline c, Locale locale) {
        Figures t = c.figures().total();
        String name = LeshanCounty.byCode(c.countyCode())
                .map(l -> Locale.ENGLISH.equals(locale) ? l.nameEn() : l.nameZh())
                .orElse(c.countyCode());
        return new PipelineCounty(
                c.countyCode(),
                name,
                t.applied(),
                t.approved(),
                t.paid(),
                t.recoveryOutstanding(),
                t.backPayOutstanding(),
                kind(c.figures().construction()),
                kind(c.figures().operating()),
                c.homes().stream().map(PipelineView::home).toList());
    }

    private static PipelineHome home(PipelineService.HomePipeline h) {
        Figures t = h.figures().total();
        return new PipelineHome(
                h.careHomeId(),
                h.name(),
                t.applied(),
                t.approved(),
                t.paid(),
                t.recoveryOutstanding(),
                t.backPayOutstanding(),
                kind(h.figures().construction()),
                kind(h.figures().operating()),
                h.applications() == null
                        ? null
                        : h.applications().stream()
                                .map(PipelineView::application)
                                .toList());
    }

    private static PipelineKind kind(Figures f) {
        return new PipelineKind(f.applied(), f.approved(), f.paid(), f.recoveryOutstanding(), f.backPayOutstanding());
    }

    private static PipelineApplication application(Application a) {
        return new PipelineApplication(
                a.getId(),
                a.getKind().name(),
                a.getState().name(),
                a.getAsOf() == null ? null : a.getAsOf().toString(),
                a.getFrom() == null ? null : a.getFrom().toString(),
                a.getTo() == null ? null : a.getTo().toString(),
                a.getTotal(),
                a.getPaidAmount(),
                a.getPaidOn() == null ? null : a.getPaidOn().toString());
    }

    @JsonbPropertyOrder({
        "year",
        "applied",
        "approved",
        "paid",
        "recoveryOutstanding",
        "backPayOutstanding",
        "construction",
        "operating",
        "counties"
    })
    public record PipelineCity(
            int year,
            BigDecimal applied,
            BigDecimal approved,
            BigDecimal paid,
            BigDecimal recoveryOutstanding,
            BigDecimal backPayOutstanding,
            PipelineKind construction,
            PipelineKind operating,
            List<PipelineCounty> counties) {}

    @JsonbPropertyOrder({
        "countyCode",
        "countyName",
        "applied",
        "approved",
        "paid",
        "recoveryOutstanding",
        "backPayOutstanding",
        "construction",
        "operating",
        "homes"
    })
    public record PipelineCounty(
            String countyCode,
            String countyName,
            BigDecimal applied,
            BigDecimal approved,
            BigDecimal paid,
            BigDecimal recoveryOutstanding,
            BigDecimal backPayOutstanding,
            PipelineKind construction,
            PipelineKind operating,
            List<PipelineHome> homes) {}

    /** {@code applications}: only when one home was asked for ({@code careHomeId}); else left out. */
    @JsonbPropertyOrder({
        "careHomeId",
        "name",
        "applied",
        "approved",
        "paid",
        "recoveryOutstanding",
        "backPayOutstanding",
        "construction",
        "operating",
        "applications"
    })
    public record PipelineHome(
            long careHomeId,
            String name,
            BigDecimal applied,
            BigDecimal approved,
            BigDecimal paid,
            BigDecimal recoveryOutstanding,
            BigDecimal backPayOutstanding,
            PipelineKind construction,
            PipelineKind operating,
            List<PipelineApplication> applications) {}

    /** The five figures of one kind of subsidy. */
    @JsonbPropertyOrder({"applied", "approved", "paid", "recoveryOutstanding", "backPayOutstanding"})
    public record PipelineKind(
            BigDecimal applied,
            BigDecimal approved,
            BigDecimal paid,
            BigDecimal recoveryOutstanding,
            BigDecimal backPayOutstanding) {}

    /**
     * An application counted in the home's {@code applied}: {@code asOf} (construction) or {@code from}/{@code to}
     * (operating); {@code paidAmount}/{@code paidOn} once paid. Absent values are left out.
     */
    @JsonbPropertyOrder({"id", "kind", "state", "asOf", "from", "to", "total", "paidAmount", "paidOn"})
    public record PipelineApplication(
            long id,
            String kind,
            String state,
            String asOf,
            String from,
            String to,
            BigDecimal total,
            BigDecimal paidAmount,
            String paidOn) {}
}
