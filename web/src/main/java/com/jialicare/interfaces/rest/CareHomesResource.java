package com.jialicare.interfaces.rest;

import com.jialicare.application.CareHomeChangeService;
import com.jialicare.application.CareHomeService;
import com.jialicare.application.Page;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedChangeKind;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.carehome.HomeFactKind;
import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Care homes and their beds (API.md, Registry). */
@ApplicationScoped
@Path("care-homes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CareHomesResource {

    @Inject
    private CareHomeService homes;

    @Inject
    private CareHomeChangeService changes;

    public record NewCareHomeRequest(
            String name,
            String creditCode,
            String ownership,
            String countyCode,
            String filedOn,

            @Schema(type = SchemaType.INTEGER, format = "int32", example = "50")
            Object filedBeds,

            String premises,
            String leaseEndsOn,
            String address,

            @Schema(nullable = true, example = "0833-2123456")
            String phone) {}

    public record CareHomeView(
            long id,
            String name,
            String creditCode,
            String ownership,
            String countyCode,
            String countyName,
            LocalDate filedOn,
            int filedBeds,
            String premises,
            LocalDate leaseEndsOn,
            String address,
            String phone) {

        static CareHomeView of(CareHome h) {
            return new CareHomeView(
                    h.getId(),
                    h.getName(),
                    h.getCreditCode(),
                    h.getOwnership().name(),
                    h.getCountyCode(),
                    LeshanCounty.byCode(h.getCountyCode())
                            .map(LeshanCounty::nameZh)
                            .orElse(null),
                    h.getFiledOn(),
                    h.getFiledBeds(),
                    h.getPremises().name(),
                    h.getLeaseEndsOn(),
                    h.getAddress(),
                    h.getPhone());
        }
    }

    /**
     * A care home with its dated histories (docs/RULES.md §8.1), each oldest first; the plain fields are today's
     * values. {@code closedOn} is left out while the home is open.
     */
    public record CareHomeDetailView(
            long id,
            String name,
            String creditCode,
            String ownership,
            String countyCode,
            String countyName,
            LocalDate filedOn,
            int filedBeds,
            String premises,
            LocalDate leaseEndsOn,
            String address,
            String phone,
            LocalDate closedOn,
            List<OwnershipEntry> ownershipHistory,
            List<PremisesEntry> premisesHistory,
            List<FiledBedsEntry> filedBedsHistory) {

        static CareHomeDetailView of(CareHome h) {
            CareHomeView v = CareHomeView.of(h);
            return new CareHomeDetailView(
                    v.id(),
                    v.name(),
                    v.creditCode(),
                    v.ownership(),
                    v.countyCode(),
                    v.countyName(),
                    v.filedOn(),
                    v.filedBeds(),
                    v.premises(),
                    v.leaseEndsOn(),
                    v.address(),
                    v.phone(),
                    h.getClosedOn(),
                    h.ownershipHistory().entries().stream()
                            .map(e -> new OwnershipEntry(
                                    e.effectiveOn(), e.value().name()))
                            .toList(),
                    h.premisesHistory().entries().stream()
                            .map(CareHomesResource::premisesEntry)
                            .toList(),
                    h.filedBedsHistory().entries().stream()
                            .map(e -> new FiledBedsEntry(e.effectiveOn(), e.value()))
                            .toList());
        }
    }

    private static PremisesEntry premisesEntry(DatedHistory.Entry<PremisesTerm> e) {
        return new PremisesEntry(
                e.effectiveOn(), e.value().premises().name(), e.value().leaseEndsOn());
    }

    public record OwnershipEntry(LocalDate effectiveOn, String ownership) {}

    /** {@code leaseEndsOn} is left out for owned premises. */
    public record PremisesEntry(LocalDate effectiveOn, String premises, LocalDate leaseEndsOn) {}

    public record FiledBedsEntry(LocalDate effectiveOn, int filedBeds) {}

    /** A change (§8.1): {@code kind} and {@code effectiveOn}, and the value fields of the kind. */
    public record ChangeRequest(
            @Schema(enumeration = {"OWNERSHIP", "PREMISES", "FILED_BEDS", "CLOSED"})
            String kind,

            String effectiveOn,
            String ownership,
            String premises,
            String leaseEndsOn,

            @Schema(type = SchemaType.INTEGER, format = "int32", example = "60")
            Object filedBeds) {}

    /**
     * A correction (§8.2): {@code reason} and any of {@code name, creditCode, filedOn}; and/or one history entry
     * ({@code historyKind, effectiveOn}) withdrawn ({@code withdraw: true}) or given its right value.
     */
    public record CorrectionRequest(
            String reason,
            String name,
            String creditCode,
            String filedOn,

            @Schema(enumeration = {"OWNERSHIP", "PREMISES", "FILED_BEDS", "CLOSED"})
            String historyKind,

            String effectiveOn,
            @Schema(type = SchemaType.BOOLEAN) Object withdraw,
            String ownership,
            String premises,
            String leaseEndsOn,

            @Schema(type = SchemaType.INTEGER, format = "int32", example = "60")
            Object filedBeds) {}

    /** A bed's correction (§8.2): {@code reason} and any of {@code code, room, commissionedOn}, or {@code reinstate}. */
    public record BedCorrectionRequest(
            String reason,
            String code,
            String room,
            String commissionedOn,
            @Schema(type = SchemaType.BOOLEAN) Object reinstate) {}

    /** A bed's dated change (§8.1; issue #14): {@code kind} and {@code effectiveOn}. */
    public record BedChangeRequest(
            @Schema(enumeration = {"RETURNED_TO_SERVICE"}) String kind, String effectiveOn) {}

    public record NewBedRequest(String code, String room, String commissionedOn) {}

    public record RetireRequest(String on) {}

    public record BedView(
            long id, long careHomeId, String code, String room, LocalDate commissionedOn, LocalDate retiredOn) {

        static BedView of(Bed b) {
            return new BedView(
                    b.getId(), b.getCareHomeId(), b.getCode(), b.getRoom(), b.getCommissionedOn(), b.getRetiredOn());
        }
    }

    /** A bed on the requested day: status VACANT, OCCUPIED, RETIRED or NOT_COMMISSIONED, and the occupant. */
    public record BedStatusView(
            long id,
            String code,
            String room,
            LocalDate commissionedOn,
            LocalDate retiredOn,
            String status,
            @JsonbNillable @Schema(nullable = true) Occupant occupant) {}

    public record Occupant(long residentId, String name, long stayId, LocalDate since) {}

    public record PageView<T>(int page, int size, long total, List<T> items) {

        static <T> PageView<T> of(Page<T> p) {
            return new PageView<>(p.page(), p.size(), p.total(), p.items());
        }
    }

    @APIResponse(
            responseCode = "201",
            description = "Care home created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new care home's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CareHomeView.class)))
    @POST
    public Response create(NewCareHomeRequest body, @Context UriInfo uri) {
        Params.body(body);
        CareHome home = homes.create(new CareHomeService.NewCareHome(
                body.name(),
                body.creditCode(),
                Params.enumValue(Ownership.class, body.ownership(), "ownership"),
                body.countyCode(),
                Params.date(body.filedOn(), "filedOn"),
                Params.integer(body.filedBeds(), "filedBeds", Integer.MIN_VALUE, Integer.MAX_VALUE),
                Params.enumValue(Premises.class, body.premises(), "premises"),
                Params.date(body.leaseEndsOn(), "leaseEndsOn"),
                body.address(),
                body.phone()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(home.getId()))
                        .build())
                .entity(CareHomeView.of(home))
                .build();
    }

    @GET
    public PageView<CareHomeView> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("countyCode") String countyCode,
            @QueryParam("search") String search) {
        return PageView.of(
                homes.list(Params.queryInt(page, "page", 0), Params.queryInt(size, "size", 20), countyCode, search)
                        .map(CareHomeView::of));
    }

    @GET
    @Path("{id}")
    public CareHomeDetailView get(@PathParam("id") long id) {
        return CareHomeDetailView.of(homes.get(id));
    }

    /** {@code POST /api/care-homes/{id}/changes}: a change of a filing fact on a day (docs/RULES.md §8.1). */
    @APIResponse(
            responseCode = "200",
            description = "The home with the change in its history",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CareHomeDetailView.class)))
    @POST
    @Path("{id}/changes")
    public CareHomeDetailView change(@PathParam("id") long id, ChangeRequest body) {
        Params.body(body);
        return CareHomeDetailView.of(changes.change(
                id,
                new CareHomeChangeService.HomeChange(
                        Params.enumValue(HomeFactKind.class, body.kind(), "kind"),
                        Params.date(body.effectiveOn(), "effectiveOn"),
                        Params.enumValue(Ownership.class, body.ownership(), "ownership"),
                        Params.enumValue(Premises.class, body.premises(), "premises"),
                        Params.date(body.leaseEndsOn(), "leaseEndsOn"),
                        Params.integer(body.filedBeds(), "filedBeds", Integer.MIN_VALUE, Integer.MAX_VALUE))));
    }

    /** {@code POST /api/care-homes/{id}/corrections}: a correction with a reason (docs/RULES.md §8.2). */
    @APIResponse(
            responseCode = "200",
            description = "The corrected home",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CareHomeDetailView.class)))
    @POST
    @Path("{id}/corrections")
    public CareHomeDetailView correct(@PathParam("id") long id, CorrectionRequest body) {
        Params.body(body);
        return CareHomeDetailView.of(changes.correct(
                id,
                new CareHomeChangeService.HomeCorrection(
                        body.reason(),
                        body.name(),
                        body.creditCode(),
                        Params.date(body.filedOn(), "filedOn"),
                        Params.enumValue(HomeFactKind.class, body.historyKind(), "historyKind"),
                        Params.date(body.effectiveOn(), "effectiveOn"),
                        Boolean.TRUE.equals(Params.bool(body.withdraw(), "withdraw")),
                        Params.enumValue(Ownership.class, body.ownership(), "ownership"),
                        Params.enumValue(Premises.class, body.premises(), "premises"),
                        Params.date(body.leaseEndsOn(), "leaseEndsOn"),
                        Params.integer(body.filedBeds(), "filedBeds", Integer.MIN_VALUE, Integer.MAX_VALUE))));
    }

    /**
     * {@code POST /api/care-homes/{id}/beds/{bedId}/changes}: a bed's dated change (docs/RULES.md §8.1): a retired
     * bed back in service from {@code effectiveOn} ({@code kind: RETURNED_TO_SERVICE}); the days since its
     * retirement stay out of service in its history.
     */
    @APIResponse(
            responseCode = "200",
            description = "The bed, in service again",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BedView.class)))
    @POST
    @Path("{id}/beds/{bedId}/changes")
    public BedView changeBed(@PathParam("id") long id, @PathParam("bedId") long bedId, BedChangeRequest body) {
        Params.body(body);
        return BedView.of(changes.changeBed(
                id,
                bedId,
                new CareHomeChangeService.BedChange(
                        Params.enumValue(BedChangeKind.class, body.kind(), "kind"),
                        Params.date(body.effectiveOn(), "effectiveOn"))));
    }

    /**
     * {@code POST /api/care-homes/{id}/beds/{bedId}/corrections}: a bed's code, room or commissioning day
     * corrected, or a bed retired by mistake back in service ({@code reinstate: true}), with a reason.
     */
    @APIResponse(
            responseCode = "200",
            description = "The corrected bed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BedView.class)))
    @POST
    @Path("{id}/beds/{bedId}/corrections")
    public BedView correctBed(@PathParam("id") long id, @PathParam("bedId") long bedId, BedCorrectionRequest body) {
        Params.body(body);
        return BedView.of(changes.correctBed(
                id,
                bedId,
                new CareHomeChangeService.BedCorrection(
                        body.reason(),
                        body.code(),
                        body.room(),
                        Params.date(body.commissionedOn(), "commissionedOn"),
                        Boolean.TRUE.equals(Params.bool(body.reinstate(), "reinstate")))));
    }

    /**
     * {@code GET /api/care-homes/{id}/dashboard}: the home's figures for the server's today, as its dashboard
     * shows them: beds in service, occupied and vacant, and the residents whose stay reaches the operating
     * subsidy's minimum stay within the next {@value CareHomeService#ANNIVERSARY_WINDOW_DAYS} days, on the day
     * the operating calculator counts from (RULES.md §4.3).
     */
    @GET
    @Path("{id}/dashboard")
    public DashboardView dashboard(@PathParam("id") long id) {
        CareHomeService.Dashboard d = homes.dashboard(id);
        return new DashboardView(
                d.home().getId(),
                d.day(),
                d.bedsInService(),
                d.occupied(),
                d.vacant(),
                d.stayMonths(),
                CareHomeService.ANNIVERSARY_WINDOW_DAYS,
                d.anniversaries().stream()
                        .map(a -> new ReachingView(
                                a.stayId(), a.residentId(), a.residentName(), a.admittedOn(), a.reachedOn()))
                        .toList());
    }

    /** A home's figures on a day; {@code minimumStayMonths} is the minimum of the version in force that day. */
    public record DashboardView(
            long careHomeId,
            LocalDate day,
            long bedsInService,
            long occupied,
            long vacant,
            int minimumStayMonths,
            int windowDays,
            List<ReachingView> reachingMinimumStay) {}

    /** An open stay reaching the minimum stay on {@code minimumStayReachedOn}. */
    public record ReachingView(
            long stayId, long residentId, String residentName, LocalDate admittedOn, LocalDate minimumStayReachedOn) {}

    @APIResponse(
            responseCode = "201",
            description = "Bed created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new bed's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BedView.class)))
    @POST
    @Path("{id}/beds")
    public Response addBed(@PathParam("id") long id, NewBedRequest body, @Context UriInfo uri) {
        Params.body(body);
        Bed bed = homes.addBed(
                id, body.code(), body.room(), Params.requiredDate(body.commissionedOn(), "commissionedOn"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(bed.getId()))
                        .build())
                .entity(BedView.of(bed))
                .build();
    }

    @GET
    @Path("{id}/beds")
    public List<BedStatusView> beds(@PathParam("id") long id, @QueryParam("on") String on) {
        LocalDate day = on == null || on.isBlank() ? null : Params.requiredDate(on, "on"); // null: the server's today
        return homes.bedsOn(id, day).stream()
                .map(b -> new BedStatusView(
                        b.bed().id(),
                        b.bed().code(),
                        b.bed().room(),
                        b.bed().commissionedOn(),
                        b.bed().retiredOn(),
                        b.status().name(),
                        b.stayId() == null
                                ? null
                                : new Occupant(b.residentId(), b.residentName(), b.stayId(), b.since())))
                .toList();
    }

    @POST
    @Path("{id}/beds/{bedId}/retire")
    public BedView retire(@PathParam("id") long id, @PathParam("bedId") long bedId, RetireRequest body) {
        Params.body(body);
        return BedView.of(homes.retireBed(id, bedId, Params.requiredDate(body.on(), "on")));
    }
}
