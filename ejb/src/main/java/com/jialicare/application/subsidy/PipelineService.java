package com.jialicare.application.subsidy;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.adjustment.Owed;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository.PipelineGroup;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the money of a year stands (RULES.md §8.8, {@code GET /api/subsidies/pipeline}): per county and home, what
 * was applied for, approved by the city and paid, and what the facts as they are now still owe on that year's paid
 * applications (recoveries and back-pays outstanding, §8.4 and §8.6). The applications are summed in one aggregate
 * query; the outstanding amounts are recomputed home by home, only for the homes with a paid application of the
 * year (RecomputationService.outstanding).
 */
@Stateless
public class PipelineService {

    /** The first year the pipeline answers for (the system's first policy version is from 2021). */
    public static final int FIRST_YEAR = 2000;

    /** Applied: submitted and not returned or withdrawn (a returned one counts again once resubmitted). */
    public static final Set<ApplicationState> APPLIED = RecomputationService.FROZEN;

    /** Approved by the city (paid ones included). */
    public static final Set<ApplicationState> APPROVED =
            EnumSet.of(ApplicationState.CITY_APPROVED, ApplicationState.PAID);

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private RecomputationService recomputation;

    @Inject
    private Clock clock;

    /**
     * The five figures, exact to the fen. {@code recoveryOutstanding} and {@code backPayOutstanding} are amounts
     * (never negative): what is to be recovered and what is to be paid back, computed now, claimed by no
     * application yet.
     */
    public record Figures(
            BigDecimal applied,
            BigDecimal approved,
            BigDecimal paid,
            BigDecimal recoveryOutstanding,
            BigDecimal backPayOutstanding)
            implements Serializable {

        public static final Figures ZERO = new Figures(zero(), zero(), zero(), zero(), zero());

        public Figures plus(Figures o) {
            return new Figures(
                    applied.add(o.applied),
                    approved.add(o.approved),
                    paid.add(o.paid),
                    recoveryOutstanding.add(o.recoveryOutstanding),
                    backPayOutstanding.add(o.backPayOutstanding));
        }
    }

    /** The figures in all, and per kind. */
    public record Split(Figures total, Figures construction, Figures operating) implements Serializable {

        public static final Split ZERO = new Split(Figures.ZERO, Figures.ZERO, Figures.ZERO);

        Split plus(ApplicationKind kind, Figures f) {
            return new Split(
                    total.plus(f),
                    kind == ApplicationKind.CONSTRUCTION ? construction.plus(f) : construction,
                    kind == ApplicationKind.OPERATING ? operating.plus(f) : operating);
        }

        Split plus(Split o) {
            return new Split(total.plus(o.total), construction.plus(o.construction), operating.plus(o.operating));
        }
    }

    /**
     * One home's year. {@code applications}: the applications counted in {@code applied}, oldest first, when asked
     * for (a drill-down), else null.
     */
    public record HomePipeline(
            long careHomeId, String name, String countyCode, Split figures, List<Application> applications) {}

    /** One county's year: the sum of its homes. */
    public record CountyPipeline(String countyCode, Split figures, List<HomePipeline> homes) {}

    /** The year over the counties asked for, in the order of their codes; {@code figures}: their sum. */
    public record Pipeline(int year, Split figures, List<CountyPipeline> counties) {}

