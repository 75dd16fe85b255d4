package com.jialicare.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Application: the review state machine of RULES.md §6")
class ApplicationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private static final Actor HOME = new Actor(1, "home");
    private static final Actor COUNTY = new Actor(2, "county");
    private static final Actor CITY = new Actor(3, "city");
    private static final Actor CITY2 = new Actor(4, "city2");
    private static final BigDecimal TOTAL = new BigDecimal("11000.00");

    private static Application draft() {
        return Application.operating(7, YearMonth.of(2024, 1), YearMonth.of(2024, 12), HOME, NOW);
    }

    private static Application inState(ApplicationState target) {
        Application a = draft();
        if (target == ApplicationState.DRAFT) {
            return a;
        }
        a.submit(TOTAL, HOME, NOW);
        if (target == ApplicationState.SUBMITTED) {
            return a;
        }
        if (target == ApplicationState.RETURNED) {
            a.returnBy(Reviewer.COUNTY, COUNTY, "wrong hukou", NOW);
            return a;
        }
        a.approveByCounty(COUNTY, "ok", NOW);
        if (target == ApplicationState.COUNTY_APPROVED) {
            return a;
        }
        a.startNotice(LocalDate.of(2025, 3, 1), null, 7, CITY, NOW);
        if (target == ApplicationState.PUBLIC_NOTICE) {
            return a;
        }
        a.approveByCity(CITY, "ok", LocalDate.of(2025, 3, 8), false, NOW);
        if (target == ApplicationState.CITY_APPROVED) {
            return a;
        }
        a.pay(LocalDate.of(2025, 3, 20), TOTAL, "V-1", CITY, NOW);
        return a;
    }

    @Test
    @DisplayName(
            "the whole way: draft, submitted, county approved, notice, city approved, paid — each step in the history")
    void happyPath() {
        Application a = inState(ApplicationState.PAID);
        assertThat(a.getState()).isEqualTo(ApplicationState.PAID);
        assertThat(a.getEvents())
                .extracting(ApplicationEvent::getAction)
                .containsExactly("CREATE", "SUBMIT", "COUNTY_APPROVE", "START_NOTICE", "CITY_APPROVE", "PAY");
        assertThat(a.getEvents())
                .extracting(ApplicationEvent::getActor)
                .containsExactly("home", "home", "county", "city", "city", "city");
        assertThat(a.getPaidAmount()).isEqualByComparingTo("11000.00");
        assertThat(a.getNoticeLastDay()).isEqualTo(LocalDate.of(2025, 3, 7));
    }

    static Stream<Arguments> illegal() {
        Consumer<Application> submit = a -> a.submit(TOTAL, HOME, NOW);
        Consumer<Application> county = a -> a.approveByCounty(COUNTY, null, NOW);
        Consumer<Application> notice = a -> a.startNotice(LocalDate.of(2025, 3, 1), null, 7, CITY, NOW);
        Consumer<Application> city = a -> a.approveByCity(CITY2, null, LocalDate.of(2025, 4, 1), false, NOW);
        Consumer<Application> pay = a -> a.pay(LocalDate.of(2025, 4, 1), TOTAL, "V-9", CITY, NOW);
        Consumer<Application> countyReturn = a -> a.returnBy(Reviewer.COUNTY, COUNTY, "x", NOW);
        Consumer<Application> cityReturn = a -> a.returnBy(Reviewer.CITY, CITY, "x", NOW);
        return Stream.of(
                Arguments.of(ApplicationState.DRAFT, "approve by county", county),
                Arguments.of(ApplicationState.DRAFT, "start notice", notice),
                Arguments.of(ApplicationState.DRAFT, "pay", pay),
                Arguments.of(ApplicationState.DRAFT, "return by county", countyReturn),
                Arguments.of(ApplicationState.SUBMITTED, "submit again", submit),
                Arguments.of(ApplicationState.SUBMITTED, "start notice", notice),
                Arguments.of(ApplicationState.SUBMITTED, "approve by city", city),
                Arguments.of(ApplicationState.SUBMITTED, "return by city", cityReturn),
                Arguments.of(ApplicationState.COUNTY_APPROVED, "approve by county again", county),
                Arguments.of(ApplicationState.COUNTY_APPROVED, "approve by city before the notice", city),
                Arguments.of(ApplicationState.COUNTY_APPROVED, "pay", pay),
                Arguments.of(ApplicationState.PUBLIC_NOTICE, "pay before city approval", pay),
                Arguments.of(ApplicationState.PUBLIC_NOTICE, "return by county", countyReturn),
                Arguments.of(ApplicationState.CITY_APPROVED, "return by city", cityReturn),
                Arguments.of(ApplicationState.CITY_APPROVED, "start notice again", notice),
                Arguments.of(ApplicationState.PAID, "pay twice", pay),
                Arguments.of(ApplicationState.PAID, "return", cityReturn),
                Arguments.of(ApplicationState.RETURNED, "approve by county", county),
                Arguments.of(ApplicationState.RETURNED, "pay", pay));
    }

    @ParameterizedTest(name = "{0}: {1} → 409 WRONG_STATE")
    @MethodSource("illegal")
    @DisplayName("illegal transitions are refused with WRONG_STATE and change nothing")
    void illegalTransitions(ApplicationState state, String what, Consumer<Application> action) {
        Application a = inState(state);
        int events = a.getEvents().size();
        assertThatThrownBy(() -> action.accept(a)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("WRONG_STATE");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        });
        assertThat(a.getState()).isEqualTo(state);
        assertThat(a.getEvents()).hasSize(events);
    }

    @Test
    @DisplayName("four eyes: the submitter cannot approve, at county or at city level")
    void submitterCannotApprove() {
        Application a = inState(ApplicationState.SUBMITTED);
        assertThatThrownBy(() -> a.approveByCounty(HOME, null, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("FOUR_EYES_OWN_SUBMISSION"));
        Application b = inState(ApplicationState.PUBLIC_NOTICE);
        assertThatThrownBy(() -> b.approveByCity(HOME, null, LocalDate.of(2025, 4, 1), false, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("FOUR_EYES_OWN_SUBMISSION"));
    }

    @Test
    @DisplayName("four eyes: county and city approvals are by different users")
    void differentApprovers() {
        Application a = inState(ApplicationState.PUBLIC_NOTICE);
        assertThatThrownBy(() -> a.approveByCity(COUNTY, null, LocalDate.of(2025, 4, 1), false, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FOUR_EYES_SAME_APPROVER");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                });
        assertThat(a.getState()).isEqualTo(ApplicationState.PUBLIC_NOTICE);
    }

    @Test
    @DisplayName("the city approves only after the 7-day notice has ended and every objection is decided")
    void noticeMustEnd() {
        Application a = inState(ApplicationState.PUBLIC_NOTICE); // notice 2025-03-01 .. 2025-03-07
        assertThat(a.isUnderNotice(LocalDate.of(2025, 3, 7))).isTrue();
        assertThat(a.isUnderNotice(LocalDate.of(2025, 3, 8))).isFalse();
        assertThatThrownBy(() -> a.approveByCity(CITY, null, LocalDate.of(2025, 3, 7), false, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("NOTICE_NOT_ENDED"));
        assertThatThrownBy(() -> a.approveByCity(CITY, null, LocalDate.of(2025, 3, 8), true, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("OBJECTIONS_PENDING"));
        a.approveByCity(CITY, null, LocalDate.of(2025, 3, 8), false, NOW);
        assertThat(a.getState()).isEqualTo(ApplicationState.CITY_APPROVED);
    }

    @Test
    @DisplayName("a returned application is submitted again as a new revision")
    void resubmission() {
        Application a = inState(ApplicationState.RETURNED);
        assertThat(a.getRevision()).isEqualTo(1);
        a.submit(new BigDecimal("10000.00"), HOME, NOW);
        assertThat(a.getRevision()).isEqualTo(2);
        assertThat(a.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(a.getTotal()).isEqualByComparingTo("10000.00");
        assertThat(a.getEvents()).extracting(ApplicationEvent::getRevision).containsExactly(0, 1, 1, 2);
    }

    @Test
    @DisplayName("an upheld objection returns the application; a returned one needs a reason")
    void objectionAndReason() {
        Application a = inState(ApplicationState.PUBLIC_NOTICE);
        a.returnForObjection(CITY, "the resident had moved out", NOW);
        assertThat(a.getState()).isEqualTo(ApplicationState.RETURNED);
        Application b = inState(ApplicationState.SUBMITTED);
        assertThatThrownBy(() -> b.returnBy(Reviewer.COUNTY, COUNTY, " ", NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("REASON_REQUIRED"));
    }

    @Test
    @DisplayName("the payment must equal the approved total to the fen")
    void paymentAmount() {
        Application a = inState(ApplicationState.CITY_APPROVED);
        assertThatThrownBy(() -> a.pay(LocalDate.of(2025, 4, 1), new BigDecimal("10999.99"), "V-2", CITY, NOW))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_MISMATCH"));
        a.pay(LocalDate.of(2025, 4, 1), new BigDecimal("11000"), "V-2", CITY, NOW);
        assertThat(a.getState()).isEqualTo(ApplicationState.PAID);
    }

    // --- the public notice cannot be skipped (issue #12, finding 7) ---

    /** County-approved at {@code approvedAt}; the notice is then recorded at {@code recordedAt}. */
    private static Application countyApprovedAt(Instant approvedAt) {
        Application a = draft();
        a.submit(TOTAL, HOME, approvedAt);
        a.approveByCounty(COUNTY, "ok", approvedAt);
        return a;
    }

    private static Instant day(String isoDate) {
        return LocalDate.parse(isoDate)
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant();
    }

    @Test
    @DisplayName("rule: a notice cannot start before the day of the county's approval — 409, nothing changes")
    void noticeCannotStartBeforeCountyApproval() {
        Application a = countyApprovedAt(day("2025-03-01"));
        int events = a.getEvents().size();
        assertThatThrownBy(() ->
                        a.startNotice(LocalDate.of(2025, 2, 28), "posted at the town hall", 7, CITY, day("2025-03-01")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOTICE_BEFORE_COUNTY_APPROVAL");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("from");
                });
        // months back, with a reason or without: still refused
        assertThatThrownBy(() -> a.startNotice(LocalDate.of(2024, 12, 1), null, 7, CITY, day("2025-03-01")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("NOTICE_BEFORE_COUNTY_APPROVAL"));
        assertThat(a.getState()).isEqualTo(ApplicationState.COUNTY_APPROVED);
        assertThat(a.getNoticeFrom()).isNull();
        assertThat(a.getEvents()).hasSize(events);
        // the day of the approval itself is fine
        a.startNotice(LocalDate.of(2025, 3, 1), null, 7, CITY, day("2025-03-01"));
        assertThat(a.getState()).isEqualTo(ApplicationState.PUBLIC_NOTICE);
    }

    @Test
    @DisplayName("rule: a notice starting more than one day before today needs a reason, which the history keeps")
    void noticeBackdatedBeyondToleranceNeedsReason() {
        Application a = countyApprovedAt(day("2024-12-01"));
        Instant now = day("2025-03-01");
        assertThatThrownBy(() -> a.startNotice(LocalDate.of(2024, 12, 1), null, 7, CITY, now))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOTICE_BACKDATED_WITHOUT_REASON");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> a.startNotice(LocalDate.of(2025, 2, 27), "  ", 7, CITY, now))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("NOTICE_BACKDATED_WITHOUT_REASON"));
        assertThat(a.getState()).isEqualTo(ApplicationState.COUNTY_APPROVED);

        a.startNotice(LocalDate.of(2024, 12, 1), "贴在乡政府公告栏", 7, CITY, now);
        assertThat(a.getNoticeFrom()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(a.getEvents().get(a.getEvents().size() - 1).getComment()).contains("贴在乡政府公告栏");
    }

    @ParameterizedTest(name = "from {0} recorded on 2025-03-01: no reason needed")
    @MethodSource("withinTolerance")
    @DisplayName("rule: today, or yesterday (the tolerance), needs no reason")
    void noticeWithinToleranceNeedsNoReason(LocalDate from) {
        Application a = countyApprovedAt(day("2025-02-01"));
        a.startNotice(from, null, 7, CITY, day("2025-03-01"));
        assertThat(a.getState()).isEqualTo(ApplicationState.PUBLIC_NOTICE);
    }

    static Stream<LocalDate> withinTolerance() {
        return Stream.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 28));
    }

    @Test
    @DisplayName("rule: a notice cannot start after today")
    void noticeCannotStartInTheFuture() {
        Application a = countyApprovedAt(day("2025-03-01"));
        assertThatThrownBy(() -> a.startNotice(LocalDate.of(2025, 3, 2), null, 7, CITY, day("2025-03-01")))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("DATE_IN_FUTURE"));
    }

    @Test
    @DisplayName(
            "rule: backdating never shortens the notice — the city approves only the notice days after it was recorded")
    void backdatedNoticeStillRunsItsDaysFromRecording() {
        Application a = countyApprovedAt(day("2024-12-01"));
        a.startNotice(LocalDate.of(2024, 12, 1), "posted at the town hall", 7, CITY, day("2025-03-01"));
        assertThat(a.getNoticeLastDay()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(a.isUnderNotice(LocalDate.of(2025, 3, 7))).isTrue();
        for (String early : List.of("2025-03-01", "2025-03-07")) {
            assertThatThrownBy(() -> a.approveByCity(CITY, null, LocalDate.parse(early), false, day(early)))
                    .isInstanceOfSatisfying(
                            BusinessException.class, e -> assertThat(e.code()).isEqualTo("NOTICE_NOT_ENDED"));
        }
        a.approveByCity(CITY, null, LocalDate.of(2025, 3, 8), false, day("2025-03-08"));
        assertThat(a.getState()).isEqualTo(ApplicationState.CITY_APPROVED);
    }

    @Test
    @DisplayName("rule: a notice started yesterday (within the tolerance) still runs its full days from today")
    void noticeFromYesterdayRunsFromToday() {
        Application a = countyApprovedAt(day("2025-02-28"));
        a.startNotice(LocalDate.of(2025, 2, 28), null, 7, CITY, day("2025-03-01"));
        assertThat(a.getNoticeFrom()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(a.getNoticeLastDay()).isEqualTo(LocalDate.of(2025, 3, 7));
    }

    @Test
    @DisplayName("the queue's waiting: the submission day in Shanghai, whole days since, only while under review")
    void daysWaiting() {
        Application a = draft();
        assertThat(a.submittedOn()).isNull();
        assertThat(a.daysWaiting(LocalDate.of(2025, 3, 10))).isNull();
        // 23:30 UTC on 28 February is 07:30 on 1 March in Shanghai
        a.submit(TOTAL, HOME, Instant.parse("2025-02-28T23:30:00Z"));
        assertThat(a.submittedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(a.daysWaiting(LocalDate.of(2025, 3, 1))).isZero();
        assertThat(a.daysWaiting(LocalDate.of(2025, 3, 11))).isEqualTo(10L);
        a.returnBy(Reviewer.COUNTY, COUNTY, "wrong hukou", NOW);
        assertThat(a.daysWaiting(LocalDate.of(2025, 3, 11)))
                .as("returned: waits for its home")
                .isNull();
    }
}
