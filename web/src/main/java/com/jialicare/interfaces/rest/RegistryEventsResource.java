package com.jialicare.interfaces.rest;

import com.jialicare.application.ReportedEventService;
import com.jialicare.application.ReportedEventService.Report;
import com.jialicare.application.ResidentImportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Deaths and hukou moves reported from outside (API.md, Money over time; docs/RULES.md §8.5). */
@ApplicationScoped
@Path("registry-events")
@Produces(MediaType.APPLICATION_JSON)
public class RegistryEventsResource {

    @Inject
    private ReportedEventService events;

    /** A row of the list that was wrong: its row in Excel, the column as the list names it, a code and a message. */
    public record RowErrorView(int row, String column, String code, String message) {}

    /** A case the list left to the county auditor. */
    public record CaseRefView(long id, String idNumber, String reason) {}

    /**
     * The answer to an import: {@code matched}, {@code staysEnded}, {@code hukouChanged} (and {@code unchanged},
     * matched rows the records already agreed with; {@code alreadyApplied}, rows of this reference imported
     * before), the {@code cases} left to the auditors, and every wrong row in {@code errors}; {@code code} and
     * {@code message} when nothing was done.
     */
    public record ImportReportView(
            @Schema(nullable = true) String code,
            String message,
            int rows,
            int matched,
            int staysEnded,
            int hukouChanged,
            int unchanged,
            int alreadyApplied,
            List<CaseRefView> cases,
            List<RowErrorView> errors) {}

    /**
     * {@code POST /api/registry-events/import} with an .xlsx body (columns 身份证号码, 日期, 类别 (死亡 | 户籍迁出),
     * 来源编号): county and city auditors; all rows or none. 400 {@code IMPORT_REJECTED} lists every wrong row; the
     * same bounds and answers as the residents' import (413, {@code IMPORT_TOO_MANY_ROWS},
     * {@code IMPORT_CONTENT_TOO_LARGE}, 503 {@code IMPORT_BUSY}).
     */
    @APIResponse(
            responseCode = "200",
            description = "The list was imported: what was matched, changed, and left as a case",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Nothing done: `IMPORT_REJECTED` with every wrong row in `errors`, `IMPORT_TOO_MANY_ROWS`, `IMPORT_CONTENT_TOO_LARGE`, or a file that is not a workbook",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(
            responseCode = "413",
            description = "`IMPORT_FILE_TOO_LARGE`: more than 10 MB",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(
            responseCode = "503",
            description = "`IMPORT_BUSY`: two imports are running; or `DATABASE_UNAVAILABLE`",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReportView.class)))
    @POST
    @Path("import")
    @Consumes({ResidentsResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importList(InputStream body, @HeaderParam("Content-Length") String contentLength) {
        Report report = declaredLength(contentLength) > ResidentImportService.MAX_FILE_BYTES
                ? ReportedEventService.tooLargeFile()
                : events.importList(body);
        if (report.fileCode() != null) {
            int status = switch (report.fileCode()) {
                case ResidentImportService.BUSY -> 503;
                case ResidentImportService.FILE_TOO_LARGE -> 413;
                default -> 400;
            };
            Response.ResponseBuilder answer = Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(view(report, report.fileCode(), report.fileError()));
            if (status == 503) {
                answer.header("Retry-After", ResidentImportService.RETRY_AFTER_SECONDS);
            }
            return answer.build();
        }
        if (!report.errors().isEmpty()) {
            String message = report.errors().size() + " errors in " + report.rows() + " rows; nothing was done";
            return Response.status(400)
                    .entity(view(report, "IMPORT_REJECTED", message))
                    .build();
        }
        String message = report.matched() + " matched, " + report.cases().size() + " cases, " + report.alreadyApplied()
                + " already imported";
        return Response.ok(view(report, null, message)).build();
    }

    /** The template list (.xlsx): the four columns and an example row. */
    @APIResponse(
            responseCode = "200",
            description = "The template as an Excel workbook",
            content =
                    @Content(
                            mediaType = ResidentsResource.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("template.xlsx")
    @Produces(ResidentsResource.XLSX)
    public Response template() {
        return Response.ok(events.template())
                .header("Content-Disposition", "attachment; filename=\"registry-events-template.xlsx\"")
                .build();
    }

    private static ImportReportView view(Report r, String code, String message) {
        return new ImportReportView(
                code,
                message,
                r.rows(),
                r.matched(),
                r.staysEnded(),
                r.hukouChanged(),
                r.unchanged(),
                r.alreadyApplied(),
                r.cases().stream()
                        .map(c -> new CaseRefView(c.id(), c.idNumber(), c.reason()))
                        .toList(),
                r.errors().stream()
                        .map(e -> new RowErrorView(e.row(), e.column(), e.code(), e.message()))
                        .toList());
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
