package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * {@code /app/history.xhtml?entityType=Resident&entityId=12&related=true}: a record's whole history on one
 * printable page (no paginator), linked from every record-history table. A record the caller does not see is
 * 404, a type their role does not read 403, exactly as in {@code GET /api/audit}.
 */
@Named
@RequestScoped
public class HistoryPage {

    @Inject
    private RecordHistory history;

    @Inject
    private java.time.Clock clock;

    private String entityType;
    private String entityIdParam;
    private String related;

    public void load() throws IOException {
        Long entityId = getEntityId();
        if (entityType == null || entityType.isBlank() || entityId == null) {
            fail(404);
            return;
        }
        try {
            history.newestFirst(entityType, entityId, isWithRelated());
        } catch (BusinessException e) {
            fail(e.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    private static void fail(int status) throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.responseSendError(status, "No such record");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityIdParam() {
        return entityIdParam;
    }

    public void setEntityIdParam(String entityIdParam) {
        this.entityIdParam = entityIdParam;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }

    /** The record's id from its parameter (also on a postback, e.g. switching the language); null if none. */
    public Long getEntityId() {
        try {
            return entityIdParam == null ? null : Long.valueOf(entityIdParam.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** When the page was made, for the printed sheet. */
    public java.time.Instant getNow() {
        return clock.instant();
    }

    public boolean isWithRelated() {
        return "true".equals(related);
    }
}