    /**
     * The pipeline of a year for the city (or one county), as auditors and the administrator see it: a county
     * auditor only their county. Homes with neither an application counted nor anything outstanding are left out,
     * and so are counties without such homes. {@code careHomeId}: only that home, with its applications.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} (home administrators, families); 400 {@code
     *                           INVALID_YEAR}, {@code INVALID_COUNTY}; 404 {@code COUNTY_NOT_FOUND} (a county
     *                           auditor asking for another county), {@code CARE_HOME_NOT_FOUND} (a home outside
     *                           the scope, or not of the county asked for)
     */
    public Pipeline pipeline(Integer year, String countyCode, Long careHomeId) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR);
        int y = checkYear(year);
        String county = county(caller, countyCode);
        if (careHomeId != null) {
            CareHome home = visibility.home(caller, careHomeId);
            if (county != null && !county.equals(home.getCountyCode())) {
                throw BusinessException.notFound(
                        "CARE_HOME_NOT_FOUND", "No care home " + careHomeId + " in " + county, careHomeId);
            }
        }
        return compute(y, county, careHomeId);
    }

    /**
     * One home's year, for its administrator (and whoever sees the home): the same figures as its row of the
     * pipeline, with its applications.
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND} outside the caller's scope (families too); 400
     *                           {@code INVALID_YEAR}
     */
    public HomePipeline home(long careHomeId, Integer year) {
        Caller caller = callers.get();
        if (caller.role() == Role.FAMILY) {
            throw BusinessException.notFound("CARE_HOME_NOT_FOUND", "No care home " + careHomeId, careHomeId);
        }
        CareHome home = visibility.home(caller, careHomeId);
        int y = checkYear(year);
        Pipeline p = compute(y, null, careHomeId);
        return p.counties().isEmpty()
                ? new HomePipeline(careHomeId, home.getName(), home.getCountyCode(), Split.ZERO, List.of())
                : p.counties().get(0).homes().get(0);
    }

    /** The last year the pipeline answers for: the current year (Asia/Shanghai, the server's clock). */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private Pipeline compute(int year, String county, Long careHomeId) {
        // per home and kind: the applied, approved and paid sums, and the ids of the year's paid applications
        Map<Long, HomeAcc> homes = new LinkedHashMap<>();
        for (PipelineGroup g : applications.pipeline(year, APPLIED, county, careHomeId)) {
            HomeAcc h = homes.computeIfAbsent(g.careHomeId(), id -> new HomeAcc(g.homeName(), g.countyCode()));
            boolean approved = APPROVED.contains(g.state());
            boolean paid = g.state() == ApplicationState.PAID;
            h.add(
                    g.kind(),
                    new Figures(
                            g.total(), approved ? g.total() : zero(), paid ? g.paidAmount() : zero(), zero(), zero()));
            if (paid) {
                h.paidKinds.add(g.kind());
            }
        }
        // what the facts as they are now owe on the year's paid applications (computed, claimed by none yet)
        Set<Long> paidIds = new HashSet<>();
        for (Map.Entry<Long, HomeAcc> e : homes.entrySet()) {
            if (!e.getValue().paidKinds.isEmpty()) {
                applications.ofYear(e.getKey(), year, EnumSet.of(ApplicationState.PAID)).stream()
                        .map(Application::getId)
                        .forEach(paidIds::add);
            }
        }
        for (Map.Entry<Long, HomeAcc> e : homes.entrySet()) {
            for (ApplicationKind kind : e.getValue().paidKinds) {
                BigDecimal recovery = zero();
                BigDecimal backPay = zero();
                for (Owed o : recomputation.outstanding(e.getKey(), kind)) {
                    if (!paidIds.contains(o.correctsApplicationId())) {
                        continue; // corrects another year's payment
                    }
                    if (o.amount().signum() < 0) {
                        recovery = recovery.add(o.amount().negate());
                    } else {
                        backPay = backPay.add(o.amount());
                    }
                }
                e.getValue().add(kind, new Figures(zero(), zero(), zero(), recovery, backPay));
            }
        }
        Map<String, List<HomePipeline>> byCounty = new TreeMap<>();
        for (Map.Entry<Long, HomeAcc> e : homes.entrySet()) {
            HomeAcc h = e.getValue();
            List<Application> listed = careHomeId == null ? null : applications.ofYear(e.getKey(), year, APPLIED);
            byCounty.computeIfAbsent(h.countyCode, c -> new ArrayList<>())
                    .add(new HomePipeline(e.getKey(), h.name, h.countyCode, h.split, listed));
        }
        List<CountyPipeline> counties = new ArrayList<>();
        Split city = Split.ZERO;
        for (Map.Entry<String, List<HomePipeline>> e : byCounty.entrySet()) {
            Split sum = Split.ZERO;
            for (HomePipeline h : e.getValue()) {
                sum = sum.plus(h.figures());
            }
            counties.add(new CountyPipeline(e.getKey(), sum, List.copyOf(e.getValue())));
            city = city.plus(sum);
        }
        return new Pipeline(year, city, counties);
    }

    /** A home's sums while they are added up. */
    private static final class HomeAcc {
        final String name;
        final String countyCode;
        final Set<ApplicationKind> paidKinds = EnumSet.noneOf(ApplicationKind.class);
        Split split = Split.ZERO;

        HomeAcc(String name, String countyCode) {
            this.name = name;
            this.countyCode = countyCode;
        }

        void add(ApplicationKind kind, Figures f) {
            split = split.plus(kind, f);
        }
    }

    private int checkYear(Integer year) {
        if (year == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "year", "year is required (YYYY)");
        }
        int last = currentYear();
        if (year < FIRST_YEAR || year > last) {
            throw BusinessException.invalid(
                    "INVALID_YEAR", "year", "year must be from " + FIRST_YEAR + " to " + last, String.valueOf(year));
        }
        return year;
    }

    /** The county asked for (null: the whole city), after checking the caller may ask for it. */
    private static String county(Caller caller, String countyCode) {
        if (countyCode != null) {
            LeshanCounty.of(countyCode, "countyCode");
        }
        if (caller.role() == Role.COUNTY_AUDITOR) {
            if (countyCode != null && !countyCode.equals(caller.countyCode())) {
                throw BusinessException.notFound(
                        "COUNTY_NOT_FOUND", "No county " + countyCode + " in your scope", countyCode);
            }
            return caller.countyCode();
        }
        return countyCode;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
