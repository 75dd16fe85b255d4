package com.jialicare.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sichuan's 21 prefecture-level cities with some of their county-level divisions (GB/T 2260 codes), for
 * homes, ID numbers and hukou beyond Leshan. Not every county: enough for realistic spread.
 */
final class Sichuan {

    /** A county-level division. */
    record County(String code, String name, City city) {}

    /** A prefecture-level city; {@code weight} is its share of homes relative to an average city. */
    record City(String prefix, String name, double weight, List<County> counties) {}

    /** Leshan first: the scales that cover fewer cities take them from the front. */
    static final List<City> CITIES;

    /** Divisions outside Sichuan (Chongqing, Yunnan, Guizhou, Shaanxi): hukou that is never local. */
    static final List<String> OUTSIDE = List.of("500101", "500103", "500112", "530102", "520102", "610103");

    private static final String TABLE = """
            5111 乐山市 1.0: 511102 市中区, 511111 沙湾区, 511112 五通桥区, 511113 金口河区, 511123 犍为县, 511124 井研县, 511126 夹江县, 511129 沐川县, 511132 峨边彝族自治县, 511133 马边彝族自治县, 511181 峨眉山市
            5114 眉山市 0.9: 511402 东坡区, 511403 彭山区, 511421 仁寿县, 511423 洪雅县, 511424 丹棱县, 511425 青神县
            5118 雅安市 0.6: 511802 雨城区, 511803 名山区, 511822 荥经县, 511823 汉源县, 511824 石棉县, 511825 天全县, 511826 芦山县, 511827 宝兴县
            5115 宜宾市 1.2: 511502 翠屏区, 511503 南溪区, 511504 叙州区, 511523 江安县, 511524 长宁县, 511525 高县, 511526 珙县, 511527 筠连县, 511528 兴文县, 511529 屏山县
            5103 自贡市 0.8: 510302 自流井区, 510303 贡井区, 510304 大安区, 510311 沿滩区, 510321 荣县, 510322 富顺县
            5110 内江市 0.9: 511002 市中区, 511011 东兴区, 511024 威远县, 511025 资中县, 511083 隆昌市
            5101 成都市 4.0: 510104 锦江区, 510105 青羊区, 510106 金牛区, 510107 武侯区, 510108 成华区, 510112 龙泉驿区, 510113 青白江区, 510114 新都区, 510115 温江区, 510116 双流区, 510117 郫都区, 510118 新津区, 510121 金堂县, 510129 大邑县, 510131 蒲江县, 510181 都江堰市, 510182 彭州市, 510183 邛崃市, 510184 崇州市, 510185 简阳市
            5104 攀枝花市 0.5: 510402 东区, 510403 西区, 510411 仁和区, 510421 米易县, 510422 盐边县
            5105 泸州市 1.1: 510502 江阳区, 510503 纳溪区, 510504 龙马潭区, 510521 泸县, 510522 合江县, 510524 叙永县, 510525 古蔺县
            5106 德阳市 1.0: 510603 旌阳区, 510604 罗江区, 510623 中江县, 510681 广汉市, 510682 什邡市, 510683 绵竹市
            5107 绵阳市 1.3: 510703 涪城区, 510704 游仙区, 510705 安州区, 510722 三台县, 510723 盐亭县, 510725 梓潼县, 510726 北川羌族自治县, 510727 平武县, 510781 江油市
            5108 广元市 0.8: 510802 利州区, 510811 昭化区, 510812 朝天区, 510821 旺苍县, 510822 青川县, 510823 剑阁县, 510824 苍溪县
            5109 遂宁市 0.8: 510903 船山区, 510904 安居区, 510921 蓬溪县, 510923 大英县, 510981 射洪市
            5113 南充市 1.5: 511302 顺庆区, 511303 高坪区, 511304 嘉陵区, 511321 南部县, 511322 营山县, 511323 蓬安县, 511324 仪陇县, 511325 西充县, 511381 阆中市
            5116 广安市 0.9: 511602 广安区, 511603 前锋区, 511621 岳池县, 511622 武胜县, 511623 邻水县, 511681 华蓥市
            5117 达州市 1.3: 511702 通川区, 511703 达川区, 511722 宣汉县, 511723 开江县, 511724 大竹县, 511725 渠县, 511781 万源市
            5119 巴中市 0.8: 511902 巴州区, 511903 恩阳区, 511921 通江县, 511922 南江县, 511923 平昌县
            5120 资阳市 0.7: 512002 雁江区, 512021 安岳县, 512022 乐至县
            5132 阿坝藏族羌族自治州 0.3: 513201 马尔康市, 513221 汶川县, 513222 理县, 513223 茂县, 513224 松潘县, 513225 九寨沟县
            5133 甘孜藏族自治州 0.3: 513301 康定市, 513322 泸定县, 513323 丹巴县, 513324 九龙县, 513325 雅江县
            5134 凉山彝族自治州 1.0: 513401 西昌市, 513402 会理市, 513422 木里藏族自治县, 513423 盐源县, 513424 德昌县, 513426 会东县, 513427 宁南县, 513428 普格县
            """;

    static {
        List<City> cities = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] headAndCounties = line.strip().split(": ");
            String[] head = headAndCounties[0].split(" ");
            List<County> counties = new ArrayList<>();
            City city = new City(head[0], head[1], Double.parseDouble(head[2]), counties);
            for (String c : headAndCounties[1].split(", ")) {
                String[] codeAndName = c.split(" ");
                counties.add(new County(codeAndName[0], codeAndName[1], city));
            }
            cities.add(city);
        }
        CITIES = Collections.unmodifiableList(cities);
    }

    private Sichuan() {}
}
