package com.jialicare.interfaces.rest;

import com.jialicare.application.ResidentMergeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/residents/{id}/merge} (API.md, Changes and corrections; docs/RULES.md §8.2): a resource of
 * its own, beside {@link ResidentsResource}, whose longer path JAX-RS matches first.
 */
@ApplicationScoped
@Path("residents/{id}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentMergeResource {

    @Inject
    private ResidentMergeService merges;

    @Inject
    private ResidentsResource residents;

    /** The other registration of the same person, to be merged into this one, and why. */
    public record MergeRequest(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object otherResidentId,

            String reason) {}

    /** Answers the kept registration, with the other's stays and assessments. */
    @POST
    public ResidentsResource.ResidentView merge(@PathParam("id") long id, MergeRequest body) {
        Params.body(body);
        merges.merge(id, Params.id(body.otherResidentId(), "otherResidentId"), body.reason());
        return residents.get(id);
    }
}
