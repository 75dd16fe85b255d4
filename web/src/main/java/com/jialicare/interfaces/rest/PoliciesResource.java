package com.jialicare.interfaces.rest;

import com.jialicare.application.PolicyService;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The policy table: {@code GET /api/policies} (every version, newest first; any logged-in user),
 * {@code GET /api/policies/{version}}, and {@code POST /api/policies} (the administrator adds a version
 * from a day on; parameters left out carry over).
 */
@ApplicationScoped
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    private PolicyService policies;

    @GET
    public List<PolicyView> versions() {
        return policies.versions().stream().map(PolicyView::of).toList();
    }

    @GET
    @Path("{version}")
    public PolicyView version(@PathParam("version") int version) {
        return policies.version(version)
                .map(PolicyView::of)
                .orElseThrow(
                        () -> BusinessException.notFound("POLICY_NOT_FOUND", "No policy version " + version, version));
    }

    @APIResponse(
            responseCode = "201",
            description = "Policy version created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new policy version's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PolicyView.class)))
    @POST
    public Response add(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = PolicyRequest.Body.class)))
                    Map<String, Object> body,
            @Context UriInfo uri) {
        PolicyView created = PolicyView.of(policies.add(PolicyRequest.parse(body)));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.version()))
                        .build())
                .entity(created)
                .build();
    }
}
