package com.jialicare.interfaces.rest;

import com.jialicare.application.SystemOverviewService;
import com.jialicare.application.SystemOverviewService.Overview;
import com.jialicare.application.SystemOverviewService.PolicyRef;
import com.jialicare.domain.model.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/system/overview}: the administrator's overview — accounts by role, locked and disabled ones, the
 * policy version in force and the next, the database, schema and build versions and when the server started.
 * The administrator's start page shows the same, from the same service.
 */
@ApplicationScoped
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    private SystemOverviewService overview;

    /** A policy version: its number and first day. */
    public record PolicyVersionRef(int version, LocalDate effectiveFrom) {
        static PolicyVersionRef of(PolicyRef p) {
            return p == null ? null : new PolicyVersionRef(p.versionNo(), p.effectiveFrom());
        }
    }

    /** The overview as JSON; {@code accountsByRole} names every role; a policy in force or next that there is not is left out. */
    @JsonbNillable
    public record OverviewView(
            Map<String, Long> accountsByRole,
            long accounts,
            long locked,
            long disabled,
            @JsonbNillable @Schema(nullable = true) PolicyVersionRef currentPolicy,
            @JsonbNillable @Schema(nullable = true) PolicyVersionRef nextPolicy,
            int policyVersions,
            @Schema(enumeration = {"UP", "DOWN"}) String status,
            String databaseKind,
            String schemaVersion,
            String buildVersion,
            Instant startedAt) {

        static OverviewView of(Overview o) {
            Map<String, Long> byRole = new LinkedHashMap<>();
            for (Role r : Role.values()) {
                byRole.put(r.name(), o.accountsByRole().getOrDefault(r, 0L));
            }
            return new OverviewView(
                    byRole,
                    o.accounts(),
                    o.locked(),
                    o.disabled(),
                    PolicyVersionRef.of(o.current()),
                    PolicyVersionRef.of(o.next()),
                    o.policyVersions(),
                    o.up() ? "UP" : "DOWN",
                    o.databaseKind(),
                    o.schemaVersion(),
                    o.buildVersion(),
                    o.startedAt());
        }
    }

    @GET
    @Path("overview")
    public OverviewView overview() {
        return OverviewView.of(overview.overview());
    }
}
