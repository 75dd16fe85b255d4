package com.jialicare.interfaces.rest;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.Objection;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Subsidy applications and their review (API.md, Applications). */
@RequestScoped // its @Context HttpHeaders field is the request's own
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    private ApplicationService applications;

    @Inject
    private com.jialicare.application.ApplicationExportService exports;

    @Inject
    private com.jialicare.application.subsidy.LineFactsService lineFacts;

    @Inject
    private com.jialicare.application.subsidy.AdjustmentService adjustments;

    @Inject
    private com.jialicare.application.subsidy.RecomputationService recomputation;

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    public record NewApplicationRequest(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object careHomeId,

            String kind,
            String asOf,
            String from,
            String to) {}

    public record CommentRequest(String comment) {}

    public record ReturnRequest(String reason) {}

    public record NoticeRequest(String from, String reason) {}

    /** {@code reason}: 1 to 500 characters, required. */
    public record WithdrawRequest(String reason) {}

    /** {@code from} and {@code to} (YYYY-MM) for an operating application, {@code asOf} (YYYY-MM-DD) for a construction one. */
    public record AmendRequest(String from, String to, String asOf) {}

    public record ObjectionRequest(String text, String contact) {}

    public record DecisionRequest(
            @Schema(type = SchemaType.BOOLEAN) Object upheld, String comment) {}

    public record BulkDecisionRequest(
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, example = "[1, 2]")
            Object objectionIds,

            @Schema(type = SchemaType.BOOLEAN) Object upheld,
            String comment) {}

    public record PaymentRequest(
            String paidOn,

            @Schema(
                    type = SchemaType.NUMBER,
                    example = "11000.00",
                    description = "Yuan: at most 12 digits and 2 decimals, as a JSON number")
            Object amount,

            String voucher) {}

    /** {@code duplicate}: the same text was already raised during this notice; its id is answered, nothing new stored. */
    public record ObjectionCreated(long id, long applicationId, boolean duplicate, String message) {}

    @APIResponse(
            responseCode = "201",
            description = "Application created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new application's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ApplicationView.class)))
    @POST
    public Response create(NewApplicationRequest body, @Context UriInfo uri) {
        Params.body(body);
        Application a = applications.create(command(body));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(a.getId()))
                        .build())
                .entity(view(applications.get(a.getId(), null)))
                .build();
    }

    /**
     * What creating this application would meet, nothing saved (docs/RULES.md §3.3, §4.6): the keys of its
     * period (resident-months of an operating one, beds of a construction one) already claimed by another live
     * application, and which. The body and its checks are those of {@code POST /api/applications}; the UI asks
     * this first and warns before it creates.
     */
    @APIResponse(
            responseCode = "200",
            description = "The claimed keys, empty when none",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimsCheckView.class)))
    @POST
    @Path("claims-check")
    public ClaimsCheckView claimsCheck(NewApplicationRequest body) {
        Params.body(body);
        return ClaimsCheckView.of(applications.claimsCheck(command(body)));
    }

    @GET
    public CareHomesResource.PageView<ApplicationView> list(
            @QueryParam("state") String state,
            @QueryParam("countyCode") String countyCode,
            @QueryParam("careHomeId") Long careHomeId,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var p = applications.list(
                Params.enumValue(ApplicationState.class, state, "state"),
                countyCode,
                careHomeId,
                q,
                com.jialicare.domain.model.shared.ListOrder.parse(sort),
                Params.queryInt(page, "page", 0),
                Params.queryInt(size, "size", 20));
        return new CareHomesResource.PageView<>(
                p.page(),
                p.size(),
                p.total(),
                p.items().stream()
                        .map(x -> ApplicationView.summary(x.application(), x.homeName(), x.countyCode()))
                        .toList());
    }

    private static ApplicationService.NewApplication command(NewApplicationRequest body) {
        ApplicationKind kind = Params.enumValue(ApplicationKind.class, body.kind(), "kind");
        return new ApplicationService.NewApplication(
                Params.id(body.careHomeId(), "careHomeId"),
                kind,
                kind == ApplicationKind.CONSTRUCTION ? Params.requiredDate(body.asOf(), "asOf") : null,
                kind == ApplicationKind.OPERATING ? Params.requiredMonth(body.from(), "from") : null,
                kind == ApplicationKind.OPERATING ? Params.requiredMonth(body.to(), "to") : null);
    }

    /**
     * The home withdraws a draft or returned application with a reason: state {@code WITHDRAWN}, kept and
     * visible, its claims released. Only the home's administrator (auditors return, they do not withdraw);
     * 409 {@code WRONG_STATE} from any other state.
     */
    @POST
    @Path("{id}/withdraw")
    public ApplicationView withdraw(@PathParam("id") long id, WithdrawRequest body) {
        Params.body(body);
        return view(applications.withdraw(id, body.reason()));
    }

    /**
     * The home amends a returned application: {@code from, to} (operating) or {@code asOf} (construction),
     * checked like a new application. The next {@code submit} freezes a new revision; the earlier ones stay
     * ({@code GET …?revision=}). 409 {@code WRONG_STATE} unless {@code RETURNED}.
     */
    @POST
    @Path("{id}/amend")
    public ApplicationView amend(@PathParam("id") long id, AmendRequest body) {
        Params.body(body);
        return view(applications.amend(
                id,
                new ApplicationService.Amendment(
                        Params.date(body.asOf(), "asOf"),
                        body.from() == null ? null : Params.requiredMonth(body.from(), "from"),
                        body.to() == null ? null : Params.requiredMonth(body.to(), "to"))));
    }

    /**
     * What changed from revision {@code n - 1} to {@code n} ({@code 2 ≤ n ≤ revision}, else 400
     * {@code INVALID_REVISION}): the lines added, removed and changed (matched by bed, or by stay and month;
     * old and new amount and the facts that differ) and the totals' difference, to the fen.
     */
    @GET
    @Path("{id}/revisions/{n}/diff")
    public RevisionDiffView diff(@PathParam("id") long id, @PathParam("n") int n) {
        return RevisionDiffView.of(applications.diff(id, n));
    }

    /**
     * One application; {@code revision} shows that revision's frozen lines and their total (default: the
     * latest). {@code returned} is the latest return's reason, who and when, while it matters to the reader.
     */
    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") long id, @QueryParam("revision") Integer revision) {
        return view(applications.get(id, revision));
    }

    @POST
    @Path("{id}/submit")
    public ApplicationView submit(@PathParam("id") long id) {
        return view(applications.submit(id));
    }

    @POST
    @Path("{id}/approve")
    public ApplicationView approve(@PathParam("id") long id, CommentRequest body) {
        return view(applications.approve(id, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/return")
    public ApplicationView returnApplication(@PathParam("id") long id, ReturnRequest body) {
        Params.body(body);
        return view(applications.returnApplication(id, body.reason()));
    }

    @POST
    @Path("{id}/notice")
    public ApplicationView notice(@PathParam("id") long id, NoticeRequest body) {
        Params.body(body);
        return view(applications.startNotice(id, Params.requiredDate(body.from(), "from"), body.reason()));
    }

    /**
     * Anyone may object during the notice, without logging in: 201, or 200 with {@code duplicate} for a text
     * already raised; throttled per remote address (429 {@code TOO_MANY_OBJECTIONS} with {@code Retry-After}).
     */
    @APIResponse(
            responseCode = "201",
            description = "Objection recorded",
            headers =
                    @Header(
                            name = "Location",
                            description = "The objection's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectionCreated.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same text was already raised: that objection, with `duplicate` true",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ObjectionCreated.class)))
    @APIResponse(
            responseCode = "429",
            description = "`TOO_MANY_OBJECTIONS` from this address; `Retry-After` says when to try again",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @POST
    @Path("{id}/objections")
    @PermitAll
    public Response object(@PathParam("id") long id, ObjectionRequest body, @Context UriInfo uri) {
        Params.body(body);
        var receipt = applications.object(id, body.text(), body.contact(), request.getRemoteAddr());
        Objection o = receipt.objection();
        if (receipt.duplicate()) {
            return Response.ok(new ObjectionCreated(
                            o.getId(), id, true, "The same objection is already recorded; the city will decide it"))
                    .build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(o.getId()))
                        .build())
                .entity(new ObjectionCreated(o.getId(), id, false, "Objection recorded; the city will decide it"))
                .build();
    }

    @POST
    @Path("{id}/objections/{oid}/decision")
    public ApplicationView decide(@PathParam("id") long id, @PathParam("oid") long oid, DecisionRequest body) {
        Params.body(body);
        return view(applications.decide(id, oid, Params.bool(body.upheld(), "upheld"), body.comment()));
    }

    /** The city decides several objections (repeated or identical ones) together: all or none. */
    @POST
    @Path("{id}/objections/decision")
    public ApplicationView decideAll(@PathParam("id") long id, BulkDecisionRequest body) {
        Params.body(body);
        return view(applications.decideAll(
                id,
                Params.ids(body.objectionIds(), "objectionIds"),
                Params.bool(body.upheld(), "upheld"),
                body.comment()));
    }

    @POST
    @Path("{id}/payment")
    public ApplicationView pay(@PathParam("id") long id, PaymentRequest body) {
        Params.body(body);
        return view(applications.pay(
                id,
                Params.requiredDate(body.paidOn(), "paidOn"),
                Params.money(body.amount(), "amount"),
                body.voucher()));
    }

    /**
     * The lines of a revision as an Excel workbook, in Chinese or English: {@code lang=zh|en} (the UI's
     * language, which its links pass on), else the request's {@code Accept-Language}.
     */
    /**
     * {@code GET /api/applications/{id}/lines/{lineNo}/facts}: the facts behind one line as the registry
     * records them now (the resident, stay, beds, absences and assessments of a resident-month; the bed and the
     * home's filing of a bed line; the policy parameters that decided it), for whoever may read the application.
     */
    @GET
    @Path("{id}/lines/{lineNo}/facts")
    public com.jialicare.application.subsidy.LineFacts facts(
            @PathParam("id") long id, @PathParam("lineNo") int lineNo, @QueryParam("revision") Integer revision) {
        return lineFacts.factsBehind(id, revision, lineNo);
    }

    /**
     * {@code GET /api/applications/{id}/recomputation} (docs/RULES.md §8.3): the claimed lines of a submitted or
     * paid application recomputed from the facts as they are now, under the policy table as it stood at freezing;
     * the totals, and the lines that differ with the change or correction behind each. For whoever may read the
     * application (404 otherwise, also for families); 409 {@code APPLICATION_NOT_SUBMITTED} for a draft, returned or
     * withdrawn one (its lines are not frozen).
     */
    @APIResponse(
            responseCode = "200",
            description = "The totals and the lines that differ (empty when nothing does)",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RecomputationView.class)))
    @APIResponse(
            responseCode = "409",
            description = "`APPLICATION_NOT_SUBMITTED`: a draft, returned or withdrawn application has no frozen lines",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @GET
    @Path("{id}/recomputation")
    public RecomputationView recomputation(@PathParam("id") long id) {
        return RecomputationView.of(recomputation.recompute(id), locale());
    }

    @APIResponse(
            responseCode = "200",
            description = "The lines as an Excel workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/lines.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response workbook(
            @PathParam("id") long id, @QueryParam("revision") Integer revision, @QueryParam("lang") String lang) {
        return Response.ok(exports.linesWorkbook(id, revision, chinese(lang)))
                .header("Content-Disposition", "attachment; filename=\"application-" + id + "-lines.xlsx\"")
                .build();
    }

    /** The approval sheet (审批表) as PDF; its language as {@link #workbook}'s. */
    @APIResponse(
            responseCode = "200",
            description = "The approval sheet as PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/approval-sheet.pdf")
    @Produces("application/pdf")
    public Response approvalSheet(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return Response.ok(exports.approvalSheet(id, chinese(lang)))
                .header("Content-Disposition", "attachment; filename=\"application-" + id + "-approval-sheet.pdf\"")
                .build();
    }

    private ApplicationView view(Details d) {
        return ApplicationView.of(
                d,
                d.residentNames(),
                locale(),
                adjustments.ofApplication(
                        d.application().getId(), d.revisionShown(), d.frozen() ? null : ApplicationView.linesTotal(d)));
    }

    /** {@code lang} if given ({@code zh} or {@code en}, else 400 {@code INVALID_LANGUAGE}), else Accept-Language. */
    private boolean chinese(String lang) {
        if (lang == null || lang.isBlank()) {
            return !Locale.ENGLISH.equals(locale());
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "zh" -> true;
            case "en" -> false;
            default -> throw BusinessException.invalid("INVALID_LANGUAGE", "lang", "lang is zh or en", lang);
        };
    }

    private Locale locale() {
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equalsIgnoreCase(l.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }
}
