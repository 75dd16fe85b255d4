package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.registry.CaseDecision;
import com.jialicare.domain.model.registry.CaseReason;
import com.jialicare.domain.model.registry.CaseState;
import com.jialicare.domain.model.registry.ReportedEvent;
import com.jialicare.domain.model.registry.ReportedEventKind;
import com.jialicare.domain.model.registry.ReportedOutcome;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.ReportedEventMatching;
import com.jialicare.domain.service.ReportedEventMatching.Decision;
import com.jialicare.domain.service.ReportedEventMatching.Person;
import com.jialicare.domain.service.ReportedEventMatching.StayFacts;
import com.jialicare.infrastructure.importing.RegistryEventSheet;
import com.jialicare.infrastructure.importing.RegistryEventSheet.Column;
import com.jialicare.infrastructure.importing.SheetReader;
import com.jialicare.infrastructure.persistence.registry.ReportedEventRepository;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Deaths and hukou moves reported from outside (docs/RULES.md §8.5): a county or city auditor imports a list
 * (.xlsx: 身份证号码, 日期, 类别, 来源编号). Every row is checked first; if any is wrong <b>nothing</b> is done and
 * every wrong row is reported with its column and reason. Otherwise each row is matched
 * ({@link ReportedEventMatching}) and performed through the ordinary services — a stay ended
 * ({@link StayService#endOnReportedDeath}), a discharge corrected ({@link StayService#correct}), a hukou change
 * recorded ({@link ResidentFactsService#recordReportedMove}) — so §2, the locks, the bed boards and the audit trail
 * all apply, each with the list's reference as the reason; conflicts become cases on a county auditor's queue. Each
 * row is kept once per reference, ID number and kind: a list sent again changes nothing and says so.
 *
 * <p>A county auditor's list is about their county: a person outside it (registered and housed elsewhere) is
 * treated exactly like an unknown ID number — a case on the importer's own queue — so the answer says nothing
 * about people elsewhere. A person of the county whose stay to end is in another county's home is a case on that
 * county's queue ({@code STAY_IN_OTHER_COUNTY}). The same bounds as the residents' import apply (streamed file,
 * {@link SheetReader} limits, and {@link ResidentImportService#MAX_RUNNING} imports of any kind at once).
 */
@Stateless
public class ReportedEventService {

    /** The hukou recorded for a move out of the city: the lists do not say where to (docs/RULES.md §8.5). */
    public static final String MOVED_OUT_HUKOU = "000000";

    /** The longest list reference. */
    public static final int MAX_REFERENCE = 100;

    /**
     * The import's transaction may run this long (the server's default is 5 minutes): a list is applied all or
     * nothing in one transaction, and the largest allowed (20,000 rows) takes minutes on a busy server (the
     * benchmark's step 5 measures 10,000).
     */
    static final long IMPORT_TIMEOUT_MINUTES = 20;

    /** Rows applied between two clears of the persistence context during an import. */
    private static final int CLEAR_EVERY = 100;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private static final Role[] AUDITORS = {Role.COUNTY_AUDITOR, Role.CITY_AUDITOR};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private StayRepository stays;

    @Inject
    private ReportedEventRepository repository;

    @Inject
    private StayService stayService;

    @Inject
    private ResidentFactsService residentFacts;

    @Inject
    private PolicyService policies;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A rejected row: its number in Excel, the column (as the list names it, and its key), a code and a message. */
    public record RowError(int row, String column, String columnKey, String code, String message, List<Object> args)
            implements Serializable {}

    /** A case the import raised (or found raised by the same row before). */
    public record CaseRef(long id, String idNumber, String reason) implements Serializable {}

    /**
     * What an import did: {@code matched} rows whose person was found and whose event was applied (a stay ended or
     * corrected, a hukou change recorded, or the records already agreeing), {@code alreadyApplied} rows imported
     * before under the same reference, the {@code cases} left to the auditors; or why nothing was done: the file
     * as a whole ({@code fileCode}) or every wrong row ({@code errors}).
     */
    public record Report(
            int rows,
            int matched,
            int staysEnded,
            int hukouChanged,
            int unchanged,
            int alreadyApplied,
            List<CaseRef> cases,
            String fileCode,
            String fileError,
            List<Object> fileArgs,
            List<RowError> errors,
            String fileReason,
            List<Object> fileReasonArgs,
            boolean preview)
            implements Serializable {

        public Report(
                int rows,
                int matched,
                int staysEnded,
                int hukouChanged,
                int unchanged,
                int alreadyApplied,
                List<CaseRef> cases,
                String fileCode,
                String fileError,
                List<Object> fileArgs,
                List<RowError> errors) {
            this(
                    rows,
                    matched,
                    staysEnded,
                    hukouChanged,
                    unchanged,
                    alreadyApplied,
                    cases,
                    fileCode,
                    fileError,
                    fileArgs,
                    errors,
                    null,
                    List.of(),
                    false);
        }

        public boolean accepted() {
            return fileCode == null && errors.isEmpty();
        }

        public static Report fileError(String code, String message, List<Object> args) {
            return new Report(0, 0, 0, 0, 0, 0, List.of(), code, message, args, List.of());
        }

        static Report fileError(SheetReader.Result sheet, String reason, boolean preview) {
            return new Report(
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    sheet.fileCode() == null ? SheetReader.UNREADABLE : sheet.fileCode(),
                    sheet.fileError() == null ? "The sheet has no rows below its header row" : sheet.fileError(),
                    sheet.args(),
                    List.of(),
                    reason,
                    reason == null ? List.of() : sheet.reasonArgs(),
                    preview);
        }
    }

    /** The report for a file refused by its declared size, before a byte of it is read. */
    public static Report tooLargeFile() {
        var r = SheetReader.tooLargeFile();
        return Report.fileError(r.fileCode(), r.fileError(), r.args());
    }

    private record Valid(int row, IdNumber id, LocalDate date, ReportedEventKind kind, String reference) {
        String key() {
            return id.value() + "|" + kind;
        }
    }

    /** The template list: the four columns and an example row; for the auditors who import lists. */
    public byte[] template() {
        callers.get().require(AUDITORS);
        return RegistryEventSheet.template();
    }

    /** Imports a list (at most {@link SheetReader#MAX_FILE_BYTES} of it is read; the caller closes it). */
    @TransactionTimeout(value = IMPORT_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    public Report importList(InputStream xlsx) {
        return run(xlsx, false);
    }

    /**
     * What importing the list would do, doing nothing: its rows, or every error of every row (the same checks as
     * {@link #importList}, which checks again when the list is then imported).
     */
    public Report preview(InputStream xlsx) {
        return run(xlsx, true);
    }

    private Report run(InputStream xlsx, boolean preview) {
        Caller caller = callers.get();
        caller.require(AUDITORS);
        if (!ResidentImportService.RUNNING.tryAcquire()) {
            return Report.fileError(
                    ResidentImportService.BUSY,
                    "Other imports are running: try again in a few seconds",
                    List.of(ResidentImportService.RETRY_AFTER_SECONDS));
        }
        try {
            return importRows(caller, RegistryEventSheet.read(xlsx), preview);
        } finally {
            ResidentImportService.RUNNING.release();
        }
    }

    private Report importRows(Caller caller, SheetReader.Result sheet, boolean preview) {
        if (sheet.fileError() != null) {
            return Report.fileError(sheet, sheet.reason(), preview);
        }
        if (sheet.rows().isEmpty()) {
            return Report.fileError(sheet, SheetReader.NO_ROWS, preview);
        }
        List<RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (SheetReader.RawRow raw : sheet.rows()) {
            Valid v = check(raw, sheet, errors);
            if (v == null) {
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(v.key(), raw.row());
            if (earlier != null) {
                errors.add(error(
                        sheet,
                        raw.row(),
                        Column.ID_NUMBER,
                        "DUPLICATE_IN_FILE",
                        "The same ID number and kind are already in row " + earlier,
                        earlier));
            } else {
                valid.add(v);
            }
        }
        // rows of this reference imported before: the same day is "already applied", another day is wrong
        Map<String, ReportedEvent> stored = new HashMap<>();
        Map<String, List<ReportedEvent>> bySameKey = new HashMap<>();
        List<String> ids = valid.stream().map(v -> v.id().value()).distinct().toList();
        for (ReportedEvent e : repository.ofIdNumbers(ids)) {
            stored.put(e.getSourceRef() + "|" + e.getIdNumber() + "|" + e.getKind(), e);
            bySameKey
                    .computeIfAbsent(e.getIdNumber() + "|" + e.getKind(), k -> new ArrayList<>())
                    .add(e);
        }
        List<Valid> fresh = new ArrayList<>();
        List<CaseRef> cases = new ArrayList<>();
        int already = 0;
        for (Valid v : valid) {
            ReportedEvent before = stored.get(v.reference() + "|" + v.key());
            if (before == null) {
                fresh.add(v);
            } else if (!before.getEventDate().equals(v.date())) {
                errors.add(error(
                        sheet,
                        v.row(),
                        Column.DATE,
                        "ALREADY_REPORTED_OTHERWISE",
                        "The list " + v.reference() + " already reported this person with the day "
                                + before.getEventDate(),
                        before.getEventDate().toString()));
            } else {
                already++;
                if (before.getCaseState() == CaseState.OPEN) {
                    cases.add(caseRef(before));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row)
                    .thenComparingInt(e -> Column.valueOf(e.columnKey()).ordinal()));
            return new Report(
                    sheet.rows().size(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    errors,
                    null,
                    List.of(),
                    preview);
        }
        if (preview) {
            return new Report(
                    sheet.rows().size(),
                    0,
                    0,
                    0,
                    0,
                    already,
                    cases,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    true);
        }
        int matched = 0;
        int ended = 0;
        int hukou = 0;
        int unchanged = 0;
        int applied = 0;
        for (Valid v : fresh) {
            ReportedEvent e = new ReportedEvent(
                    v.reference(), v.id().value(), v.kind(), v.date(), v.row(), caller.username(), clock.instant());
            List<LocalDate> otherDays = bySameKey.getOrDefault(v.key(), List.of()).stream()
                    .filter(o -> o.getOutcome() != ReportedOutcome.DISMISSED)
                    .map(ReportedEvent::getEventDate)
                    .distinct()
                    .toList();
            apply(caller, e, otherDays);
            em.persist(e);
            switch (e.getOutcome()) {
                case CASE -> cases.add(caseRef(e));
                case STAY_ENDED, DISCHARGE_CORRECTED -> ended++;
                case HUKOU_CHANGED -> hukou++;
                case UNCHANGED -> unchanged++;
                case DISMISSED -> throw new IllegalStateException();
            }
            if (e.getOutcome() != ReportedOutcome.CASE) {
                matched++;
            }
            if (++applied % CLEAR_EVERY == 0) {
                // still one transaction (all rows or none), but the persistence context stays small: every
                // effect flushes, and a flush dirty-checks every managed entity, so without this a list of
                // 10,000 deaths took time in the square of its length (the benchmark's step 5)
                em.flush();
                em.clear();
            }
        }
        em.flush();
        String reference = fresh.stream()
                .map(Valid::reference)
                .distinct()
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        audit.record(
                "REGISTRY_LIST_IMPORTED",
                "RegistryList",
                null,
                (reference.length() > 300 ? reference.substring(0, 300) + "…" : reference) + ": "
                        + sheet.rows().size()
                        + " rows, " + matched + " matched, " + ended + " stays ended, " + hukou
                        + " hukou changes, " + cases.size() + " cases, " + already + " already imported");
        return new Report(
                sheet.rows().size(),
                matched,
                ended,
                hukou,
                unchanged,
                already,
                cases,
                null,
                null,
                List.of(),
                List.of());
    }

    private static CaseRef caseRef(ReportedEvent e) {
        return new CaseRef(e.getId(), e.getIdNumber(), e.getCaseReason().name());
    }

    /** Matches the event and performs its effect as {@code caller}; or raises its case. */
    private void apply(Caller caller, ReportedEvent e, List<LocalDate> otherDays) {
        LocalDate today = LocalDate.now(clock);
        Optional<Resident> found =
                repository.residentByIdNumber(e.getIdNumber()).filter(r -> visibility.sees(caller, r));
        String importerCounty = caller.role() == Role.COUNTY_AUDITOR ? caller.countyCode() : null;
        Optional<Person> person = found.map(r -> {
            em.lock(r, LockModeType.PESSIMISTIC_WRITE); // the facts read below stay as read until the end
            return person(caller, r, e.getKind(), e.getEventDate(), otherDays);
        });
        Decision d = ReportedEventMatching.decide(e.getKind(), e.getEventDate(), today, person, importerCounty);
        Long residentId = found.map(Resident::getId).orElse(null);
        String source = source(e);
        switch (d.effect()) {
            case CASE -> e.raiseCase(d.reason(), residentId, d.stayId(), d.countyCode());
            case NOTHING -> e.applied(ReportedOutcome.UNCHANGED, residentId, null, d.countyCode());
            case END_STAY -> {
                stayService.endOnReportedDeath(d.stayId(), e.getEventDate(), source);
                e.applied(ReportedOutcome.STAY_ENDED, residentId, d.stayId(), d.countyCode());
            }
            case CORRECT_DISCHARGE -> {
                stayService.correct(
                        d.stayId(),
                        new StayService.StayCorrection(
                                source, null, e.getEventDate(), DischargeReason.DECEASED, false, null, null));
                e.applied(ReportedOutcome.DISCHARGE_CORRECTED, residentId, d.stayId(), d.countyCode());
            }
            case RECORD_HUKOU -> {
                residentFacts.recordReportedMove(residentId, e.getEventDate(), MOVED_OUT_HUKOU, source);
                e.applied(ReportedOutcome.HUKOU_CHANGED, residentId, null, d.countyCode());
            }
        }
    }

    /** The reason recorded with every effect: the list's reference, the row, and what it reported. */
    private static String source(ReportedEvent e) {
        String kind = e.getKind() == ReportedEventKind.DEATH ? "死亡 death" : "户籍迁出 hukou moved out";
        return "来源编号 " + e.getSourceRef() + " (reported " + kind + " " + e.getEventDate() + ", row " + e.getSourceRow()
                + ")";
    }

    private Person person(Caller caller, Resident r, ReportedEventKind kind, LocalDate day, List<LocalDate> otherDays) {
        List<StayFacts> facts = new ArrayList<>();
        for (Stay s : stays.ofResident(r.getId())) {
            CareHome home = em.find(CareHome.class, s.getCareHomeId());
            facts.add(new StayFacts(
                    s.getId(),
                    home.getCountyCode(),
                    s.getAdmittedOn(),
                    s.getDischargedOn(),
                    s.getDischargeReason(),
                    caller.seesCareHome(home.getId(), home.getCountyCode())));
        }
        boolean local = true;
        List<LocalDate> laterEntries = List.of();
        if (kind == ReportedEventKind.HUKOU_MOVED_OUT) {
            // a day before the first policy version reads the earliest one's local prefix
            var table = policies.table();
            PolicyVersion policy = table.findInForceOn(day)
                    .orElseGet(() -> table.versions().stream()
                            .min(java.util.Comparator.comparing(PolicyVersion::effectiveFrom))
                            .orElseThrow());
            String hukou = r.hukouHistory().valueOn(day).orElse(r.getHukouCode());
            local = hukou.startsWith(policy.localHukouPrefix());
            var entries = r.hukouHistory().entries();
            laterEntries = entries.stream()
                    .skip(1) // the first entry is the fact as first recorded, dated from the birth date
                    .map(en -> en.effectiveOn())
                    .filter(on -> !on.isBefore(day))
                    .toList();
        }
        CareHome registering =
                r.getRegisteredByHomeId() == null ? null : em.find(CareHome.class, r.getRegisteredByHomeId());
        return new Person(
                facts, local, laterEntries, otherDays, registering == null ? null : registering.getCountyCode());
    }

    private Valid check(SheetReader.RawRow raw, SheetReader.Result sheet, List<RowError> errors) {
        int before = errors.size();
        IdNumber id = null;
        try {
            id = IdNumber.of(RegistryEventSheet.get(raw, Column.ID_NUMBER), clock);
        } catch (BusinessException e) {
            errors.add(error(sheet, raw.row(), Column.ID_NUMBER, e));
        }
        LocalDate date = null;
        String rawDate = RegistryEventSheet.get(raw, Column.DATE);
        if (rawDate == null) {
            errors.add(error(sheet, raw.row(), Column.DATE, "DATE_REQUIRED", "日期 (date) is required (YYYY-MM-DD)"));
        } else {
            try {
                date = LocalDate.parse(rawDate.strip(), DATE);
            } catch (DateTimeParseException e) {
                errors.add(error(
                        sheet,
                        raw.row(),
                        Column.DATE,
                        "INVALID_DATE",
                        "日期 (date) must be a real date as YYYY-MM-DD, was '" + rawDate + "'",
                        rawDate));
            }
        }
        if (id != null && date != null && date.isBefore(id.birthDate())) {
            errors.add(error(
                    sheet,
                    raw.row(),
                    Column.DATE,
                    "DATE_BEFORE_BIRTH",
                    "The day is before the birth date " + id.birthDate() + " the ID number holds",
                    id.birthDate().toString()));
        }
        ReportedEventKind kind = null;
        try {
            kind = ReportedEventKind.of(RegistryEventSheet.get(raw, Column.KIND));
        } catch (BusinessException e) {
            errors.add(error(sheet, raw.row(), Column.KIND, e));
        }
        String reference = RegistryEventSheet.get(raw, Column.SOURCE_REF);
        if (reference == null) {
            errors.add(error(
                    sheet, raw.row(), Column.SOURCE_REF, "SOURCE_REF_REQUIRED", "来源编号 (source reference) is required"));
        } else {
            try {
                reference = Text.required(reference, "sourceRef", MAX_REFERENCE);
            } catch (BusinessException e) {
                errors.add(error(sheet, raw.row(), Column.SOURCE_REF, e));
            }
        }
        return errors.size() > before ? null : new Valid(raw.row(), id, date, kind, reference);
    }

    /** The column as the list's header row wrote it. */
    private static String header(SheetReader.Result sheet, Column column) {
        return sheet.header(column.ordinal(), column.header());
    }

    private static RowError error(SheetReader.Result sheet, int row, Column column, BusinessException e) {
        return new RowError(row, header(sheet, column), column.name(), e.code(), e.getMessage(), List.of(e.args()));
    }

    private static RowError error(
            SheetReader.Result sheet, int row, Column column, String code, String message, Object... args) {
        return new RowError(row, header(sheet, column), column.name(), code, message, List.of(args));
    }

    // ---------------------------------------------------------------- the cases

    /**
     * The cases the caller decides, newest first: a county auditor those on the county's queue, a city auditor
     * every case; {@code state} OPEN, DECIDED or null for both.
     */
    public Page<ReportedEvent> cases(CaseState state, int page, int size) {
        Caller caller = callers.get();
        caller.require(AUDITORS);
        Page.check(page, size);
        String county = caller.role() == Role.COUNTY_AUDITOR ? caller.countyCode() : null;
        long total = repository.countCases(state, county);
        List<ReportedEvent> items = repository.cases(state, county, page * size, size);
        return new Page<>(page, size, total, items);
    }

    /** One case the caller decides; any other (or no such case) is 404 {@code CASE_NOT_FOUND}. */
    public ReportedEvent getCase(long id) {
        Caller caller = callers.get();
        caller.require(AUDITORS);
        return visibleCase(caller, id);
    }

    private ReportedEvent visibleCase(Caller caller, long id) {
        ReportedEvent e = em.find(ReportedEvent.class, id);
        if (e == null
                || !e.isCase()
                || caller.role() == Role.COUNTY_AUDITOR && !caller.countyCode().equals(e.getCountyCode())) {
            throw BusinessException.notFound("CASE_NOT_FOUND", "No case " + id, id);
        }
        return e;
    }

    /**
     * Decides an open case: {@code APPLY} matches the event again against today's records as the deciding auditor
     * and performs its effect (409 {@code CASE_STILL_CONFLICTS} with the reason when the records still conflict:
     * correct them first, or dismiss); {@code DISMISS} leaves the records as they are and needs a comment.
     *
     * @throws BusinessException 400 {@code FIELD_REQUIRED} (decision), {@code COMMENT_REQUIRED}; 404
     *     {@code CASE_NOT_FOUND}; 409 {@code CASE_ALREADY_DECIDED}, {@code CASE_STILL_CONFLICTS}
     */
    public ReportedEvent decide(long id, CaseDecision decision, String comment) {
        Caller caller = callers.get();
        caller.require(AUDITORS);
        ReportedEvent e = visibleCase(caller, id); // another county's case is not found, whatever the request says
        if (decision == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "decision", "decision (APPLY or DISMISS) is required");
        }
        String note = Text.optional(comment, "comment", 500);
        if (decision == CaseDecision.DISMISS && note == null) {
            throw BusinessException.invalid("COMMENT_REQUIRED", "comment", "A dismissal needs a comment saying why");
        }
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (e.getCaseState() != CaseState.OPEN) {
            throw BusinessException.conflict(
                    "CASE_ALREADY_DECIDED", "decision", "The case " + id + " is already decided", id);
        }
        CaseReason reason = e.getCaseReason();
        if (decision == CaseDecision.APPLY) {
            List<LocalDate> otherDays = repository.otherReportedDays(e.getIdNumber(), e.getKind(), e.getId());
            apply(caller, e, otherDays);
            if (e.getOutcome() == ReportedOutcome.CASE) {
                throw BusinessException.conflict(
                        "CASE_STILL_CONFLICTS",
                        "decision",
                        "The records still conflict (" + e.getCaseReason() + "): correct them first, or dismiss",
                        e.getCaseReason().name());
            }
        }
        e.decide(decision, note, caller.username(), clock.instant());
        em.flush();
        audit.record(
                "REGISTRY_CASE_DECIDED",
                "RegistryCase",
                e.getId(),
                decision + " (" + reason + ", " + e.getKind() + " " + e.getEventDate() + ", 来源编号 " + e.getSourceRef()
                        + ")" + (note == null ? "" : ": " + note));
        return e;
    }
}
