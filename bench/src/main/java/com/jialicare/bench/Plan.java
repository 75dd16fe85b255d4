package com.jialicare.bench;

import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.service.ResidencyReplay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * A scale's data drawn in memory, deterministic from the seed, the scale and "today": care homes with
 * rooms and beds (some retired), people with ID numbers, hukou and reassessments, and years of stays with
 * transfers, absences and discharges, some people coming back later to the same or another home.
 * <p>
 * Kept in primitive arrays (dates as epoch days) so that the province's two million stays fit in a few
 * hundred megabytes. Every rule of RULES.md §2 holds by construction:
 * <ul>
 * <li>beds are handed out from each bed's own timeline of occupied spans, so a bed holds one resident on any
 * day, and only between its commissioning and its retirement;</li>
 * <li>a transfer moves a stay to a bed of the same home that is free for the rest of the stay;</li>
 * <li>a person is drawn again for a later stay only once their previous stay has ended (and never after
 * death), so a person's stays never overlap and at most the last one is open;</li>
 * <li>absences lie inside their stay and do not overlap; nothing is dated after today except the end of an
 * absence that has begun.</li>
 * </ul>
 * {@link PlanTest} checks these on a small scale; {@link RuleChecks} checks them again in the database.
 */
final class Plan {

    static final String[] OWNERSHIPS = {"PUBLIC", "PRIVATE", "PUBLIC_BUILT_PRIVATE_RUN", "PRIVATE_RUN_PUBLIC_AIDED"};
    private static final double[] OWNERSHIP_WEIGHTS = {0.55, 0.33, 0.07, 0.05};
    static final String[] DISCHARGE_REASONS = {"RETURNED_HOME", "MOVED_TO_OTHER_HOME", "HOSPITAL", "DECEASED", "OTHER"};
    private static final double[] DISCHARGE_WEIGHTS = {0.25, 0.15, 0.15, 0.35, 0.10};
    /** A day that is not there (not filed, in service, open …); real days before 1970 are negative. */
    static final int NONE = Integer.MIN_VALUE;

    static final int DECEASED = 3;
    static final int OTHER = 4;
    static final String[] ABSENCE_KINDS = {"HOSPITAL", "HOME_LEAVE", "OTHER"};
    private static final double[] LEVEL_WEIGHTS = {0.12, 0.30, 0.28, 0.18, 0.12};
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Share of in-service bed-days occupied, drawn per home between these. */
    private static final double MIN_OCCUPANCY = 0.70;

