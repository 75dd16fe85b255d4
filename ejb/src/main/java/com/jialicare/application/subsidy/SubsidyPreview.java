package com.jialicare.application.subsidy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A city-wide preview of one subsidy over the homes in the caller's scope: each home's eligible count
 * and total, and the grand total (the sum of the homes' totals, scale 2).
 */
public record SubsidyPreview(BigDecimal total, List<HomeSubsidy> homes) {

    public SubsidyPreview {
        homes = List.copyOf(homes);
    }

    public static SubsidyPreview of(List<HomeSubsidy> homes) {
        BigDecimal total = new BigDecimal("0.00");
        for (HomeSubsidy home : homes) {
            total = total.add(home.total());
        }
        return new SubsidyPreview(total, homes);
    }

    /** The homes' lines summed per county, in the order of the county codes. */
    public List<CountySubsidy> byCounty() {
        Map<String, CountySubsidy> counties = new TreeMap<>();
        for (HomeSubsidy home : homes) {
            counties.merge(
                    home.countyCode(),
                    new CountySubsidy(home.countyCode(), 1, home.eligible(), home.total()),
                    (a, b) -> new CountySubsidy(
                            a.countyCode(),
                            a.homes() + b.homes(),
                            a.eligible() + b.eligible(),
                            a.total().add(b.total())));
        }
        return List.copyOf(counties.values());
    }

    /** One county's sum of the preview: its homes, their eligible beds or resident-months, and total. */
    public record CountySubsidy(String countyCode, long homes, long eligible, BigDecimal total) {}

    /**
     * One home's line of the preview.
     *
     * @param eligible eligible beds (construction) or resident-months (operating)
     * @param total    the sum of the home's lines, scale 2
     */
    public record HomeSubsidy(long careHomeId, String name, String countyCode, long eligible, BigDecimal total) {}
}
