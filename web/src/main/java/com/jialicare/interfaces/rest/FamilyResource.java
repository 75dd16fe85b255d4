package com.jialicare.interfaces.rest;

import com.jialicare.application.FamilyService;
import com.jialicare.application.FamilyService.Elder;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.interfaces.shared.PlainWords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /api/family/residents}: the linked elders, in plain words (API.md, Family). */
@RequestScoped // its @Context HttpHeaders field is the request's own
@Path("family")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyResource {

    @Inject
    private java.time.Clock clock;

    @Inject
    private FamilyService family;

    @Context
    private HttpHeaders headers;

    public record ElderView(
            long residentId,
            String name,
            String idNumber,
            @JsonbNillable @Schema(nullable = true) Home home,
            @JsonbNillable @Schema(nullable = true) String bed,
            @JsonbNillable @Schema(nullable = true) LocalDate admittedOn,
            @JsonbNillable @Schema(nullable = true) LocalDate dischargedOn,
            long monthsStayed,
            @JsonbNillable @Schema(nullable = true) LocalDate minimumStayReachedOn,
            boolean minimumStayReached,
            int minimumStayMonths,
            @JsonbNillable @Schema(nullable = true) Integer careLevel,
            @JsonbNillable @Schema(nullable = true) String careLevelText,
            List<ApplicationLine> applications,
            String summary) {}

    /** The home the elder lives in, with what a family needs to find and call it (address and phone may be null). */
    public record Home(
            long id,
            String name,
            String county,
            @JsonbNillable @Schema(nullable = true) String address,
            @JsonbNillable @Schema(nullable = true) String phone) {}

    /** {@code stateText}: where it stands; {@code stateMeaning}: what that means for the family, in a sentence. */
    public record ApplicationLine(
            long applicationId,
            String kind,
            String state,
            String stateText,
            String stateMeaning,
            List<String> months) {}

    @GET
    @Path("residents")
    public List<ElderView> residents() {
        boolean zh = zh();
        return family.elders().stream().map(e -> view(e, zh)).toList();
    }

    private ElderView view(Elder e, boolean zh) {
        var r = e.resident();
        Home home = e.home() == null
                ? null
                : new Home(
                        e.home().getId(),
                        e.home().getName(),
                        LeshanCounty.byCode(e.home().getCountyCode())
                                .map(c -> zh ? c.nameZh() : c.nameEn())
                                .orElse(null),
                        e.home().getAddress(),
                        e.home().getPhone());
        String bed =
                e.bed() == null ? null : e.bed().getRoom() + " / " + e.bed().getCode();
        List<ApplicationLine> apps = e.applications().stream()
                .map(a -> new ApplicationLine(
                        a.applicationId(),
                        a.kind().name(),
                        a.state().name(),
                        PlainWords.state(a.state(), a.noticeLastDay(), java.time.LocalDate.now(clock), zh),
                        PlainWords.meaning(a.state(), zh),
                        a.months().stream().map(Object::toString).toList()))
                .toList();
        return new ElderView(
                r.id(),
                r.name(),
                r.maskedIdNumber(),
                home,
                bed,
                e.stay() == null ? null : e.stay().getAdmittedOn(),
                e.stay() == null ? null : e.stay().getDischargedOn(),
                e.monthsStayed(),
                e.minimumStayReachedOn(),
                e.minimumStayReached(),
                e.minimumStayMonths(),
                e.careLevel(),
                e.careLevel() == null ? null : PlainWords.level(e.careLevel(), zh),
                apps,
                PlainWords.summary(e, zh));
    }

    private boolean zh() {
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return false;
            }
            if ("zh".equalsIgnoreCase(l.getLanguage())) {
                return true;
            }
        }
        return true;
    }
}
