package com.jialicare.interfaces.rest;

import com.jialicare.application.AuditService;
import com.jialicare.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/audit?entityType=Stay&entityId=42}: the history of one record, oldest first. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

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
                    e.getChanges().stream()
                            .map(c -> new FieldChangeView(c.getField(), c.getBefore(), c.getAfter()))
                            .toList());
        }
    }

    @GET
    public List<EventView> history(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId) {
        return audit.history(entityType, entityId).stream().map(EventView::of).toList();
    }
}
