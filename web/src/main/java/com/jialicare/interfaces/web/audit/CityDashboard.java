package com.jialicare.interfaces.web.audit;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.CareHomeService.CountyOccupancy;
import com.jialicare.application.SubsidyService;
import com.jialicare.application.subsidy.PipelineService;
import com.jialicare.application.subsidy.PipelineService.Figures;
import com.jialicare.application.subsidy.SubsidyPreview;
import com.jialicare.application.subsidy.SubsidyPreview.CountySubsidy;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Formats;
import com.jialicare.interfaces.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The city at a glance: beds in service and occupied per county today (CareHomeService.occupancyByCounty),
 * and the subsidies the rules would give each county for a chosen year, from the city-wide previews
 * (SubsidyService.operatingPreview for the year's ended months, constructionPreview as of the year's end or
 * today). Drawn as Chart.js bar charts (p:chart takes the chart's JSON) and listed in a table.
 */
@Named
@ViewScoped
public class CityDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CareHomeService homes;

    @Inject
    private SubsidyService subsidies;

    @Inject
    private Formats formats;

    @Inject
    private PipelineService pipelineService;

    @Inject
    private Clock clock;

    /** One county's row of the subsidy table. */
    public record CountyRow(
            String countyCode,
            long operatingMonths,
            BigDecimal operating,
            long constructionBeds,
            BigDecimal construction)
            implements Serializable {}

    /** A county's or a home's row of the pipeline (RULES.md §8.8): {@code key} is the county code or the home's id. */
    public record PipelineRow(String key, String name, Figures figures) implements Serializable {}

    /** An application of the home drilled into, counted in its {@code applied}. */
    public record PipelineApplication(
            long id,
            ApplicationKind kind,
            ApplicationState state,
            LocalDate asOf,
            YearMonth from,
            YearMonth to,
            BigDecimal total,
            BigDecimal paidAmount)
            implements Serializable {}

    private List<PipelineRow> pipelineCounties;
    private Figures pipelineTotal;
    private String pipelineCounty;
    private List<PipelineRow> pipelineHomes = List.of();
    private PipelineRow pipelineHome;
    private List<PipelineApplication> pipelineApplications = List.of();
    private final Map<String, List<PipelineRow>> homesByCounty = new LinkedHashMap<>();

    private LocalDate today;
    private int year;
    private List<CountyOccupancy> occupancy = List.of();
    private List<CountyRow> subsidyRows;
    private BigDecimal operatingTotal;
    private BigDecimal constructionTotal;
    private YearMonth operatingFrom;
    private YearMonth operatingTo;
    private LocalDate constructionAsOf;

    @PostConstruct
    void init() {
        today = LocalDate.now(clock);
        year = today.getYear() - 1;
        try {
            occupancy = homes.occupancyByCounty(today);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Computes the year's subsidy previews; the page calls it after loading and when the year changes. */
    public void compute() {
        subsidyRows = null;
        try {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            constructionAsOf = yearEnd.isAfter(today) ? today : yearEnd;
            SubsidyPreview construction = subsidies.constructionPreview(constructionAsOf, null);
            YearMonth lastEnded = YearMonth.from(today).minusMonths(1);
            operatingFrom = YearMonth.of(year, 1);
            operatingTo = YearMonth.of(year, 12).isAfter(lastEnded) ? lastEnded : YearMonth.of(year, 12);
            SubsidyPreview operating = operatingTo.isBefore(operatingFrom)
                    ? SubsidyPreview.of(List.of())
                    : subsidies.operatingPreview(operatingFrom, operatingTo, null);
            Map<String, CountySubsidy> op = byCode(operating.byCounty());
            Map<String, CountySubsidy> con = byCode(construction.byCounty());
            TreeSet<String> counties = new TreeSet<>(op.keySet());
            counties.addAll(con.keySet());
            List<CountyRow> rows = new ArrayList<>();
            BigDecimal zero = new BigDecimal("0.00");
            for (String c : counties) {
                CountySubsidy o = op.get(c);
                CountySubsidy k = con.get(c);
                rows.add(new CountyRow(
                        c,
                        o == null ? 0 : o.eligible(),
                        o == null ? zero : o.total(),
                        k == null ? 0 : k.eligible(),
                        k == null ? zero : k.total()));
            }
            subsidyRows = rows;
            operatingTotal = operating.total();
            constructionTotal = construction.total();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        loadPipeline();
    }

    /** The year's pipeline per county and home (PipelineService); forgets the drill-down. */
    void loadPipeline() {
        pipelineCounties = null;
        pipelineCounty = null;
        pipelineHome = null;
        pipelineHomes = List.of();
        pipelineApplications = List.of();
        homesByCounty.clear();
        try {
            PipelineService.Pipeline p = pipelineService.pipeline(year, null, null);
            List<PipelineRow> counties = new ArrayList<>();
            for (PipelineService.CountyPipeline c : p.counties()) {
                counties.add(new PipelineRow(
                        c.countyCode(),
                        formats.county(c.countyCode()),
                        c.figures().total()));
                homesByCounty.put(
                        c.countyCode(),
                        c.homes().stream()
                                .map(h -> new PipelineRow(
                                        Long.toString(h.careHomeId()),
                                        h.name(),
                                        h.figures().total()))
                                .toList());
            }
            pipelineCounties = counties;
            pipelineTotal = p.figures().total();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Drills into a county: its homes. */
    public void openCounty(String countyCode) {
        pipelineCounty = countyCode;
        pipelineHomes = homesByCounty.getOrDefault(countyCode, List.of());
        pipelineHome = null;
        pipelineApplications = List.of();
    }

    /** Drills into a home of the county open: its applications of the year. */
    public void openHome(String careHomeId) {
        try {
            long id = Long.parseLong(careHomeId);
            PipelineService.Pipeline p = pipelineService.pipeline(year, pipelineCounty, id);
            if (p.counties().isEmpty()) {
                closeHome(); // nothing of the year left for the home
                return;
            }
            PipelineService.HomePipeline h = p.counties().get(0).homes().get(0);
            pipelineHome = new PipelineRow(careHomeId, h.name(), h.figures().total());
            pipelineApplications = h.applications().stream()
                    .map(a -> new PipelineApplication(
                            a.getId(),
                            a.getKind(),
                            a.getState(),
                            a.getAsOf(),
                            a.getFrom(),
                            a.getTo(),
                            a.getTotal(),
                            a.getPaidAmount()))
                    .toList();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Back from a county's homes (or a home's applications) to the counties. */
    public void closeCounty() {
        pipelineCounty = null;
        pipelineHome = null;
        pipelineHomes = List.of();
        pipelineApplications = List.of();
    }

    /** Back from a home's applications to its county's homes. */
    public void closeHome() {
        pipelineHome = null;
        pipelineApplications = List.of();
    }

    public List<PipelineRow> getPipelineCounties() {
        return pipelineCounties;
    }

    public Figures getPipelineTotal() {
        return pipelineTotal;
    }

    public String getPipelineCounty() {
        return pipelineCounty;
    }

    public List<PipelineRow> getPipelineHomes() {
        return pipelineHomes;
    }

    public PipelineRow getPipelineHome() {
        return pipelineHome;
    }

    public List<PipelineApplication> getPipelineApplications() {
        return pipelineApplications;
    }

    private static Map<String, CountySubsidy> byCode(List<CountySubsidy> list) {
        Map<String, CountySubsidy> m = new LinkedHashMap<>();
        list.forEach(c -> m.put(c.countyCode(), c));
        return m;
    }

    /** Bar chart: beds in service and occupied, per county. */
    public String getOccupancyChart() {
        return barChart(
                Messages.text("audit.dashboard.occupancyChart", formats.date(today)),
                occupancy.stream().map(CountyOccupancy::countyCode).toList(),
                List.of(
                        dataset(
                                Messages.text("audit.dashboard.bedsInService"),
                                "#1f5f8b",
                                occupancy.stream()
                                        .map(c -> (Number) c.bedsInService())
                                        .toList()),
                        dataset(
                                Messages.text("audit.dashboard.occupied"),
                                "#e8a33d",
                                occupancy.stream()
                                        .map(c -> (Number) c.occupied())
                                        .toList())));
    }

    /** Bar chart: the year's operating and construction subsidy per county, in yuan. */
    public String getSubsidyChart() {
        List<CountyRow> rows = subsidyRows == null ? List.of() : subsidyRows;
        return barChart(
                Messages.text("audit.dashboard.subsidyChart", year),
                rows.stream().map(CountyRow::countyCode).toList(),
                List.of(
                        dataset(
                                Messages.text("app.kind.OPERATING"),
                                "#2e8b57",
                                rows.stream().map(r -> (Number) r.operating()).toList()),
                        dataset(
                                Messages.text("app.kind.CONSTRUCTION"),
                                "#7b68ee",
                                rows.stream()
                                        .map(r -> (Number) r.construction())
                                        .toList())));
    }

    private JsonObjectBuilder dataset(String label, String color, List<Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number v : values) {
            if (v instanceof BigDecimal d) {
                data.add(d);
            } else {
                data.add(v.longValue());
            }
        }
        return Json.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", color)
                .add("data", data);
    }

    private String barChart(String title, List<String> countyCodes, List<JsonObjectBuilder> datasets) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        countyCodes.stream().map(formats::county).forEach(labels::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", title))
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom")))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                // whole beds, whole yuan on the axis
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(2021, today.getYear())
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public long getTotalBeds() {
        return occupancy.stream().mapToLong(CountyOccupancy::bedsInService).sum();
    }

    public long getTotalOccupied() {
        return occupancy.stream().mapToLong(CountyOccupancy::occupied).sum();
    }

    public long getTotalHomes() {
        return occupancy.stream().mapToLong(CountyOccupancy::homes).sum();
    }

    /** Occupied beds as a whole percentage of beds in service; 0 without beds. */
    public int percent(CountyOccupancy c) {
        return c.bedsInService() == 0 ? 0 : (int) Math.round(c.occupied() * 100.0 / c.bedsInService());
    }

    public LocalDate getToday() {
        return today;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CountyOccupancy> getOccupancy() {
        return occupancy;
    }

    public List<CountyRow> getSubsidyRows() {
        return subsidyRows;
    }

    public boolean isComputed() {
        return subsidyRows != null;
    }

    public BigDecimal getOperatingTotal() {
        return operatingTotal;
    }

    public BigDecimal getConstructionTotal() {
        return constructionTotal;
    }

    public YearMonth getOperatingFrom() {
        return operatingFrom;
    }

    public YearMonth getOperatingTo() {
        return operatingTo;
    }

    public LocalDate getConstructionAsOf() {
        return constructionAsOf;
    }
}
