package com.jialicare.interfaces.rest;

import com.jialicare.application.FamilyService;
import com.jialicare.application.FamilyService.Elder;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.shared.LeshanCounty;
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

/** {@code GET /api/family/residents}: the linked elders, in plain words (API.md, Family). */
@Path("family")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyResource {

    @Inject
    private FamilyService family;

    @Context
    private HttpHeaders headers;

    public record ElderView(long residentId, String name, String idNumber, @JsonbNillable Home home,
            @JsonbNillable String bed, @JsonbNillable LocalDate admittedOn, @JsonbNillable LocalDate dischargedOn,
            long monthsStayed, @JsonbNillable LocalDate sixMonthsOn, boolean sixMonthsReached,
            @JsonbNillable Integer careLevel, @JsonbNillable String careLevelText, List<ApplicationLine> applications,
            String summary) {
    }

    public record Home(long id, String name, String county) {
    }

    public record ApplicationLine(long applicationId, String kind, String state, String stateText, List<String> months) {
    }

    @GET
    @Path("residents")
    public List<ElderView> residents() {
        boolean zh = zh();
        return family.elders().stream().map(e -> view(e, zh)).toList();
    }

    private static ElderView view(Elder e, boolean zh) {
        var r = e.resident();
        Home home = e.home() == null ? null : new Home(e.home().getId(), e.home().getName(),
                LeshanCounty.byCode(e.home().getCountyCode()).map(c -> zh ? c.nameZh() : c.nameEn()).orElse(null));
        String bed = e.bed() == null ? null : e.bed().getRoom() + " / " + e.bed().getCode();
        List<ApplicationLine> apps = e.applications().stream().map(a -> new ApplicationLine(a.applicationId(),
                a.kind().name(), a.state().name(), stateText(a.state(), zh),
                a.months().stream().map(Object::toString).toList())).toList();
        return new ElderView(r.getId(), r.getName(), r.getIdNumber().masked(), home, bed,
                e.stay() == null ? null : e.stay().getAdmittedOn(), e.stay() == null ? null : e.stay().getDischargedOn(),
                e.monthsStayed(), e.sixMonthsOn(), e.sixMonthsReached(), e.careLevel(),
                e.careLevel() == null ? null : levelText(e.careLevel(), zh), apps, summary(e, zh));
    }

    /** One sentence a family member understands at a glance. */
    static String summary(Elder e, boolean zh) {
        if (e.stay() == null) {
            return zh ? e.resident().getName() + "目前没有入住记录。" : e.resident().getName() + " has no stay on record.";
        }
        if (e.stay().getDischargedOn() != null) {
            return zh ? e.resident().getName() + "已于" + e.stay().getDischargedOn() + "退住" + e.home().getName() + "。"
                    : e.resident().getName() + " left " + e.home().getName() + " on " + e.stay().getDischargedOn() + ".";
        }
        String six = e.sixMonthsReached()
                ? (zh ? "已满六个月（" + e.sixMonthsOn() + "），可计入运营补贴。" : "has stayed six months (since "
                        + e.sixMonthsOn() + "), so the operating subsidy can count the months.")
                : (zh ? "将于" + e.sixMonthsOn() + "满六个月。" : "reaches six months on " + e.sixMonthsOn() + ".");
        return zh ? e.resident().getName() + "自" + e.stay().getAdmittedOn() + "起入住" + e.home().getName() + "，" + six
                : e.resident().getName() + " has lived in " + e.home().getName() + " since " + e.stay().getAdmittedOn()
                        + " and " + six;
    }

    static String stateText(ApplicationState s, boolean zh) {
        return switch (s) {
            case DRAFT -> zh ? "机构正在准备申请" : "the home is preparing the application";
            case SUBMITTED -> zh ? "已提交，等待区县民政局审核" : "submitted, waiting for the county's review";
            case COUNTY_APPROVED -> zh ? "区县已审核通过，等待市民政局公示" : "approved by the county, waiting for the city's public notice";
            case PUBLIC_NOTICE -> zh ? "正在公示" : "under public notice";
            case CITY_APPROVED -> zh ? "市民政局已审批，等待拨付" : "approved by the city, waiting for payment";
            case PAID -> zh ? "补贴已拨付" : "the subsidy has been paid";
            case RETURNED -> zh ? "已退回机构修改" : "returned to the home for correction";
        };
    }

    static String levelText(int level, boolean zh) {
        String[] zhNames = {"能力完好", "轻度失能", "中度失能", "重度失能", "完全失能"};
        String[] enNames = {"intact", "mildly impaired", "moderately impaired", "severely impaired", "totally impaired"};
        return (zh ? zhNames : enNames)[level];
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
