package com.jialicare.interfaces.shared;

import com.jialicare.application.FamilyService.Elder;
import com.jialicare.domain.model.application.ApplicationState;

/**
 * What a family member reads: an application's state, a capability level and the elder's stay in plain
 * words, Chinese or English. Shared by the family page and {@code GET /api/family/residents}, so both say
 * the same.
 */
public final class PlainWords {

    private static final String[] LEVELS_ZH = {"能力完好", "轻度失能", "中度失能", "重度失能", "完全失能"};
    private static final String[] LEVELS_EN = {"intact", "mildly impaired", "moderately impaired",
            "severely impaired", "totally impaired"};

    private PlainWords() {
    }

    /** Where an application stands, e.g. 已提交，等待区县民政局审核. */
    public static String state(ApplicationState s, boolean zh) {
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

    /** The capability level 0 to 4 in words (GB/T 42195-2022), e.g. 中度失能. */
    public static String level(int level, boolean zh) {
        return (zh ? LEVELS_ZH : LEVELS_EN)[level];
    }

    /** One sentence a family member understands at a glance. */
    public static String summary(Elder e, boolean zh) {
        if (e.stay() == null) {
            return zh ? e.resident().name() + "目前没有入住记录。" : e.resident().name() + " has no stay on record.";
        }
        if (e.stay().getDischargedOn() != null) {
            return zh ? e.resident().name() + "已于" + e.stay().getDischargedOn() + "退住" + e.home().getName() + "。"
                    : e.resident().name() + " left " + e.home().getName() + " on " + e.stay().getDischargedOn() + ".";
        }
        int n = e.minimumStayMonths();
        String six = e.minimumStayReachedOn() == null
                ? (zh ? "本次入住尚不能计入运营补贴。" : "this stay cannot count for the operating subsidy yet.")
                : e.minimumStayReached()
                ? (zh ? "已住满" + n + "个月（" + e.minimumStayReachedOn() + "），可计入运营补贴。" : "has stayed " + n
                        + " months (since " + e.minimumStayReachedOn() + "), so the operating subsidy can count the months.")
                : (zh ? "将于" + e.minimumStayReachedOn() + "住满" + n + "个月。" : "reaches " + n + " months on "
                        + e.minimumStayReachedOn() + ".");
        return zh ? e.resident().name() + "自" + e.stay().getAdmittedOn() + "起入住" + e.home().getName() + "，" + six
                : e.resident().name() + " has lived in " + e.home().getName() + " since " + e.stay().getAdmittedOn()
                        + " and " + six;
    }
}
