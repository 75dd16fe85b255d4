package com.jialicare.application.bootstrap;

import static com.jialicare.domain.model.shared.LeshanCounty.EBIAN;
import static com.jialicare.domain.model.shared.LeshanCounty.EMEISHAN;
import static com.jialicare.domain.model.shared.LeshanCounty.JIAJIANG;
import static com.jialicare.domain.model.shared.LeshanCounty.JINGYAN;
import static com.jialicare.domain.model.shared.LeshanCounty.JINKOUHE;
import static com.jialicare.domain.model.shared.LeshanCounty.MABIAN;
import static com.jialicare.domain.model.shared.LeshanCounty.MUCHUAN;
import static com.jialicare.domain.model.shared.LeshanCounty.QIANWEI;
import static com.jialicare.domain.model.shared.LeshanCounty.SHAWAN;
import static com.jialicare.domain.model.shared.LeshanCounty.SHIZHONG;
import static com.jialicare.domain.model.shared.LeshanCounty.WUTONGQIAO;
import static com.jialicare.domain.model.shared.Ownership.PRIVATE;
import static com.jialicare.domain.model.shared.Ownership.PRIVATE_RUN_PUBLIC_AIDED;
import static com.jialicare.domain.model.shared.Ownership.PUBLIC;
import static com.jialicare.domain.model.shared.Ownership.PUBLIC_BUILT_PRIVATE_RUN;
import static com.jialicare.domain.model.shared.Premises.LEASED;
import static com.jialicare.domain.model.shared.Premises.OWNED;

import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import java.util.List;

/**
 * The fixed lists the demo city is drawn from: its care homes, and the names, places and notes that make
 * the generated records look like Leshan's. Only the random details (dates, beds, people) are generated.
 */
final class DemoNames {

    private DemoNames() {}

    /** What a home is in the demo for, beyond being one of the city's homes. */
    enum Feature {
        PLAIN,
        /** The {@code home} account's home: private, in 市中区, filed years ago, beds from before and after 2021. */
        HOME_ACCOUNT,
        /** The {@code home2} account's home, in 峨眉山市. */
        HOME2_ACCOUNT,
        /** Filed less than 12 months ago: the construction subsidy's "operating long enough" rule shows. */
        NEWLY_FILED,
        /** Leased, the lease ending within 5 years: LEASE_TOO_SHORT shows. */
        SHORT_LEASE,
        /** More beds since 2021 than its filed capacity: OVER_FILED_CAPACITY shows. */
        OVER_CAPACITY
    }

    /** A care home of the demo city; {@code town} is the town or street of its address. */
    record HomeSpec(
            LeshanCounty county, String name, Ownership ownership, Premises premises, String town, Feature feature) {}

