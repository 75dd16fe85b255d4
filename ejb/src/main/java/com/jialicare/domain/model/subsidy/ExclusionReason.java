package com.jialicare.domain.model.subsidy;

import java.util.Locale;

/**
 * Why a bed or a resident-month gets no subsidy. The {@link #code()} is the stable {@code reasonCode} of
 * the REST API; the readable reason is Chinese for a {@code zh} locale and English otherwise.
 * <p>
 * Where several reasons apply, a line shows the first in the list of its subsidy (API.md): construction
 * HOME_NOT_ELIGIBLE, HOME_NOT_OPERATING_LONG_ENOUGH, LEASE_TOO_SHORT, COMMISSIONED_BEFORE_POLICY,
 * BED_RETIRED, ALREADY_CLAIMED, OVER_FILED_CAPACITY; operating HOME_NOT_ELIGIBLE, NOT_LOCAL_HUKOU,
 * UNDER_AGE, STATE_SUPPORTED, STAY_UNDER_SIX_MONTHS, TOO_FEW_DAYS_PRESENT, ALREADY_CLAIMED.
 */
public enum ExclusionReason {
    /**
     * Both subsidies: ownership not eligible under the policy, or the home is not filed; construction also: the
     * home was closed on the as-of date.
     */
    HOME_NOT_ELIGIBLE("机构性质不符合补贴条件、未备案或已关闭", "Care home is not eligible (ownership, not filed, or closed)"),
    /** Construction: filed less than the policy's minimum months before the as-of date. */
    HOME_NOT_OPERATING_LONG_ENOUGH(
            "机构备案运营未满规定期限", "Care home has not been filed long enough before the application date"),
    /** Construction: leased premises whose lease ends too soon after the as-of date. */
    LEASE_TOO_SHORT("租赁场所剩余租期不足规定年限", "Lease of the premises ends too soon after the application date"),
    /** Construction: bed commissioned before the policy's start date. */
    COMMISSIONED_BEFORE_POLICY("床位投入使用早于政策起始日期", "Bed was put into service before the policy start date"),
    /** Construction: bed out of service on the as-of date. */
    BED_RETIRED("床位已停用", "Bed is out of service"),
    /** Operating: hukou not in Leshan. */
    NOT_LOCAL_HUKOU("户籍不在乐山", "Hukou is not in Leshan"),
    /** Operating: below the minimum age on the month's last day. */
    UNDER_AGE("当月末未达到规定年龄", "Under the minimum age on the last day of the month"),
    /** Operating: 特困供养, already funded by the state. */
    STATE_SUPPORTED("特困供养人员，已由政府供养", "State-supported (特困供养), already funded by the state"),
    /**
     * Operating: the stay has not reached the policy's minimum stay for this month ({@link MinimumStay}). The
     * code keeps the API's name from the default of six months; the texts do not name a number.
     */
    STAY_UNDER_SIX_MONTHS("入住未满政策规定的最短期限", "Stay has not reached the policy's minimum length"),
    /** Operating: present fewer days in the month than the policy requires. */
    TOO_FEW_DAYS_PRESENT("当月在院天数不足", "Too few days present in the month"),
    /** Both: already in an application submitted and not returned. */
    ALREADY_CLAIMED("已在其他申请中申报", "Already claimed in another application"),
    /** Construction: the home's subsidised beds would exceed its filed capacity. */
    OVER_FILED_CAPACITY("超出核定床位数", "Exceeds the home's filed bed capacity");

    private final String reasonZh;
    private final String reasonEn;

    ExclusionReason(String reasonZh, String reasonEn) {
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    /** The stable code: the constant's name. */
    public String code() {
        return name();
    }

    /** Chinese for a {@code zh} locale (any country or script), English otherwise, including null. */
    public String reason(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? reasonZh : reasonEn;
    }

    public String reasonZh() {
        return reasonZh;
    }

    public String reasonEn() {
        return reasonEn;
    }
}
