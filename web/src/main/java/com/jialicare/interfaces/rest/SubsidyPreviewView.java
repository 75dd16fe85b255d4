package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.SubsidyPreview;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The city-wide previews of API.md: {@code {total, homes: [{careHomeId, name, countyCode, eligibleMonths,
 * total}]}} for the operating subsidy, {@code eligibleBeds} instead for construction.
 */
final class SubsidyPreviewView {

    private SubsidyPreviewView() {}

    static Operating operating(SubsidyPreview p) {
        return new Operating(
                p.total(),
                p.homes().stream()
                        .map(h -> new OperatingHome(h.careHomeId(), h.name(), h.countyCode(), h.eligible(), h.total()))
                        .toList());
    }

    static Construction construction(SubsidyPreview p) {
        return new Construction(
                p.total(),
                p.homes().stream()
                        .map(h ->
                                new ConstructionHome(h.careHomeId(), h.name(), h.countyCode(), h.eligible(), h.total()))
                        .toList());
    }

    @JsonbPropertyOrder({"total", "homes"})
    public record Operating(BigDecimal total, List<OperatingHome> homes) {}

    @JsonbPropertyOrder({"total", "homes"})
    public record Construction(BigDecimal total, List<ConstructionHome> homes) {}

    @JsonbPropertyOrder({"careHomeId", "name", "countyCode", "eligibleMonths", "total"})
    public record OperatingHome(
            long careHomeId, String name, String countyCode, long eligibleMonths, BigDecimal total) {}

    @JsonbPropertyOrder({"careHomeId", "name", "countyCode", "eligibleBeds", "total"})
    public record ConstructionHome(
            long careHomeId, String name, String countyCode, long eligibleBeds, BigDecimal total) {}
}
