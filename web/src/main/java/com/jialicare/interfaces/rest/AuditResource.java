package com.jialicare.interfaces.rest;

import com.jialicare.application.AuditService;
import com.jialicare.application.Page;
import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.audit.AuditFilter;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/audit?entityType=Stay&entityId=42}: the history of one record (with {@code includeRelated=true}
 * also of its related records), or for the city a search over every record; filtered by actor, action, days and
 * kind; paged. The body stays a JSON array of events, as it always was; the number of all matching events is in
 * the {@code X-Total-Count} header.
 */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The header carrying how many events match, over all pages. */
    public static final String TOTAL = "X-Total-Count";

    @Inject
    private AuditService audit;

    /** One field a change or correction touched: its old and new value as text. */
    public record FieldChangeView(String field, String before, String after) {}

    public record EventView(
            long id,
            OffsetDateTime at,
            String actor,
            String action,
            String entityType,
            Long entityId,
            @Schema(nullable = true) String detail,

            @Schema(nullable = true, description = "why a correction was made (docs/RULES.md §8.2)")
            String reason,

            @Schema(nullable = true, description = "the day a change took effect (docs/RULES.md §8.1)")
            LocalDate effectiveOn,

            @Schema(
                    nullable = true,
                    description =
                            "CHANGE (an effective day; one reported from outside names its source as reason), CORRECTION (a reason, no effective day), or null")
            String kind,

            @Schema(description = "an entry taken back as if never made (action WITHDRAW_…)")
            boolean withdrawal,

            List<FieldChangeView> changes) {

        static EventView of(AuditEvent e) {
            return new EventView(
                    e.getId(),
                    e.getOccurredAt()
                            .atZone(com.jialicare.domain.model.shared.CityTime.ZONE)
                            .toOffsetDateTime(),
                    e.getActor(),
                    e.getAction(),
                    e.getEntityType(),
                    e.getEntityId(),
                    e.getDetail(),
                    e.getReason(),
                    e.getEffectiveOn(),
                    e.getKind() == null ? null : e.getKind().name(),
                    e.isWithdrawal(),
                    e.getChanges().stream()
                            .map(c -> new FieldChangeView(c.getField(), c.getBefore(), c.getAfter()))
                            .toList());
        }
    }

    @Operation(
            summary = "A record's history, or a search over every record's",
            description = "With entityType and entityId: that record's events (404 outside the caller's scope, "
                    + "like a record that does not exist); includeRelated=true adds a resident's stays, absences "
                    + "and assessments, a stay's absences, a home's beds. Without them: every record's, for "
                    + "ADMIN and CITY_AUDITOR, a county auditor's county's (403 for others). Paged like every list (page from 0, size 1 to "
                    + Page.MAX_SIZE + ", default " + Page.MAX_SIZE + "); the body is the page's events, the "
                    + "header X-Total-Count how many match.")
    @APIResponse(
            responseCode = "200",
            description = "The page's events, in the order asked (oldest first by default)",
            headers =
                    @Header(
                            name = TOTAL,
                            description = "How many events match, over all pages",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EventView.class)))
    @GET
    public Response history(
            @BeanParam Query query,
            @Parameter(description = "page number from 0", schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "events per page, 1 to " + Page.MAX_SIZE,
                            schema = @Schema(type = SchemaType.INTEGER))
                    @QueryParam("size")
                    String size) {
        Page<AuditEvent> p = audit.search(
                query.filter(), Params.queryInt(page, "page", 0), Params.queryInt(size, "size", Page.MAX_SIZE));
        return Response.ok(p.items().stream().map(EventView::of).toList())
                .header(TOTAL, p.total())
                .build();
    }

    /** The most events one export holds; beyond, {@code X-Total-Count} tells how many were left out. */
    public static final int MAX_EXPORT = 10_000;

    /**
     * The same events as {@link #history} (same filters and scope) as CSV, one row per field changed (one row for
     * an event without field changes), for a spreadsheet: UTF-8 with a byte-order mark, text that a spreadsheet
     * would run as a formula quoted with an apostrophe. At most {@value #MAX_EXPORT} events.
     */
    @Operation(summary = "A record's history (or a search's events) as CSV, for a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "The events as CSV (UTF-8 with a byte-order mark), at most " + MAX_EXPORT,
            headers =
                    @Header(
                            name = TOTAL,
                            description =
                                    "How many events match (more than the file holds when over " + MAX_EXPORT + ")",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("history.csv")
    @Produces("text/csv")
    public Response export(@BeanParam Query query) {
        AuditFilter filter = query.filter();
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("id,at,actor,action,entityType,entityId,kind,reason,effectiveOn,field,before,after,detail\r\n");
        long total = 0;
        int exported = 0;
        for (int page = 0; exported < MAX_EXPORT; page++) {
            Page<AuditEvent> p = audit.search(filter, page, Page.MAX_SIZE);
            total = p.total();
            for (AuditEvent e : p.items()) {
                EventView v = EventView.of(e);
                List<FieldChangeView> rows = v.changes().isEmpty()
                        ? java.util.Collections.<FieldChangeView>singletonList(null)
                        : v.changes();
                for (FieldChangeView c : rows) {
                    csv.append(Csv.line(
                            String.valueOf(v.id()),
                            v.at().toString(),
                            v.actor(),
                            v.action(),
                            v.entityType(),
                            v.entityId() == null ? null : String.valueOf(v.entityId()),
                            v.kind(),
                            v.reason(),
                            v.effectiveOn() == null ? null : v.effectiveOn().toString(),
                            c == null ? null : c.field(),
                            c == null ? null : c.before(),
                            c == null ? null : c.after(),
                            v.detail()));
                }
            }
            exported += p.items().size();
            if (p.items().size() < Page.MAX_SIZE) {
                break;
            }
        }
        String name = filter.oneRecord()
                ? "history-" + filter.entityType() + "-" + filter.entityId() + ".csv"
                : "history.csv";
        return Response.ok(csv.toString())
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(TOTAL, total)
                .build();
    }

    /** The filters both answers share, each checked (400 with its code and field). */
    public static class Query {

        @Parameter(description = "Resident, Stay, CareHome, Bed, Application, User, …")
        @QueryParam("entityType")
        String entityType;

        @Parameter(
                description = "the record's id; required with entityType",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
        @QueryParam("entityId")
        String entityId;

        @Parameter(description = "also the related records' events", schema = @Schema(type = SchemaType.BOOLEAN))
        @QueryParam("includeRelated")
        String includeRelated;

        @Parameter(description = "the user name of whoever did it")
        @QueryParam("actor")
        String actor;

        @Parameter(description = "the action, e.g. ADMITTED or CORRECT_STAY")
        @QueryParam("action")
        String action;

        @Parameter(
                description = "from this day (Leshan time), YYYY-MM-DD",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("from")
        String from;

        @Parameter(
                description = "up to this day included, YYYY-MM-DD",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
        @QueryParam("to")
        String to;

        @Parameter(
                description = "only changes or only corrections",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"CHANGE", "CORRECTION"}))
        @QueryParam("kind")
        String kind;

        @Parameter(
                description = "OLDEST_FIRST (default) or NEWEST_FIRST",
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"OLDEST_FIRST", "NEWEST_FIRST"}))
        @QueryParam("order")
        String order;

        AuditFilter filter() {
            return new AuditFilter(
                    blankToNull(entityType),
                    id(entityId, "entityId"),
                    bool(includeRelated, "includeRelated"),
                    blankToNull(actor),
                    blankToNull(action),
                    Params.date(from, "from"),
                    Params.date(to, "to"),
                    Params.enumValue(AuditFilter.Kind.class, kind, "kind"),
                    Params.enumValue(AuditFilter.Order.class, order, "order"));
        }
    }

    /** CSV lines: quoted where needed, a leading =, +, - or @ defused with an apostrophe. */
    static final class Csv {

        private Csv() {}

        static String line(String... values) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(cell(values[i]));
            }
            return b.append("\r\n").toString();
        }

        static String cell(String v) {
            if (v == null || v.isEmpty()) {
                return "";
            }
            String s = "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                return "\"" + s.replace("\"", "\"\"") + "\"";
            }
            return s;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A positive whole number, or 400 INVALID_NUMBER (JAX-RS would answer 404 for "abc"). */
    static Long id(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() <= 19) {
                long v = Long.parseLong(raw.strip());
                if (v >= 1) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.invalid(
                "INVALID_NUMBER", field, field + " must be a whole number from 1 up", brief(raw));
    }

    /** {@code true} or {@code false} (absent: false), else 400 INVALID_BOOLEAN. */
    static boolean bool(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw BusinessException.invalid("INVALID_BOOLEAN", field, field + " must be true or false", brief(raw));
        };
    }

    private static String brief(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
