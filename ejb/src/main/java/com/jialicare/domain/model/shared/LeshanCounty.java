package com.jialicare.domain.model.shared;

import java.util.Arrays;
import java.util.Optional;

/** The 11 county-level divisions of Leshan; a care home belongs to exactly one. */
public enum LeshanCounty {
    SHIZHONG("511102", "市中区", "Shizhong District"),
    SHAWAN("511111", "沙湾区", "Shawan District"),
    WUTONGQIAO("511112", "五通桥区", "Wutongqiao District"),
    JINKOUHE("511113", "金口河区", "Jinkouhe District"),
    QIANWEI("511123", "犍为县", "Qianwei County"),
    JINGYAN("511124", "井研县", "Jingyan County"),
    JIAJIANG("511126", "夹江县", "Jiajiang County"),
    MUCHUAN("511129", "沐川县", "Muchuan County"),
    EBIAN("511132", "峨边彝族自治县", "Ebian Yi Autonomous County"),
    MABIAN("511133", "马边彝族自治县", "Mabian Yi Autonomous County"),
    EMEISHAN("511181", "峨眉山市", "Emeishan City");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    LeshanCounty(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<LeshanCounty> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The county of that code, or a 400 {@code INVALID_COUNTY}. */
    public static LeshanCounty of(String code, String field) {
        return byCode(code)
                .orElseThrow(() -> BusinessException.invalid(
                        "INVALID_COUNTY", field, "Not one of Leshan's 11 county-level division codes: " + code, code));
    }
}
