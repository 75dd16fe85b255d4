package com.jialicare.interfaces.rest;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.interfaces.shared.Masking;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/notices}: the public notice (公示), without login — the homes and amounts under notice,
 * with residents' names masked (王*英) and no ID numbers, and how to object.
 */
@ApplicationScoped
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class NoticesResource {

    @Inject
    private ApplicationService applications;

    public record NoticeView(
            long applicationId,
            String careHomeName,
            String countyCode,
            String countyName,
            String kind,
            String period,
            BigDecimal total,
            LocalDate noticeFrom,
            LocalDate noticeLastDay,
            List<NoticeLine> lines,
            String objectTo) {}

    public record NoticeLine(String bedCode, String resident, String month, BigDecimal amount) {}

    @GET
    public List<NoticeView> notices() {
        return applications.notices().stream().map(NoticesResource::view).toList();
    }

    private static NoticeView view(Details d) {
        var a = d.application();
        String period = a.getAsOf() != null ? a.getAsOf().toString() : a.getFrom() + " – " + a.getTo();
        return new NoticeView(
                a.getId(),
                d.home().getName(),
                d.home().getCountyCode(),
                ApplicationView.countyName(d.home().getCountyCode()),
                a.getKind().name(),
                period,
                a.getTotal(),
                a.getNoticeFrom(),
                a.getNoticeLastDay(),
                d.lines().stream().map(l -> line(l, d)).toList(),
                "POST /api/applications/" + a.getId() + "/objections {\"text\": \"…\"}");
    }

    private static NoticeLine line(FrozenLine l, Details d) {
        return new NoticeLine(
                l.getBedCode(),
                l.getResidentId() == null
                        ? null
                        : Masking.name(d.residentNames().get(l.getResidentId())),
                l.getMonth() == null ? null : l.getMonth().toString().substring(0, 7),
                l.getAmount());
    }
}
