package com.jialicare.interfaces.rest;

import com.jialicare.application.ResidentFactsService;
import com.jialicare.application.ResidentImportService;
import com.jialicare.application.ResidentService;
import com.jialicare.application.StayService;
import com.jialicare.application.UserService;
import com.jialicare.domain.model.resident.Assessment;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.resident.ResidentFactKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Residents and their assessments (API.md, Registry). */
@ApplicationScoped
@Path("residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentsResource {

    @Inject
    private ResidentService residents;

    @Inject
    private StayService stays;

    @Inject
    private UserService users;

    @Inject
    private ResidentFactsService facts;

    @Inject
    private com.jialicare.application.ResidentImportService imports;

    @Inject
    private java.time.Clock clock;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The answer to an import: how many rows were read and imported, or every rejected row (each wrong cell, with
     * its column as the file's header wrote it); {@code reason} says more precisely why a file was refused
     * ({@code IMPORT_MISSING_COLUMN}, with {@code reasonArgs}); a {@code preview} stored nothing.
     */
    public record ImportReport(
            String code,
            String message,
            int rows,
            int imported,
            List<com.jialicare.application.ResidentImportService.RowError> errors,
            @Schema(nullable = true) String reason,
            List<Object> reasonArgs,
            boolean preview) {

        public ImportReport(
                String code,
                String message,
                int rows,
                int imported,
                List<com.jialicare.application.ResidentImportService.RowError> errors) {
            this(code, message, rows, imported, errors, null, List.of(), false);
        }
    }

    public record NewResidentRequest(
            String name,
            String idNumber,
            String hukouCode,
            @Schema(type = SchemaType.BOOLEAN) Object stateSupported,

            @Schema(type = SchemaType.INTEGER, format = "int32", example = "2")
            Object careLevel,

            String assessedOn) {}

    public record NewAssessmentRequest(
            @Schema(type = SchemaType.INTEGER, format = "int32", example = "2")
            Object level,

            String effectiveOn) {}

    public record AssessmentView(long id, int level, LocalDate effectiveOn) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.getId(), a.getLevel(), a.getEffectiveOn());
        }
    }

    /**
     * Family members see the ID number masked; the people who handle the papers see it whole. With a masked
     * number go none of the facts that give its hidden digits back (API.md, Family): no birth date (digits 7
     * to 14), no age, no hukou code (often digits 1 to 6); JSON leaves them out.
     */
    public record ResidentView(
            long id,
            String name,
            String idNumber,
            LocalDate birthDate,
            String sex,
            Integer age,
            String hukouCode,
            boolean stateSupported,
            Integer careLevel,
            List<AssessmentView> assessments,
            List<Long> stayIds,
            List<HukouEntryView> hukouHistory,
            List<StateSupportEntryView> stateSupportHistory) {}

    // --- corrections: resident facts (docs/RULES.md §8.1-8.2) ---

    /** An entry of the hukou history: from {@code effectiveOn} on, the hukou is {@code hukouCode}. */
    public record HukouEntryView(LocalDate effectiveOn, String hukouCode) {}

    /** An entry of the state-support history. */
    public record StateSupportEntryView(LocalDate effectiveOn, boolean stateSupported) {}

    /** A change (§8.1): {@code kind} HUKOU with {@code hukouCode}, or STATE_SUPPORT with {@code stateSupported}. */
    public record ChangeRequest(
            @Schema(enumeration = {"HUKOU", "STATE_SUPPORT"})
            String kind,

            @Schema(format = "date", example = "2025-07-10") String effectiveOn,
            String hukouCode,
            @Schema(type = SchemaType.BOOLEAN) Object stateSupported) {}

    /**
     * A correction (§8.2): a {@code reason} and any of {@code name}, {@code idNumber} (auditors and the
     * administrator only), or an entry of a history ({@code historyKind}, {@code effectiveOn}) to withdraw
     * ({@code withdraw: true}) or to give a new value ({@code hukouCode}, {@code stateSupported}, {@code level}).
     */
    public record CorrectionRequest(
            String reason,
            String name,
            String idNumber,

            @Schema(enumeration = {"HUKOU", "STATE_SUPPORT", "ASSESSMENT"})
            String historyKind,

            @Schema(format = "date", example = "2025-07-10") String effectiveOn,
            @Schema(type = SchemaType.BOOLEAN) Object withdraw,
            String hukouCode,
            @Schema(type = SchemaType.BOOLEAN) Object stateSupported,

            @Schema(type = SchemaType.INTEGER, format = "int32", example = "2")
            Object level) {}

    @APIResponse(
            responseCode = "201",
            description = "Resident created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resident's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResidentView.class)))
    @POST
    public Response register(NewResidentRequest body, @Context UriInfo uri) {
        Params.body(body);
        Resident r = residents.register(new ResidentService.NewResident(
                body.name(),
                body.idNumber(),
                body.hukouCode(),
                Params.bool(body.stateSupported(), "stateSupported"),
                Params.integer(body.careLevel(), "careLevel", Integer.MIN_VALUE, Integer.MAX_VALUE),
                Params.requiredDate(body.assessedOn(), "assessedOn")));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(r.getId()))
                        .build())
                .entity(view(r, false, List.of(), true))
                .build();
    }

    @GET
    public CareHomesResource.PageView<ResidentView> list(
            @jakarta.ws.rs.QueryParam("careHomeId") Long careHomeId,
            @jakarta.ws.rs.QueryParam("q") String q,
            @jakarta.ws.rs.QueryParam("current") @jakarta.ws.rs.DefaultValue("false") boolean current,
            @jakarta.ws.rs.QueryParam("sort") String sort,
            @jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("size") String size) {
        boolean mask = !users.me().seesWholeIdNumbers();
        var p = residents.list(
                careHomeId,
                q,
                current,
                com.jialicare.domain.model.shared.ListOrder.parse(sort),
                Params.queryInt(page, "page", 0),
                Params.queryInt(size, "size", 20));
        return new CareHomesResource.PageView<>(
                p.page(),
                p.size(),
                p.total(),
                p.items().stream().map(r -> view(r, mask, List.of(), false)).toList());
    }

    /**
     * {@code POST /api/residents/import} with an .xlsx body (columns 姓名, 身份证号码, 户籍地代码, 特困供养,
     * 能力等级, 评估日期 or their English names): all rows or none; 400 lists every rejected row. The body is
     * read as a stream, at most {@link com.jialicare.application.ResidentImportService#MAX_FILE_BYTES} of it: a larger one is 413
     * {@code IMPORT_FILE_TOO_LARGE} (at once when its Content-Length says so); more than
     * {@link com.jialicare.application.ResidentImportService#MAX_ROWS} residents is 400 {@code IMPORT_TOO_MANY_ROWS}, a file that unpacks into
     * too much 400 {@code IMPORT_CONTENT_TOO_LARGE}; when other imports are running, 503 {@code IMPORT_BUSY}
     * with Retry-After. With {@code ?preview=true} nothing is stored: 200 with {@code preview} and the rows that
     * would be imported, or the same 400 as an import.
     */
    @APIResponse(
            responseCode = "200",
            description = "Every row imported (`imported`, `rows`); or, with `preview=true`, every row would be",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Nothing imported: `IMPORT_REJECTED` with every rejected row in `errors`, `IMPORT_TOO_MANY_ROWS`, `IMPORT_CONTENT_TOO_LARGE`, or a file that is not a workbook",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "413",
            description = "`IMPORT_FILE_TOO_LARGE`: more than 10 MB",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "503",
            description = "`IMPORT_BUSY`: two imports are running; or `DATABASE_UNAVAILABLE`",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importResidents(
            InputStream body,
            @HeaderParam("Content-Length") String contentLength,
            @jakarta.ws.rs.QueryParam("preview") @jakarta.ws.rs.DefaultValue("false") boolean preview) {
        ResidentImportService.Report report;
        if (declaredLength(contentLength) > ResidentImportService.MAX_FILE_BYTES) {
            report = ResidentImportService.tooLargeFile();
        } else {
            report = preview ? imports.preview(body) : imports.importResidents(body);
        }
        if (preview && report.clean()) {
            return Response.ok(new ImportReport(
                            null,
                            report.rows() + " residents would be imported",
                            report.rows(),
                            0,
                            List.of(),
                            null,
                            List.of(),
                            true))
                    .build();
        }
        if (report.accepted()) {
            return Response.ok(new ImportReport(
                            null,
                            report.imported() + " residents imported",
                            report.rows(),
                            report.imported(),
                            List.of()))
                    .build();
        }
        if (report.fileCode() != null) {
            int status = switch (report.fileCode()) {
                case ResidentImportService.BUSY -> 503;
                case ResidentImportService.FILE_TOO_LARGE -> 413;
                default -> 400;
            };
            Response.ResponseBuilder answer = Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ImportReport(
                            report.fileCode(),
                            report.fileError(),
                            0,
                            0,
                            List.of(),
                            report.fileReason(),
                            report.fileReasonArgs(),
                            report.preview()));
            if (status == 503) {
                answer.header("Retry-After", ResidentImportService.RETRY_AFTER_SECONDS);
            }
            return answer.build();
        }
        String message = report.errors().size() + " of " + report.rows() + " rows are wrong; nothing was imported";
        return Response.status(400)
                .entity(new ImportReport(
                        "IMPORT_REJECTED", message, report.rows(), 0, report.errors(), null, List.of(), preview))
                .build();
    }

    /** {@code GET /api/residents/template.xlsx}: the columns the import reads and an example row. */
    @APIResponse(
            responseCode = "200",
            description = "The template as an Excel workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    public Response template() {
        return Response.ok(imports.template())
                .header("Content-Disposition", "attachment; filename=\"residents-template.xlsx\"")
                .build();
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @GET
    @Path("{id}")
    public ResidentView get(@PathParam("id") long id) {
        Resident r = residents.get(id);
        boolean mask = !users.me().seesWholeIdNumbers();
        return view(r, mask, stays.ofResident(id).stream().map(s -> s.getId()).toList(), true);
    }

    /**
     * {@code POST /api/residents/{id}/changes} (docs/RULES.md §8.1): a change of hukou or state support from a day
     * on; answers the resident with its histories.
     */
    @APIResponse(
            responseCode = "200",
            description = "Change recorded; the resident with its histories",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResidentView.class)))
    @POST
    @Path("{id}/changes")
    public ResidentView change(@PathParam("id") long id, ChangeRequest body) {
        Params.body(body);
        Resident r = facts.change(
                id,
                new ResidentFactsService.Change(
                        Params.enumValue(ResidentFactKind.class, body.kind(), "kind"),
                        Params.requiredDate(body.effectiveOn(), "effectiveOn"),
                        body.hukouCode(),
                        Params.bool(body.stateSupported(), "stateSupported")));
        return view(r, false, stays.ofResident(id).stream().map(s -> s.getId()).toList(), true);
    }

    /**
     * {@code POST /api/residents/{id}/corrections} (docs/RULES.md §8.2): corrects a name, an ID number, or an
     * entry of a history (withdrawn, or given a new value), with a reason; answers the corrected resident.
     */
    @APIResponse(
            responseCode = "200",
            description = "Correction recorded; the resident with its histories",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResidentView.class)))
    @POST
    @Path("{id}/corrections")
    public ResidentView correct(@PathParam("id") long id, CorrectionRequest body) {
        Params.body(body);
        Resident r = facts.correct(
                id,
                new ResidentFactsService.Correction(
                        body.reason(),
                        body.name(),
                        body.idNumber(),
                        Params.enumValue(ResidentFactKind.class, body.historyKind(), "historyKind"),
                        Params.date(body.effectiveOn(), "effectiveOn"),
                        Params.bool(body.withdraw(), "withdraw"),
                        body.hukouCode(),
                        Params.bool(body.stateSupported(), "stateSupported"),
                        Params.integer(body.level(), "level", Integer.MIN_VALUE, Integer.MAX_VALUE)));
        return view(r, false, stays.ofResident(id).stream().map(s -> s.getId()).toList(), true);
    }

    @APIResponse(
            responseCode = "201",
            description = "Assessment created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new assessment's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssessmentView.class)))
    @POST
    @Path("{id}/assessments")
    public Response assess(@PathParam("id") long id, NewAssessmentRequest body, @Context UriInfo uri) {
        Params.body(body);
        Assessment a = residents.assess(
                id,
                Params.integer(body.level(), "level", Integer.MIN_VALUE, Integer.MAX_VALUE),
                Params.requiredDate(body.effectiveOn(), "effectiveOn"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.getId()))
                        .build())
                .entity(AssessmentView.of(a))
                .build();
    }

    /** A resident as the API shows them; age and level are those of the server's (training) today. */
    private ResidentView view(Resident r, boolean mask, List<Long> stayIds, boolean histories) {
        LocalDate today = LocalDate.now(clock);
        return new ResidentView(
                r.getId(),
                r.getName(),
                mask ? r.getIdNumber().masked() : r.getIdNumberValue(),
                mask ? null : r.getBirthDate(),
                r.getSex().name(),
                mask ? null : r.getIdNumber().ageOn(today),
                mask ? null : r.getHukouCode(),
                r.isStateSupported(),
                r.levelOn(today).orElse(null),
                r.getAssessments().stream().map(AssessmentView::of).toList(),
                stayIds,
                !histories || mask
                        ? null
                        : r.hukouHistory().entries().stream()
                                .map(e -> new HukouEntryView(e.effectiveOn(), e.value()))
                                .toList(),
                !histories || mask // the first entry is dated on the birth date, which a masked number hides
                        ? null
                        : r.stateSupportHistory().entries().stream()
                                .map(e -> new StateSupportEntryView(e.effectiveOn(), e.value()))
                                .toList());
    }
}
