package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DivisionCode;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.importing.ResidentSheet;
import com.jialicare.infrastructure.importing.ResidentSheet.Column;
import com.jialicare.infrastructure.importing.ResidentSheet.RawRow;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Registers residents from an Excel workbook. Every row is checked by the same rules as a single
 * registration; if any row is wrong, <b>nothing</b> is imported and the report lists every rejected row
 * with the field and the reason, so the file can be corrected and sent again as a whole (a half-imported
 * file would leave the home to work out which rows are in).
 *
 * <p>The file is streamed and bounded (see {@link ResidentSheet}), and at most {@link #MAX_RUNNING} imports (of
 * any kind: {@link ReportedEventService} takes the same slots) run at once in the whole server: the next one is answered at once with {@link #BUSY} (not queued), so
 * imports cannot crowd out everyone else's requests.
 */
@Stateless
public class ResidentImportService {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResidentRepository residents;

    @Inject
    private CurrentCaller callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A rejected row: the row number as Excel shows it, the field, a stable code and a message. */
    public record RowError(int row, String field, String code, String message, List<Object> args)
            implements java.io.Serializable {}

    /**
     * What happened: rows read, rows imported (all or none), and the rejected rows; or why the file as a
     * whole was not read ({@code fileCode}, with {@code fileArgs} for its message).
     */
    public record Report(
            int rows, int imported, String fileCode, String fileError, List<Object> fileArgs, List<RowError> errors)
            implements java.io.Serializable {

        public boolean accepted() {
            return fileError == null && errors.isEmpty() && imported > 0;
        }

        static Report fileError(String code, String message, List<Object> args) {
            return new Report(0, 0, code, message, args, List.of());
        }
    }

    /** Imports running at once in the server; each holds at most one file's rows in memory. */
    public static final int MAX_RUNNING = 2;

    /** The answer when {@link #MAX_RUNNING} imports are already running. */
    public static final String BUSY = "IMPORT_BUSY";

    /** Seconds after which a busy import is worth trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** The largest file the import reads ({@link ResidentSheet#MAX_FILE_BYTES}). */
    public static final long MAX_FILE_BYTES = ResidentSheet.MAX_FILE_BYTES;

    /** The most residents one file may hold ({@link ResidentSheet#MAX_ROWS}). */
    public static final int MAX_ROWS = ResidentSheet.MAX_ROWS;

    /** The answer to a file larger than {@link #MAX_FILE_BYTES} (413). */
    public static final String FILE_TOO_LARGE = ResidentSheet.FILE_TOO_LARGE;

    /** The answer to a file that is not a readable .xlsx workbook. */
    public static final String UNREADABLE = ResidentSheet.UNREADABLE;

    /** The report for a file refused by its declared size, before a byte of it is read. */
    public static Report tooLargeFile() {
        var tooLarge = ResidentSheet.tooLargeFile();
        return new Report(0, 0, tooLarge.fileCode(), tooLarge.fileError(), tooLarge.args(), List.of());
    }

    /** The report for an upload that could not be read at all. */
    public static Report unreadable(String why) {
        return new Report(0, 0, UNREADABLE, why, List.of(), List.of());
    }

    /** Shared by every import of the server (residents, reported deaths and moves). */
    static final Semaphore RUNNING = new Semaphore(MAX_RUNNING);

    private record Valid(
            int row, String name, IdNumber id, String hukou, boolean stateSupported, int level, LocalDate assessedOn) {}

    public Report importResidents(byte[] xlsx) {
        return importResidents(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx));
    }

    /** Reads at most {@link ResidentSheet#MAX_FILE_BYTES} of {@code xlsx}; the caller closes it. */
    public Report importResidents(InputStream xlsx) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        if (!RUNNING.tryAcquire()) {
            return Report.fileError(
                    BUSY, "Other imports are running: try again in a few seconds", List.of(RETRY_AFTER_SECONDS));
        }
        try {
            return importRows(caller, new ResidentSheet().read(xlsx));
        } finally {
            RUNNING.release();
        }
    }

    private Report importRows(Caller caller, ResidentSheet.Result sheet) {
        if (sheet.fileError() != null) {
            return Report.fileError(sheet.fileCode(), sheet.fileError(), sheet.args());
        }
        if (sheet.rows().isEmpty()) {
            return Report.fileError(
                    ResidentSheet.UNREADABLE, "The sheet has no residents below its header row", List.of());
        }
        List<RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (RawRow raw : sheet.rows()) {
            try {
                Valid v = check(raw);
                Integer earlier = firstRowOfId.putIfAbsent(v.id().value(), raw.row());
                if (earlier != null) {
                    errors.add(new RowError(
                            raw.row(),
                            "idNumber",
                            "DUPLICATE_IN_FILE",
                            "The same ID number is already in row " + earlier,
                            List.of(earlier)));
                } else {
                    valid.add(v);
                }
            } catch (BusinessException e) {
                errors.add(new RowError(raw.row(), e.field(), e.code(), e.getMessage(), List.of(e.args())));
            }
        }
        Set<String> registered = alreadyRegistered(firstRowOfId.keySet());
        for (Valid v : valid) {
            if (registered.contains(v.id().value())) {
                errors.add(new RowError(
                        v.row(),
                        "idNumber",
                        "RESIDENT_ALREADY_REGISTERED",
                        "This person is already registered in the city",
                        List.of()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            return new Report(sheet.rows().size(), 0, null, null, List.of(), errors);
        }
        Long homeId = caller.role() == Role.HOME_ADMIN ? caller.careHomeId() : null;
        int n = 0;
        for (Valid v : valid) {
            Resident r = new Resident(v.name(), v.id(), v.hukou(), v.stateSupported(), homeId, clock.instant());
            r.assess(v.level(), v.assessedOn());
            em.persist(r);
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        audit.record("RESIDENTS_IMPORTED", "CareHome", homeId, valid.size() + " residents imported from Excel");
        return new Report(sheet.rows().size(), valid.size(), null, null, List.of(), List.of());
    }

    private Valid check(RawRow raw) {
        String name = Text.required(raw.get(Column.NAME), "name", 100);
        IdNumber id = IdNumber.of(raw.get(Column.ID_NUMBER), clock);
        DivisionCode hukou = DivisionCode.of(raw.get(Column.HUKOU), "hukouCode");
        boolean stateSupported = yesNo(raw.get(Column.STATE_SUPPORTED));
        int level = level(raw.get(Column.CARE_LEVEL));
        LocalDate assessedOn = date(raw.get(Column.ASSESSED_ON));
        Dates.notFuture(assessedOn, "assessedOn", clock);
        if (assessedOn.isBefore(id.birthDate())) {
            throw BusinessException.invalid(
                    "ASSESSMENT_BEFORE_BIRTH",
                    "assessedOn",
                    "The assessment is dated before the birth date " + id.birthDate(),
                    id.birthDate());
        }
        return new Valid(raw.row(), name, id, hukou.value(), stateSupported, level, assessedOn);
    }

    private static boolean yesNo(String raw) {
        if (raw == null) {
            throw BusinessException.invalid(
                    "STATE_SUPPORTED_REQUIRED",
                    "stateSupported",
                    "特困供养 (stateSupported) is required: 是/否 or true/false");
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "true", "yes", "y", "1" -> true;
            case "否", "false", "no", "n", "0" -> false;
            default ->
                throw BusinessException.invalid(
                        "INVALID_BOOLEAN",
                        "stateSupported",
                        "特困供养 (stateSupported) must be 是/否 or true/false, was '" + raw + "'",
                        raw);
        };
    }

    private static int level(String raw) {
        if (raw == null) {
            throw BusinessException.invalid("CARE_LEVEL_REQUIRED", "careLevel", "careLevel (0 to 4) is required");
        }
        try {
            return CapabilityLevel.of(Integer.parseInt(raw.strip())).level();
        } catch (NumberFormatException | BusinessException e) {
            throw BusinessException.invalid(
                    "INVALID_CARE_LEVEL", "careLevel", "The capability level must be 0 to 4, was '" + raw + "'", raw);
        }
    }

    private static LocalDate date(String raw) {
        if (raw == null) {
            throw BusinessException.invalid("DATE_REQUIRED", "assessedOn", "assessedOn is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(raw.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(
                    "INVALID_DATE",
                    "assessedOn",
                    "assessedOn must be a real date as YYYY-MM-DD, was '" + raw + "'",
                    raw);
        }
    }

    /** The ID numbers of this file already registered in the city, in a few IN queries. */
    private Set<String> alreadyRegistered(Set<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(residents.registeredIdNumbers(all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return found;
    }
}
