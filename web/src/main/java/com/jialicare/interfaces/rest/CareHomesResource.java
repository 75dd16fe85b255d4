package com.jialicare.interfaces.rest;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.Page;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
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
            String address) {}

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
            String address) {

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
                    h.getAddress());
        }
    }

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
                body.address()));
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
            @QueryParam("countyCode") String countyCode) {
        return PageView.of(homes.list(Params.queryInt(page, "page", 0), Params.queryInt(size, "size", 20), countyCode)
                .map(CareHomeView::of));
    }

    @GET
    @Path("{id}")
    public CareHomeView get(@PathParam("id") long id) {
        return CareHomeView.of(homes.get(id));
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