    /**
     * Two to four homes per county, ~30 in all, every ownership kind. Public homes are the counties'
     * welfare homes (社会福利院) and old people's homes (敬老院); public-built private-run ones are the
     * township "regional elderly service centres" typical of Sichuan.
     */
    static final List<HomeSpec> HOMES = List.of(
            new HomeSpec(SHIZHONG, "乐山市市中区社会福利院", PUBLIC, OWNED, "通江街道", Feature.PLAIN),
            new HomeSpec(SHIZHONG, "乐山市市中区福寿养老院", PRIVATE, OWNED, "柏杨街道", Feature.HOME_ACCOUNT),
            new HomeSpec(SHIZHONG, "乐山市市中区嘉州康养中心", PRIVATE, LEASED, "海棠街道", Feature.SHORT_LEASE),
            new HomeSpec(SHIZHONG, "乐山市市中区苏稽镇区域养老服务中心", PUBLIC_BUILT_PRIVATE_RUN, LEASED, "苏稽镇", Feature.PLAIN),
            new HomeSpec(SHAWAN, "乐山市沙湾区中心敬老院", PUBLIC, OWNED, "沙湾镇", Feature.PLAIN),
            new HomeSpec(SHAWAN, "乐山市沙湾区沫若颐养院", PRIVATE, OWNED, "沙湾镇", Feature.NEWLY_FILED),
            new HomeSpec(SHAWAN, "乐山市沙湾区福禄老年公寓", PRIVATE_RUN_PUBLIC_AIDED, OWNED, "福禄镇", Feature.PLAIN),
            new HomeSpec(WUTONGQIAO, "乐山市五通桥区社会福利院", PUBLIC, OWNED, "竹根镇", Feature.PLAIN),
            new HomeSpec(WUTONGQIAO, "乐山市五通桥区桥韵养老院", PRIVATE, LEASED, "竹根镇", Feature.PLAIN),
            new HomeSpec(WUTONGQIAO, "乐山市五通桥区牛华镇区域养老服务中心", PUBLIC_BUILT_PRIVATE_RUN, LEASED, "牛华镇", Feature.PLAIN),
            new HomeSpec(JINKOUHE, "乐山市金口河区敬老院", PUBLIC, OWNED, "永和镇", Feature.PLAIN),
            new HomeSpec(JINKOUHE, "乐山市金口河区大峡谷康养院", PRIVATE_RUN_PUBLIC_AIDED, LEASED, "金河镇", Feature.PLAIN),
            new HomeSpec(QIANWEI, "犍为县社会福利院", PUBLIC, OWNED, "玉津镇", Feature.PLAIN),
            new HomeSpec(QIANWEI, "犍为县罗城镇区域养老服务中心", PUBLIC_BUILT_PRIVATE_RUN, LEASED, "罗城镇", Feature.PLAIN),
            new HomeSpec(QIANWEI, "犍为县嘉阳颐养中心", PRIVATE, OWNED, "芭沟镇", Feature.OVER_CAPACITY),
            new HomeSpec(JINGYAN, "井研县中心敬老院", PUBLIC, OWNED, "研城镇", Feature.PLAIN),
            new HomeSpec(JINGYAN, "井研县康乐老年公寓", PRIVATE, LEASED, "研城镇", Feature.SHORT_LEASE),
            new HomeSpec(JIAJIANG, "夹江县社会福利院", PUBLIC, OWNED, "漹城镇", Feature.PLAIN),
            new HomeSpec(JIAJIANG, "夹江县千佛岩养老院", PRIVATE, OWNED, "漹城镇", Feature.PLAIN),
            new HomeSpec(JIAJIANG, "夹江县甘江老年公寓", PRIVATE_RUN_PUBLIC_AIDED, OWNED, "甘江镇", Feature.PLAIN),
            new HomeSpec(MUCHUAN, "沐川县中心敬老院", PUBLIC, OWNED, "沐溪镇", Feature.PLAIN),
            new HomeSpec(MUCHUAN, "沐川县竹海颐养院", PRIVATE, LEASED, "沐溪镇", Feature.NEWLY_FILED),
            new HomeSpec(EBIAN, "峨边彝族自治县社会福利院", PUBLIC, OWNED, "沙坪镇", Feature.PLAIN),
            new HomeSpec(EBIAN, "峨边彝族自治县黑竹沟康养中心", PUBLIC_BUILT_PRIVATE_RUN, LEASED, "黑竹沟镇", Feature.PLAIN),
            new HomeSpec(MABIAN, "马边彝族自治县敬老院", PUBLIC, OWNED, "民建镇", Feature.PLAIN),
            new HomeSpec(MABIAN, "马边彝族自治县福康老年公寓", PRIVATE_RUN_PUBLIC_AIDED, OWNED, "民建镇", Feature.PLAIN),
            new HomeSpec(EMEISHAN, "峨眉山市社会福利院", PUBLIC, OWNED, "绥山镇", Feature.PLAIN),
            new HomeSpec(EMEISHAN, "峨眉山市康宁颐养中心", PRIVATE, OWNED, "桂花桥镇", Feature.HOME2_ACCOUNT),
            new HomeSpec(EMEISHAN, "峨眉山市佛光养老院", PRIVATE, OWNED, "黄湾镇", Feature.OVER_CAPACITY),
            new HomeSpec(EMEISHAN, "峨眉山市符溪镇区域养老服务中心", PUBLIC_BUILT_PRIVATE_RUN, LEASED, "符溪镇", Feature.PLAIN));