    private static final double MAX_OCCUPANCY = 0.92;
    private static final double TRANSFER_SHARE = 0.12;
    private static final double ABSENCE_SHARE = 0.20;
    /** Share of admissions that are a person coming back after an earlier stay ended. */
    private static final double COMEBACK_SHARE = 0.12;

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
                    + "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 "
                    + "阎 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤")
            .split(" ");
    private static final String[] FEMALE_GIVEN = ("秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉英 兰英 素珍 淑珍 秀芳 素英 桂珍 文秀 淑英 "
                    + "秀华 琼华 德芳 玉芳 桂芳 素芳 淑华 明珍 翠兰 春兰 秀琼 素华 惠芳 兰 英 芳 珍 琼 华 梅 莲 菊 凤")
            .split(" ");
    private static final String[] MALE_GIVEN = ("建国 建华 国华 志明 德明 文华 国强 明华 志强 德华 永福 德福 永清 正华 世明 光明 "
                    + "庆华 富贵 家明 学文 成 明 华 强 伟 军 平 刚 勇 林 福 海 清 荣 贵 昌 文 武 德 才")
            .split(" ");
    private static final String[] HOME_WORDS = ("福寿 康宁 夕阳红 颐和 安康 长乐 松鹤 晚晴 福星 常青 仁爱 怡园 金秋 乐龄 康乐 "
                    + "寿星 同心 孝亲 和美 兴旺 嘉禾 瑞祥 百岁 温馨 祥和 慈恩 爱心 阳光 天伦 如意")
            .split(" ");
    private static final String[] HOME_KINDS = "养老院 老年公寓 康养中心 颐养院 护理院 养老服务中心".split(" ");
    private static final String[] ROADS = "人民路 滨江路 解放路 建设路 新华路 文化路 长江路 迎宾大道 顺城街 学府路 府前街 花园路".split(" ");

    final Scale scale;
    final long seed;
    final LocalDate today;
    final int todayDay;
    /** First day of the history: stays are admitted from about here on. */
    final int windowStart;

    // homes
    int homeCount;
    String[] homeName;
    String[] homeCreditCode;
    int[] homeOwnership;
    Sichuan.County[] homeCounty;
    int[] homeFiledOn; // NONE: not filed
    int[] homeOpenedOn;
    int[] homeFiledBeds;
    boolean[] homeLeased;
    int[] homeLeaseEndsOn; // NONE: owned
    String[] homeAddress;
    int[] homeFirstBed;
    int[] homeBedCount;

    // beds
    int bedCount;
    int[] bedHome;
    String[] bedCode;
    String[] bedRoom;
    int[] bedCommissioned;
    int[] bedRetired; // NONE: in service

    // stays
    int stayCount;
    int[] stayHome;
    int[] stayPerson;
    int[] stayAdmitted;
    int[] stayDischarged; // NONE: open
    byte[] stayReason; // -1: open
    int[] stayBed;
    int[] stayTransferOn; // NONE: no transfer
    int[] stayNextBed;

    // absences
    int absenceCount;
    int[] absenceStay;
    int[] absenceFrom;
    int[] absenceUntil;
    byte[] absenceKind;

    // people
    int personCount;
    String[] personName;
    String[] personIdNumber;
    int[] personBirth;
    boolean[] personFemale;
    String[] personHukou;
    boolean[] personStateSupported;
    int[] personFirstHome;
    int[] personFirstAdmitted;

    // assessments
    int assessmentCount;
    int[] assessmentPerson;
    byte[] assessmentLevel;
    int[] assessmentOn;

    private final Set<String> creditCodes = new HashSet<>();
    private final Set<Long> idNumbers = new HashSet<>();

    private Plan(Scale scale, long seed, LocalDate today) {
        this.scale = scale;
        this.seed = seed;
        this.today = today;
        this.todayDay = (int) today.toEpochDay();
        this.windowStart = (int) today.minusYears(scale.years()).toEpochDay();
    }

    /** Draws the whole scale; the same arguments give the same data. */
    static Plan draw(Scale scale, long seed, LocalDate today) {
        Plan p = new Plan(scale, seed, today);
        p.drawHomesAndBeds();
        p.drawStays();
        p.drawPeople();
        p.drawAbsences();
        p.drawAssessments();
        return p;
    }

    // ------------------------------------------------------------------ homes and beds

    private void drawHomesAndBeds() {
        Random r = new Random(seed * 31 + 1);
        List<Sichuan.City> cities = Sichuan.CITIES.subList(0, scale.cities());
        double[] cityWeights = new double[cities.size()];
        double sum = cities.stream().mapToDouble(Sichuan.City::weight).sum();
        for (int i = 0; i < cityWeights.length; i++) {
            cityWeights[i] = cities.get(i).weight() / sum;
        }
        int n = scale.homes();
        homeCount = n;
        homeName = new String[n];
        homeCreditCode = new String[n];
        homeOwnership = new int[n];
        homeCounty = new Sichuan.County[n];
        homeFiledOn = new int[n];
        homeOpenedOn = new int[n];
        homeFiledBeds = new int[n];
        homeLeased = new boolean[n];
        homeLeaseEndsOn = new int[n];
        homeAddress = new String[n];
        homeFirstBed = new int[n];
        homeBedCount = new int[n];

        double avgBeds = (double) scale.beds() / n;
        int[] sizes = new int[n];
        for (int h = 0; h < n; h++) {
            sizes[h] = Math.max(8, (int) Math.round(avgBeds * (0.3 + 1.4 * r.nextDouble())));
        }
        int capacity = Arrays.stream(sizes).sum() + 16;
        bedHome = new int[capacity];
        bedCode = new String[capacity];
        bedRoom = new String[capacity];
        bedCommissioned = new int[capacity];
        bedRetired = new int[capacity];

        Set<String> names = new HashSet<>();
        for (int h = 0; h < n; h++) {
            Sichuan.City city = cities.get(pick(r, cityWeights));
            Sichuan.County county =
                    city.counties().get(r.nextInt(city.counties().size()));
            int ownership = pick(r, OWNERSHIP_WEIGHTS);
            homeCounty[h] = county;
            homeOwnership[h] = ownership;
            homeName[h] = homeName(r, county, ownership, names);
            homeCreditCode[h] = creditCode(r, county.code(), ownership);
            homeAddress[h] =
                    "四川省" + city.name() + county.name() + ROADS[r.nextInt(ROADS.length)] + (1 + r.nextInt(400)) + "号";
            // about half the homes ran before the history starts; the others opened during it
            int opened =
                    r.nextDouble() < 0.55 ? windowStart - r.nextInt(3650) : between(r, windowStart, todayDay - 240);
            homeOpenedOn[h] = opened;
            homeFiledOn[h] = r.nextDouble() < 0.04 ? NONE : Math.min(todayDay - 30, opened + between(r, -60, 540));
            homeLeased[h] = r.nextDouble() < (ownership == 0 ? 0.1 : 0.5);
            homeLeaseEndsOn[h] = homeLeased[h] ? todayDay + between(r, 180, 15 * 365) : NONE;
            drawBeds(r, h, sizes[h]);
            int inService = 0;
            for (int b = homeFirstBed[h]; b < homeFirstBed[h] + homeBedCount[h]; b++) {
                if (bedRetired[b] < 0) {
                    inService++;
                }
            }
            homeFiledBeds[h] = r.nextDouble() < 0.12
                    ? Math.max(0, inService - between(r, 3, 10))
                    : (homeBedCount[h] + 9) / 10 * 10 + 10 * r.nextInt(3);
        }
    }

    /** "犍为县康宁养老院"; public homes are mostly 敬老院. Unique in the scale. */
    private static String homeName(Random r, Sichuan.County county, int ownership, Set<String> taken) {
        String kind = ownership == 0 && r.nextDouble() < 0.6 ? "敬老院" : HOME_KINDS[r.nextInt(HOME_KINDS.length)];
        String name = county.name() + HOME_WORDS[r.nextInt(HOME_WORDS.length)] + kind;
        for (int i = 2; !taken.add(name); i++) {
            name = county.name() + HOME_WORDS[r.nextInt(HOME_WORDS.length)] + kind + (i > 4 ? "第" + i + "分院" : "");
        }
        return name;
    }

    /** GB 32100: public institutions "12…", civil non-enterprise units "52…MJ…", companies "91…MA6…". */
    private String creditCode(Random r, String countyCode, int ownership) {
        String first17;
        do {
            first17 = ownership == 0
                    ? "12" + countyCode + chars(r, "0123456789", 9)
                    : r.nextBoolean()
                            ? "52" + countyCode + "MJ" + chars(r, CREDIT_ALPHABET, 7)
                            : "91" + countyCode + "MA6" + chars(r, CREDIT_ALPHABET, 6);
        } while (!creditCodes.add(first17));
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Building A at the opening, B and C for up to two expansions; rooms of 1 to 4 beds; a few retired. */
    private void drawBeds(Random r, int h, int total) {
        int opened = homeOpenedOn[h];
        List<Integer> batches = new ArrayList<>(List.of(opened));
        int from = opened + 365;
        int until = todayDay - 30;
        if (from < until) {
            double x = r.nextDouble();
            int expansions = x < 0.4 ? 0 : x < 0.8 ? 1 : 2;
            List<Integer> later = new ArrayList<>();
            for (int i = 0; i < expansions; i++) {
                later.add(between(r, from, until));
            }
            later.sort(null);
            batches.addAll(later);
        }
        int[] batchSizes = new int[batches.size()];
        batchSizes[0] = batches.size() == 1 ? total : (int) Math.round(total * (0.6 + 0.2 * r.nextDouble()));
        int rest = total - batchSizes[0];
        for (int i = 1; i < batchSizes.length; i++) {
            batchSizes[i] = i == batchSizes.length - 1 ? rest : rest / (batchSizes.length - i);
            rest -= batchSizes[i];
        }
        homeFirstBed[h] = bedCount;
        for (int i = 0; i < batchSizes.length; i++) {
            char building = (char) ('A' + i);
            int floor = 1;
            int room = 1;
            int left = batchSizes[i];
            while (left > 0) {
                double x = r.nextDouble();
                int size = Math.min(left, x < 0.12 ? 1 : x < 0.62 ? 2 : x < 0.87 ? 3 : 4);
                String roomName = building + "-" + floor + (room < 10 ? "0" : "") + room;
                for (int b = 1; b <= size; b++) {
                    int bed = bedCount++;
                    bedHome[bed] = h;
                    bedRoom[bed] = roomName;
                    bedCode[bed] = roomName + "-" + b;
                    bedCommissioned[bed] = batches.get(i);
                    bedRetired[bed] = NONE;
                }
                left -= size;
                if (++room > 10) {
                    floor++;
                    room = 1;
                }
            }
        }
        homeBedCount[h] = bedCount - homeFirstBed[h];
        // a quarter of the homes that ran for three years took a few beds out of service
        if (opened < todayDay - 3 * 365 && r.nextDouble() < 0.25) {
            int count = Math.max(1, homeBedCount[h] * between(r, 1, 5) / 100);
            for (int i = 0; i < count; i++) {
                int bed = homeFirstBed[h] + r.nextInt(homeBedCount[h]);
                int earliest = Math.max(bedCommissioned[bed] + 90, todayDay - 4 * 365);
                if (bedRetired[bed] < 0 && earliest < todayDay - 15) {
                    bedRetired[bed] = between(r, earliest, todayDay - 15);
                }
            }
        }
    }

    // ------------------------------------------------------------------ stays

    /**
     * Each bed's timeline from its commissioning (or a little before the history starts) to today or its
     * retirement: a vacancy, a stay, a vacancy, … The mean stay length is set so that the stays come out
     * near the scale's target. Then some stays move to another bed of the home that is free for the rest
     * of the stay.
     */
    private void drawStays() {
        long bedDays = 0;
        int bedsBeforeWindow = 0;
        for (int b = 0; b < bedCount; b++) {
            int start = Math.max(bedCommissioned[b], windowStart);
            int end = bedRetired[b] < 0 ? todayDay : bedRetired[b];
            bedDays += Math.max(0, end - start);
            if (bedCommissioned[b] < windowStart) {
                bedsBeforeWindow++;
            }
        }
        // Mean days of one stay plus the vacancy after it. A bed in service before the history starts begins
        // half a cycle earlier on average (its first resident may have come before the window), and every
        // bed's last stay counts whole though today cuts it: about a third of a stay more per bed (measured).
        double cycle = bedDays / (scale.stays() - bedsBeforeWindow / 2.0 - 0.35 * bedCount);
        int capacity = (int) (scale.stays() * 1.15) + 1024;
        stayHome = new int[capacity];
        stayPerson = new int[capacity];
        stayAdmitted = new int[capacity];
        stayDischarged = new int[capacity];
        stayReason = new byte[capacity];
        stayBed = new int[capacity];
        stayTransferOn = new int[capacity];
        stayNextBed = new int[capacity];

        for (int h = 0; h < homeCount; h++) {
            Random r = new Random(seed * 1_000_003L + 7919L * h + 2);
            double occupancy = MIN_OCCUPANCY + (MAX_OCCUPANCY - MIN_OCCUPANCY) * r.nextDouble();
            double meanStay = occupancy * cycle;
            double meanGap = (1 - occupancy) * cycle;
            int first = homeFirstBed[h];
            int beds = homeBedCount[h];
            // spans[bed - first] = the bed's occupied [from, until) as stay indices, in order
            List<List<int[]>> spans = new ArrayList<>(beds);
            for (int i = 0; i < beds; i++) {
                spans.add(new ArrayList<>());
            }
            for (int i = 0; i < beds; i++) {
                int bed = first + i;
                int end = bedRetired[bed] < 0 ? Integer.MAX_VALUE : bedRetired[bed];
                int t = bedCommissioned[bed] < windowStart
                        ? Math.max(bedCommissioned[bed], windowStart - (int) (r.nextDouble() * cycle))
                        : bedCommissioned[bed] + (int) exponential(r, 2 * meanGap);
                while (t <= todayDay && t < end) {
                    int length = r.nextDouble() < 0.0005 ? 0 : (int) erlang2(r, meanStay);
                    int s = newStay(h, bed, t);
                    int out = t + length;
                    if (end != Integer.MAX_VALUE && out >= end) {
                        close(s, end, OTHER); // the bed is retired: the resident leaves that day
                        out = end;
                    } else if (out <= todayDay) {
                        close(s, out, (byte) pick(r, DISCHARGE_WEIGHTS));
                    } else {
                        spans.get(i).add(new int[] {t, Integer.MAX_VALUE, s});
                        break; // still there today
                    }
                    spans.get(i).add(new int[] {t, out, s});
                    t = out + (int) exponential(r, meanGap);
                }
            }
            drawTransfers(r, h, spans);
        }
    }

    private int newStay(int home, int bed, int admitted) {
        int s = stayCount++;
        if (s == stayHome.length) {
            int n = s + s / 4;
            stayHome = Arrays.copyOf(stayHome, n);
            stayPerson = Arrays.copyOf(stayPerson, n);
            stayAdmitted = Arrays.copyOf(stayAdmitted, n);
            stayDischarged = Arrays.copyOf(stayDischarged, n);
            stayReason = Arrays.copyOf(stayReason, n);
            stayBed = Arrays.copyOf(stayBed, n);
            stayTransferOn = Arrays.copyOf(stayTransferOn, n);
            stayNextBed = Arrays.copyOf(stayNextBed, n);
        }
        stayHome[s] = home;
        stayBed[s] = bed;
        stayAdmitted[s] = admitted;
        stayDischarged[s] = NONE;
        stayReason[s] = -1;
        stayTransferOn[s] = NONE;
        stayNextBed[s] = -1;
        return s;
    }

    private void close(int s, int on, byte reason) {
        stayDischarged[s] = on;
        stayReason[s] = reason;
    }

    private void close(int s, int on, int reason) {
        close(s, on, (byte) reason);
    }

    /** Moves some stays, at a day inside them, to another bed of the home free from then to their end. */
    private void drawTransfers(Random r, int h, List<List<int[]>> spans) {
        int first = homeFirstBed[h];
        int beds = homeBedCount[h];
        if (beds < 2) {
            return;
        }
        // the spans present now; transfers add new ones, which are not moved again
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < beds; i++) {
            for (int[] span : spans.get(i)) {
                candidates.add(new int[] {i, span[0], span[1], span[2]});
            }
        }
        for (int[] c : candidates) {
            int from = c[1];
            int until = c[2];
            int s = c[3];
            int lastDay = until == Integer.MAX_VALUE ? todayDay : until - 1;
            if (lastDay - from < 30 || r.nextDouble() >= TRANSFER_SHARE) {
                continue;
            }
            int on = from + 5 + r.nextInt(lastDay - from - 10);
            for (int attempt = 0; attempt < 12; attempt++) {
                int j = r.nextInt(beds);
                if (j == c[0] || !free(first + j, spans.get(j), on, until)) {
                    continue;
                }
                // shorten the old span, add the new one in order
                for (int[] span : spans.get(c[0])) {
                    if (span[2] == s) {
                        span[1] = on;
                    }
                }
                List<int[]> target = spans.get(j);
                int at = 0;
                while (at < target.size() && target.get(at)[0] < on) {
                    at++;
                }
                target.add(at, new int[] {on, until, s});
                stayTransferOn[s] = on;
                stayNextBed[s] = first + j;
                break;
            }
        }
    }

    /** In service and taken by nobody on every day of {@code [from, until)}. */
    private boolean free(int bed, List<int[]> spans, int from, int until) {
        if (from < bedCommissioned[bed] || bedRetired[bed] >= 0 && until > bedRetired[bed]) {
            return false;
        }
        for (int[] span : spans) {
            if (span[0] < until && from < span[1]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ people

    /**
     * In order of admission, each stay is a new person or — for some — someone whose earlier stay (not
     * ended by death) was over by then. People are registered in the home of their first stay.
     */
    private void drawPeople() {
        Random r = new Random(seed * 31 + 3);
        long[] order = new long[stayCount];
        for (int s = 0; s < stayCount; s++) {
            order[s] = ((long) stayAdmitted[s] << 32) | s;
        }
        Arrays.sort(order);
        int capacity = stayCount;
        personName = new String[capacity];
        personIdNumber = new String[capacity];
        personBirth = new int[capacity];
        personFemale = new boolean[capacity];
        personHukou = new String[capacity];
        personStateSupported = new boolean[capacity];
        personFirstHome = new int[capacity];
        personFirstAdmitted = new int[capacity];
        // people free to come back: (day their stay ended << 32 | person), earliest first
        PriorityQueue<Long> away = new PriorityQueue<>();
        for (long key : order) {
            int s = (int) key;
            int admitted = stayAdmitted[s];
            int person;
            Long next = away.peek();
            if (next != null && (int) (next >>> 32) <= admitted && r.nextDouble() < COMEBACK_SHARE) {
                away.poll();
                person = (int) (long) next;
            } else {
                person = newPerson(r, s);
            }
            stayPerson[s] = person;
            if (stayDischarged[s] >= 0 && stayReason[s] != DECEASED) {
                away.add(((long) stayDischarged[s] << 32) | person);
            }
        }
    }

    private int newPerson(Random r, int firstStay) {
        int p = personCount++;
        int home = stayHome[firstStay];
        int admitted = stayAdmitted[firstStay];
        Sichuan.County county = homeCounty[home];
        Sichuan.City city = county.city();
        boolean female = r.nextDouble() < 0.56;
        double age = r.nextDouble() < 0.025
                ? 50 + 10 * r.nextDouble()
                : Math.max(60, Math.min(103, 81 + 7 * r.nextGaussian()));
        LocalDate admittedOn = LocalDate.ofEpochDay(admitted);
        LocalDate birth = admittedOn.minusYears((long) age).minusDays(r.nextInt(365));
        personFemale[p] = female;
        personBirth[p] = (int) birth.toEpochDay();
        personName[p] = SURNAMES[r.nextInt(SURNAMES.length)]
                + (female ? FEMALE_GIVEN[r.nextInt(FEMALE_GIVEN.length)] : MALE_GIVEN[r.nextInt(MALE_GIVEN.length)]);
        // where first registered: mostly the home's county or city; may be a code that no longer exists
        double x = r.nextDouble();
        String region = x < 0.7 ? county.code() : x < 0.9 ? anyCounty(r, city) : anyCounty(r, randomCity(r));
        personIdNumber[p] = idNumber(r, region, birth, female);
        double y = r.nextDouble();
        personHukou[p] = y < 0.75
                ? county.code()
                : y < 0.90
                        ? anyCounty(r, city)
                        : y < 0.98
                                ? anyCounty(r, randomCity(r))
                                : Sichuan.OUTSIDE.get(r.nextInt(Sichuan.OUTSIDE.size()));
        personStateSupported[p] = r.nextDouble() < (homeOwnership[home] == 0 ? 0.12 : 0.025);
        personFirstHome[p] = home;
        personFirstAdmitted[p] = admitted;
        return p;
    }

    private static String anyCounty(Random r, Sichuan.City city) {
        return city.counties().get(r.nextInt(city.counties().size())).code();
    }

    private static Sichuan.City randomCity(Random r) {
        return Sichuan.CITIES.get(r.nextInt(Sichuan.CITIES.size()));
    }

    /** GB 11643: region, birth date, a two-digit order code, a sex digit (odd for men), the check character. */
    private String idNumber(Random r, String region, LocalDate birth, boolean female) {
        String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
        String first17;
        do {
            int sexDigit = 2 * r.nextInt(5) + (female ? 0 : 1);
            int order = r.nextInt(100);
            first17 = region + date + (order < 10 ? "0" : "") + order + sexDigit;
        } while (!idNumbers.add(Long.parseLong(first17)));
        return first17 + IdNumber.checkCharacter(first17);
    }

    // ------------------------------------------------------------------ absences

    /** One stay in five has one or two absences: mostly 3–14 days, some hospital stays of up to six weeks. */
    private void drawAbsences() {
        Random r = new Random(seed * 31 + 4);
        int capacity = (int) (stayCount * ABSENCE_SHARE * 1.3) + 16;
        absenceStay = new int[capacity];
        absenceFrom = new int[capacity];
        absenceUntil = new int[capacity];
        absenceKind = new byte[capacity];
        for (int s = 0; s < stayCount; s++) {
            int admitted = stayAdmitted[s];
            int end = stayDischarged[s] < 0 ? todayDay : stayDischarged[s];
            if (end - admitted < 8 || r.nextDouble() >= ABSENCE_SHARE) {
                continue;
            }
            int count = r.nextDouble() < 0.8 ? 1 : 2;
            int firstFrom = -1;
            int firstUntil = -1;
            for (int i = 0; i < count; i++) {
                for (int attempt = 0; attempt < 10; attempt++) {
                    int length = r.nextDouble() < 0.7 ? between(r, 3, 14) : between(r, 15, 42);
                    int earliest = admitted + 1;
                    // an open stay's absence has begun by today (its planned end may be later)
                    int latest = stayDischarged[s] < 0 ? todayDay : stayDischarged[s] - length;
                    if (latest < earliest) {
                        break;
                    }
                    int from = between(r, earliest, latest);
                    int until = from + length;
                    if (firstFrom >= 0 && from < firstUntil && firstFrom < until) {
                        continue;
                    }
                    if (absenceCount == absenceStay.length) {
                        int n = absenceCount + absenceCount / 4 + 16;
                        absenceStay = Arrays.copyOf(absenceStay, n);
                        absenceFrom = Arrays.copyOf(absenceFrom, n);
                        absenceUntil = Arrays.copyOf(absenceUntil, n);
                        absenceKind = Arrays.copyOf(absenceKind, n);
                    }
                    double k = r.nextDouble();
                    absenceStay[absenceCount] = s;
                    absenceFrom[absenceCount] = from;
                    absenceUntil[absenceCount] = until;
                    absenceKind[absenceCount] = (byte) (length > 14 || k < 0.45 ? 0 : k < 0.9 ? 1 : 2);
                    absenceCount++;
                    firstFrom = from;
                    firstUntil = until;
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ assessments

    /**
     * The first assessment up to a month before the first admission; a reassessment every five months to
     * a year and a bit while in care, and on coming back after a stay elsewhere; the level mostly stays or
     * worsens.
     */
    private void drawAssessments() {
        Random r = new Random(seed * 31 + 5);
        // each person's stays in order of admission
        int[] firstStay = new int[personCount];
        int[] nextStay = new int[stayCount];
        int[] lastStay = new int[personCount];
        Arrays.fill(firstStay, -1);
        long[] order = new long[stayCount];
        for (int s = 0; s < stayCount; s++) {
            order[s] = ((long) stayAdmitted[s] << 32) | s;
        }
        Arrays.sort(order);
        for (long key : order) {
            int s = (int) key;
            int p = stayPerson[s];
            nextStay[s] = -1;
            if (firstStay[p] < 0) {
                firstStay[p] = s;
            } else {
                nextStay[lastStay[p]] = s;
            }
            lastStay[p] = s;
        }
        int capacity = personCount * 3 + 16;
        assessmentPerson = new int[capacity];
        assessmentLevel = new byte[capacity];
        assessmentOn = new int[capacity];
        for (int p = 0; p < personCount; p++) {
            int level = pick(r, LEVEL_WEIGHTS);
            int on = stayAdmitted[firstStay[p]] - r.nextInt(31);
            addAssessment(p, level, on);
            for (int s = firstStay[p]; s >= 0; s = nextStay[s]) {
                int lastDay = stayDischarged[s] < 0 ? todayDay : stayDischarged[s] - 1;
                if (s != firstStay[p] && stayAdmitted[s] > on && r.nextDouble() < 0.7) {
                    on = stayAdmitted[s];
                    level = drift(r, level);
                    addAssessment(p, level, on);
                }
                while (true) {
                    int next = on + between(r, 150, 420);
                    if (next > lastDay) {
                        break;
                    }
                    on = next;
                    level = drift(r, level);
                    addAssessment(p, level, on);
                }
            }
        }
    }

    private void addAssessment(int person, int level, int on) {
        if (assessmentCount == assessmentPerson.length) {
            int n = assessmentCount + assessmentCount / 4 + 16;
            assessmentPerson = Arrays.copyOf(assessmentPerson, n);
            assessmentLevel = Arrays.copyOf(assessmentLevel, n);
            assessmentOn = Arrays.copyOf(assessmentOn, n);
        }
        assessmentPerson[assessmentCount] = person;
        assessmentLevel[assessmentCount] = (byte) level;
        assessmentOn[assessmentCount] = on;
        assessmentCount++;
    }

    private static int drift(Random r, int level) {
        double x = r.nextDouble();
        return Math.max(0, Math.min(4, level + (x < 0.55 ? 0 : x < 0.9 ? 1 : -1)));
    }

    // ------------------------------------------------------------------ summary and drawing

    int transferCount() {
        int n = 0;
        for (int s = 0; s < stayCount; s++) {
            if (stayTransferOn[s] >= 0) {
                n++;
            }
        }
        return n;
    }

    int openStayCount() {
        int n = 0;
        for (int s = 0; s < stayCount; s++) {
            if (stayDischarged[s] < 0) {
                n++;
            }
        }
        return n;
    }

    int retiredBedCount() {
        int n = 0;
        for (int b = 0; b < bedCount; b++) {
            if (bedRetired[b] >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The plan as a registry history, to be entered day by day through the registry's own residency rules
     * ({@link ResidencyReplay}): what the generator loads around the services is proven against the rules
     * the services apply.
     */
    ResidencyReplay asHistory() {
        ResidencyReplay history = new ResidencyReplay(today);
        for (int b = 0; b < bedCount; b++) {
            history.bed(
                    b,
                    bedHome[b],
                    bedCode[b],
                    LocalDate.ofEpochDay(bedCommissioned[b]),
                    bedRetired[b] == NONE ? null : LocalDate.ofEpochDay(bedRetired[b]));
        }
        List<List<LocalDate[]>> absences = new ArrayList<>(stayCount);
        for (int s = 0; s < stayCount; s++) {
            absences.add(new ArrayList<>(0));
        }
        for (int a = 0; a < absenceCount; a++) {
            absences.get(absenceStay[a])
                    .add(new LocalDate[] {LocalDate.ofEpochDay(absenceFrom[a]), LocalDate.ofEpochDay(absenceUntil[a])});
        }
        for (int s = 0; s < stayCount; s++) {
            boolean moved = stayTransferOn[s] != NONE;
            boolean open = stayDischarged[s] == NONE;
            history.stay(
                    stayPerson[s],
                    stayBed[s],
                    LocalDate.ofEpochDay(stayAdmitted[s]),
                    moved ? (long) stayNextBed[s] : null,
                    moved ? LocalDate.ofEpochDay(stayTransferOn[s]) : null,
                    open ? null : LocalDate.ofEpochDay(stayDischarged[s]),
                    open ? null : DischargeReason.valueOf(DISCHARGE_REASONS[stayReason[s]]),
                    absences.get(s));
        }
        return history;
    }

    String summary() {
        return String.format(
                "%,d homes, %,d beds (%,d retired), %,d residents, %,d assessments, %,d stays (%,d open, "
                        + "%,d transfers), %,d absences, from %s to %s",
                homeCount,
                bedCount,
                retiredBedCount(),
                personCount,
                assessmentCount,
                stayCount,
                openStayCount(),
                transferCount(),
                absenceCount,
                LocalDate.ofEpochDay(windowStart),
                today);
    }

    private static int between(Random r, int low, int high) {
        return low + r.nextInt(high - low + 1);
    }

    private static double exponential(Random r, double mean) {
        return -mean * Math.log(1 - r.nextDouble());
    }

    /** Sum of two exponentials: few very short stays, a long tail. */
    private static double erlang2(Random r, double mean) {
        return exponential(r, mean / 2) + exponential(r, mean / 2);
    }

    private static int pick(Random r, double[] weights) {
        double x = r.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String chars(Random r, String alphabet, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
