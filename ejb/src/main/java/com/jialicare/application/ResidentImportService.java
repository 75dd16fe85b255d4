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
import com.jialicare.infrastructure.importing.SheetReader;
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

    /**
     * A rejected row: the row number as Excel shows it, the field, a stable code and a message; the
     * {@code column} as the file's header row wrote it and its {@code columnKey} ({@link Column}'s name). A row has
     * one error for each wrong cell.
     */
    public record RowError(
            int row, String field, String code, String message, List<Object> args, String column, String columnKey)
            implements java.io.Serializable {

        public RowError(int row, String field, String code, String message, List<Object> args) {
            this(row, field, code, message, args, null, null);
        }
    }

    /**
     * What happened: rows read, rows imported (all or none), and the rejected rows; or why the file as a
     * whole was not read ({@code fileCode}, with {@code fileArgs} for its message, and more precisely
     * {@code fileReason} with {@code fileReasonArgs}, e.g. {@code IMPORT_MISSING_COLUMN}). A {@code preview}
     * stored nothing: it says what importing the file would do.
     */
    public record Report(
            int rows,
            int imported,
            String fileCode,
            String fileError,
            List<Object> fileArgs,
            List<RowError> errors,
            String fileReason,
            List<Object> fileReasonArgs,
            boolean preview)
            implements java.io.Serializable {

        public Report(
                int rows,
                int imported,
                String fileCode,
                String fileError,
                List<Object> fileArgs,
                List<RowError> errors) {
            this(rows, imported, fileCode, fileError, fileArgs, errors, null, List.of(), false);
        }

        public boolean accepted() {
            return fileError == null && errors.isEmpty() && imported > 0;
        }

        /** A preview without a single error: importing the file would store its {@link #rows} residents. */
        public boolean clean() {
            return fileError == null && errors.isEmpty() && rows > 0;
        }

        static Report fileError(String code, String message, List<Object> args) {
            return new Report(0, 0, code, message, args, List.of());
        }

        static Report fileError(ResidentSheet.Result sheet, boolean preview) {
            return new Report(
                    0,
                    0,
                    sheet.fileCode(),
                    sheet.fileError(),
                    sheet.args(),
                    List.of(),
                    sheet.reason(),
                    sheet.reasonArgs(),
                    preview);
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

    /** The template (.xlsx): the columns and an example row; for those who import residents. */
    public byte[] template() {
        callers.get().require(Role.ADMIN, Role.HOME_ADMIN);
        return com.jialicare.infrastructure.importing.ResidentSheetWriter.template();
    }

    public Report importResidents(byte[] xlsx) {
        return importResidents(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx));
    }

    /** Reads at most {@link ResidentSheet#MAX_FILE_BYTES} of {@code xlsx}; the caller closes it. */
    public Report importResidents(InputStream xlsx) {
        return run(xlsx, false);
    }

    /**
     * What importing the file would do, storing nothing: the rows it would store, or every error of every row
     * (the same checks as {@link #importResidents}, which checks again when the file is then imported).
     */
    public Report preview(InputStream xlsx) {
        return run(xlsx, true);
    }

    private Report run(InputStream xlsx, boolean preview) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        if (!RUNNING.tryAcquire()) {
            return Report.fileError(
                    BUSY, "Other imports are running: try again in a few seconds", List.of(RETRY_AFTER_SECONDS));
        }
        try {
            return importRows(caller, new ResidentSheet().read(xlsx), preview);
        } finally {
            RUNNING.release();
        }
    }

    private Report importRows(Caller caller, ResidentSheet.Result sheet, boolean preview) {
        if (sheet.fileError() != null) {
            return Report.fileError(sheet, preview);
        }
        if (sheet.rows().isEmpty()) {
            return new Report(
                    0,
                    0,
                    ResidentSheet.UNREADABLE,
                    "The sheet has no residents below its header row",
                    List.of(),
                    List.of(),
                    SheetReader.NO_ROWS,
                    List.of(),
                    preview);
        }
        Checked checked = checkRows(sheet, clock);
        List<RowError> errors = checked.errors();
        List<Valid> valid = checked.valid();
        Map<Integer, IdNumber> idOfRow = checked.idOfRow();
        Map<String, Long> registered = alreadyRegistered(
                idOfRow.values().stream().map(IdNumber::value).collect(java.util.stream.Collectors.toSet()));
        idOfRow.forEach((row, id) -> {
            Long resident = registered.get(id.value());
            if (resident != null) {
                errors.add(new RowError(
                        row,
                        "idNumber",
                        "RESIDENT_ALREADY_REGISTERED",
                        "This person is already registered in the city (resident no. " + resident + ")",
                        List.of(resident),
                        sheet.header(Column.ID_NUMBER),
                        Column.ID_NUMBER.name()));
            }
        });
        if (!errors.isEmpty()) {
            // by row, then in the order of the columns
            errors.sort(java.util.Comparator.comparingInt(RowError::row)
                    .thenComparingInt(e -> Column.valueOf(e.columnKey()).ordinal()));
            return new Report(sheet.rows().size(), 0, null, null, List.of(), errors, null, List.of(), preview);
        }
        if (preview) {
            return new Report(sheet.rows().size(), 0, null, null, List.of(), List.of(), null, List.of(), true);
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

    private record Checked(List<RowError> errors, List<Valid> valid, Map<Integer, IdNumber> idOfRow) {}

    /**
     * Every error of every row of the sheet that the file itself shows (each wrong cell, and an ID number repeated
     * in the file), by row and then column; not yet whether the people are registered already.
     */
    public static List<RowError> rowErrors(ResidentSheet.Result sheet, Clock clock) {
        List<RowError> errors = new ArrayList<>(checkRows(sheet, clock).errors());
        errors.sort(java.util.Comparator.comparingInt(RowError::row)
                .thenComparingInt(e -> Column.valueOf(e.columnKey()).ordinal()));
        return errors;
    }

    private static Checked checkRows(ResidentSheet.Result sheet, Clock clock) {
        List<RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        Map<Integer, IdNumber> idOfRow = new HashMap<>();
        for (RawRow raw : sheet.rows()) {
            int before = errors.size();
            Valid v = check(raw, sheet, errors, clock);
            IdNumber id = v != null ? v.id() : idOrNull(raw, clock);
            if (id != null) {
                Integer earlier = firstRowOfId.putIfAbsent(id.value(), raw.row());
                if (earlier != null) {
                    errors.add(new RowError(
                            raw.row(),
                            "idNumber",
                            "DUPLICATE_IN_FILE",
                            "The same ID number is already in row " + earlier,
                            List.of(earlier),
                            sheet.header(Column.ID_NUMBER),
                            Column.ID_NUMBER.name()));
                } else {
                    idOfRow.put(raw.row(), id);
                }
            }
            if (v != null && errors.size() == before) {
                valid.add(v);
            }
        }
        return new Checked(errors, valid, idOfRow);
    }

    private static IdNumber idOrNull(RawRow raw, Clock clock) {
        try {
            return IdNumber.of(raw.get(Column.ID_NUMBER), clock);
        } catch (BusinessException e) {
            return null;
        }
    }

    private static RowError error(int row, ResidentSheet.Result sheet, Column column, BusinessException e) {
        return new RowError(
                row, e.field(), e.code(), e.getMessage(), List.of(e.args()), sheet.header(column), column.name());
    }

    /** Checks every cell of the row: one error for each wrong cell; the row if none is wrong, else null. */
    private static Valid check(RawRow raw, ResidentSheet.Result sheet, List<RowError> errors, Clock clock) {
        int before = errors.size();
        String name = null;
        try {
            name = Text.required(raw.get(Column.NAME), "name", 100);
        } catch (BusinessException e) {
            errors.add(error(raw.row(), sheet, Column.NAME, e));
        }
        IdNumber id = null;
        try {
            id = IdNumber.of(raw.get(Column.ID_NUMBER), clock);
        } catch (BusinessException e) {
            errors.add(error(raw.row(), sheet, Column.ID_NUMBER, e));
        }
        String hukou = null;
        try {
            hukou = DivisionCode.of(raw.get(Column.HUKOU), "hukouCode").value();
        } catch (BusinessException e) {
            errors.add(error(raw.row(), sheet, Column.HUKOU, e));
        }
        boolean stateSupported = false;
        try {
            stateSupported = yesNo(raw.get(Column.STATE_SUPPORTED));
        } catch (BusinessException e) {
            errors.add(error(raw.row(), sheet, Column.STATE_SUPPORTED, e));
        }
        int level = -1;
        try {
            level = level(raw.get(Column.CARE_LEVEL));
        } catch (BusinessException e) {
            errors.add(error(raw.row(), sheet, Column.CARE_LEVEL, e));
        }
        LocalDate assessedOn = null;
        try {
            assessedOn = date(raw.get(Column.ASSESSED_ON));
            Dates.notFuture(assessedOn, "assessedOn", clock);
            if (id != null && assessedOn.isBefore(id.birthDate())) {
                throw BusinessException.invalid(
                        "ASSESSMENT_BEFORE_BIRTH",
                        "assessedOn",
                        "The assessment is dated before the birth date " + id.birthDate(),
                        id.birthDate());
            }
        } catch (BusinessException e) {
            assessedOn = null;
            errors.add(error(raw.row(), sheet, Column.ASSESSED_ON, e));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Valid(raw.row(), name, id, hukou, stateSupported, level, assessedOn);
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

    /** The ID numbers of this file already registered in the city, with their resident numbers, in a few IN queries. */
    private Map<String, Long> alreadyRegistered(Set<String> ids) {
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            found.putAll(residents.registeredIds(all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return found;
    }
}