    static final List<String> ROADS = List.of(
            "人民路", "新华路", "滨江路", "建设路", "文化路", "嘉州大道", "桂花路", "府街", "迎宾大道", "长青路", "学府路", "柏杨中路", "沫若大道", "凤凰路", "翠竹街",
            "福寿巷", "和平街", "育贤街");

    /** Common surnames of Sichuan, including some typical of the province (税, 敬, 母, 帅). */
    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "郭", "何", "罗", "高", "林", "郑", "谢",
            "宋", "唐", "韩", "曾", "冯", "邓", "彭", "肖", "曹", "蒋", "袁", "田", "余", "杜", "叶", "苏", "魏", "吕", "任", "钟", "谭",
            "廖", "熊", "雷", "龙", "向", "文", "蔡", "付", "税", "敬", "母", "帅", "鲜", "游");

    /** Given names of men born 1928–1971. */
    static final List<String> MALE_GIVEN_NAMES = List.of(
            "德明", "国华", "建国", "志强", "明福", "永康", "光荣", "文彬", "树林", "玉山", "正清", "世杰", "家富", "学文", "长春", "福林", "金生", "海清",
            "兴旺", "成才", "德全", "国强", "开华", "绍云", "朝贵", "洪发", "泽民", "炳林", "学富", "云清", "庆丰", "万福", "银安", "治国", "吉祥", "光明",
            "寿林", "德贵", "志成", "少华", "天福", "树清", "大全", "仕明");

    /** Given names of women born 1928–1971. */
    static final List<String> FEMALE_GIVEN_NAMES = List.of(
            "秀英", "桂兰", "玉珍", "淑芬", "翠华", "素华", "秀兰", "玉兰", "桂芳", "凤英", "淑珍", "兰英", "秀珍", "玉梅", "桂英", "明珍", "素芬", "春华",
            "琼芳", "德芳", "淑华", "玉华", "碧君", "素珍", "秀芳", "泽芬", "光碧", "清华", "会芳", "开秀", "永碧", "正芬", "碧玉", "光秀", "大珍", "淑琼",
            "秀琼", "碧华");

    /** Yi family names and given names, for the homes of 峨边, 马边 and 金口河 (which have Yi townships). */
    static final List<String> YI_SURNAMES = List.of("吉克", "阿苏", "沙马", "曲比", "阿约", "吉木", "马海", "勒格");

    static final List<String> YI_MALE_GIVEN_NAMES = List.of("木呷", "尔古", "拉哈", "日火", "石者", "阿木");
    static final List<String> YI_FEMALE_GIVEN_NAMES = List.of("阿呷", "阿依", "莫色", "阿芝", "尔果", "阿果");

    /** Hukou codes elsewhere in Sichuan: Chengdu, Zigong, Panzhihua, Nanchong, Meishan, Yibin, Dazhou. */
    static final List<String> OTHER_SICHUAN_DIVISIONS =
            List.of("510104", "510107", "510302", "510402", "511302", "511402", "511502", "511702");

    static final List<String> HOSPITAL_REASONS =
            List.of("肺部感染住院治疗", "骨折住院", "慢阻肺急性加重住院", "脑梗复查住院", "心衰住院", "糖尿病并发症住院", "白内障手术");
    static final List<String> HOME_LEAVE_NOTES = List.of("家属接回小住", "回家探亲", "随子女外出", "回老家办事", "家中办喜事");
    static final List<String> OTHER_ABSENCE_NOTES = List.of("外出旅游", "去外地亲戚家", "随家属外出疗养");
    /** The city's hospitals; a county's own is "<county>人民医院". */
    static final List<String> CITY_HOSPITALS = List.of("乐山市人民医院", "乐山市中医医院");
}
