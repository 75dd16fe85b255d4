package com.jialicare.interfaces.rest;

import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.Absence;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Stay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Stays: admission, transfers, absences, discharge (API.md, Registry). */
@ApplicationScoped
@Path("stays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaysResource {

    @Inject
    private StayService stays;

    /**
     * {@code residentId} names a resident the caller sees; someone registered by another home (moving in from
     * there) is named by their whole {@code idNumber}, with or without the id.
     */
    public record AdmissionRequest(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object residentId,

            String idNumber,

            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object bedId,

            String admittedOn) {}

    public record TransferRequest(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object bedId,

            String on) {}

    public record AbsenceRequest(String from, String until, String kind, String note) {}

    public record DischargeRequest(String on, String reason) {}

    public record BedPeriod(
            long bedId,
            LocalDate from,
            @JsonbNillable @Schema(nullable = true) LocalDate until) {}

    public record AbsenceView(long id, LocalDate from, LocalDate until, String kind, String note) {

        static AbsenceView of(Absence a) {
            return new AbsenceView(
                    a.getId(), a.getFromOn(), a.getUntilOn(), a.getKind().name(), a.getNote());
        }
    }

    public record StayView(
            long id,
            long residentId,
            long careHomeId,
            LocalDate admittedOn,
            @JsonbNillable @Schema(nullable = true) LocalDate dischargedOn,
            @JsonbNillable @Schema(nullable = true) String dischargeReason,
            @JsonbNillable @Schema(nullable = true) Long currentBedId,
            List<BedPeriod> beds,
            List<AbsenceView> absences) {

        static StayView of(Stay s) {
            return new StayView(
                    s.getId(),
                    s.getResidentId(),
                    s.getCareHomeId(),
                    s.getAdmittedOn(),
                    s.getDischargedOn(),
                    s.getDischargeReason() == null
                            ? null
                            : s.getDischargeReason().name(),
                    s.currentOccupancy().map(o -> o.getBedId()).orElse(null),
                    s.getOccupancies().stream()
                            .map(o -> new BedPeriod(o.getBedId(), o.getFromOn(), o.getUntilOn()))
                            .toList(),
                    s.getAbsences().stream().map(AbsenceView::of).toList());
        }
    }

    @APIResponse(
            responseCode = "201",
            description = "Stay created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new stay's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StayView.class)))
    @POST
    public Response admit(AdmissionRequest body, @Context UriInfo uri) {
        Params.body(body);
        Stay s = stays.admit(
                Params.id(body.residentId(), "residentId"),
                body.idNumber(),
                Params.id(body.bedId(), "bedId"),
                Params.requiredDate(body.admittedOn(), "admittedOn"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(s.getId()))
                        .build())
                .entity(StayView.of(s))
                .build();
    }

    @GET
    @Path("{id}")
    public StayView get(@PathParam("id") long id) {
        return StayView.of(stays.get(id));
    }

    @POST
    @Path("{id}/transfers")
    public StayView transfer(@PathParam("id") long id, TransferRequest body) {
        Params.body(body);
        return StayView.of(stays.transfer(id, Params.id(body.bedId(), "bedId"), Params.requiredDate(body.on(), "on")));
    }

    @APIResponse(
            responseCode = "201",
            description = "Absence created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new absence's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AbsenceView.class)))
    @POST
    @Path("{id}/absences")
    public Response absence(@PathParam("id") long id, AbsenceRequest body, @Context UriInfo uri) {
        Params.body(body);
        Absence a = stays.recordAbsence(
                id,
                Params.requiredDate(body.from(), "from"),
                Params.requiredDate(body.until(), "until"),
                Params.enumValue(AbsenceKind.class, body.kind(), "kind"),
                body.note());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.getId()))
                        .build())
                .entity(AbsenceView.of(a))
                .build();
    }

    @POST
    @Path("{id}/discharge")
    public StayView discharge(@PathParam("id") long id, DischargeRequest body) {
        Params.body(body);
        DischargeReason reason = Params.enumValue(DischargeReason.class, body.reason(), "reason");
        return StayView.of(stays.discharge(id, Params.requiredDate(body.on(), "on"), reason));
    }
}
