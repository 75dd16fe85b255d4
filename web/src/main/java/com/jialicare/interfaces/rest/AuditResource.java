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
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/audit?entityType=Stay&entityId=42}: the history of one record, oldest first. */
@ApplicationScoped
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditService audit;

    public record EventView(
            long id, OffsetDateTime at, String actor, String action, String entityType, Long entityId, String detail) {

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
                    e.getDetail());
        }
    }

    @GET
    public List<EventView> history(@QueryParam("entityType") String entityType, @QueryParam("entityId") Long entityId) {
        return audit.history(entityType, entityId).stream().map(EventView::of).toList();
    }
}
