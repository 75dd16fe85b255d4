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

    /** A bed period of the stay; {@code id} names it in a correction of the transfer into it. */
    public record BedPeriod(
            long id,
            long bedId,
            LocalDate from,
            @JsonbNillable @Schema(nullable = true) LocalDate until) {}

    /**
     * A correction of a stay (docs/RULES.md §8.2): {@code reason} and any of the admission day, the discharge
     * day and reason, {@code reopen: true} (a discharge recorded by mistake), or a transfer's day: the move
     * into the bed period {@code occupancyId} (see the stay's {@code beds}) happened on {@code movedOn}.
     */
    public record StayCorrectionRequest(
            String reason,
            String admittedOn,
            String dischargedOn,
            String dischargeReason,
            @Schema(type = SchemaType.BOOLEAN) Object reopen,

            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object occupancyId,

            String movedOn) {}

    /** Why an absence entered by mistake is withdrawn. */
    public record WithdrawRequest(String reason) {}

    public record AbsenceView(
            long id,
            LocalDate from,
            LocalDate until,
            String kind,
            @JsonbNillable @Schema(nullable = true) String note,
            @JsonbNillable @Schema(nullable = true) java.time.Instant withdrawnAt,
            @JsonbNillable @Schema(nullable = true) String withdrawnBy,
            @JsonbNillable @Schema(nullable = true) String withdrawnReason) {

        static AbsenceView of(Absence a) {
            return new AbsenceView(
                    a.getId(),
                    a.getFromOn(),
                    a.getUntilOn(),
                    a.getKind().name(),
                    a.getNote(),
                    a.getWithdrawnAt(),
                    a.getWithdrawnBy(),
                    a.getWithdrawnReason());
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
            List<AbsenceView> absences,

            @Schema(description = "absences withdrawn as entered by mistake: kept, counted for nothing")
            List<AbsenceView> withdrawnAbsences) {

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
                            .map(o -> new BedPeriod(o.getId(), o.getBedId(), o.getFromOn(), o.getUntilOn()))
                            .toList(),
                    s.getAbsences().stream().map(AbsenceView::of).toList(),
                    s.getRecordedAbsences().stream()
                            .filter(Absence::isWithdrawn)
                            .map(AbsenceView::of)
                            .toList());
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

    // --- corrections: stays (docs/RULES.md §8.2) ---

    @POST
    @Path("{id}/corrections")
    public StayView correct(@PathParam("id") long id, StayCorrectionRequest body) {
        Params.body(body);
        Boolean reopen = Params.bool(body.reopen(), "reopen");
        return StayView.of(stays.correct(
                id,
                new StayService.StayCorrection(
                        body.reason(),
                        Params.date(body.admittedOn(), "admittedOn"),
                        Params.date(body.dischargedOn(), "dischargedOn"),
                        Params.enumValue(DischargeReason.class, body.dischargeReason(), "dischargeReason"),
                        Boolean.TRUE.equals(reopen),
                        Params.id(body.occupancyId(), "occupancyId"),
                        Params.date(body.movedOn(), "movedOn"))));
    }

    @POST
    @Path("{id}/absences/{absenceId}/withdraw")
    public StayView withdrawAbsence(
            @PathParam("id") long id, @PathParam("absenceId") long absenceId, WithdrawRequest body) {
        Params.body(body);
        return StayView.of(stays.withdrawAbsence(id, absenceId, body.reason()));
    }
}
