package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.infrastructure.importing.SheetReader;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The one way a list is imported from Excel on the pages (residents, deaths and moves reported from outside), shown
 * by {@code /WEB-INF/includes/import-flow.xhtml}: the file is uploaded as soon as it is chosen (with its progress),
 * then <b>previewed</b> — how many rows would be stored, or every error of every row with the column as the file's
 * header wrote it and the reason in the reader's language — and only then imported with a second click, which checks
 * everything again (all rows or none). A refused file says why in the reader's language, styled as an error.
 *
 * <p>The previewed file waits in a temporary file (its path is the view's state, not its bytes), deleted once
 * imported, replaced or when the view ends.
 */
public abstract class ImportFlow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One error of one row: the row as Excel numbers it, the column as the file wrote it, the reason. */
    public record Problem(int row, String column, String reason) implements Serializable {}

    /** What a check or an import said, in the reader's language. */
    public record Outcome(boolean failed, String summary, List<Problem> problems) {

        static Outcome failure(String summary) {
            return new Outcome(true, summary, List.of());
        }
    }

    private String pending;
    private String fileName;
    private boolean previewed;
    private boolean done;
    private boolean failed;
    private String summary;
    private List<Problem> problems = List.of();

    /** What importing the file would do, storing nothing. */
    protected abstract Outcome check(InputStream xlsx);

    /** Imports the file (the service checks it again). */
    protected abstract Outcome store(InputStream xlsx);

    /** The file was chosen and uploaded: keep it and preview it. */
    public void upload(FileUploadEvent event) {
        discard();
        UploadedFile file = event == null ? null : event.getFile();
        if (file == null || file.getSize() == 0) {
            noFile();
            return;
        }
        try (InputStream in = file.getInputStream()) {
            Path tmp = Files.createTempFile("jiali-upload-", ".xlsx");
            pending = tmp.toString();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                // at most one byte more than the reader reads: a larger file is refused by the reader as too large
                in.transferTo(new Bounded(out, SheetReader.MAX_FILE_BYTES + 1));
            }
        } catch (IOException e) {
            discard();
            show(Outcome.failure(Messages.error(SheetReader.UNREADABLE, "The upload could not be read")));
            return;
        }
        fileName = file.getFileName();
        Outcome o = run(true);
        previewed = true;
        if (o.failed()) {
            discard();
        }
    }

    /** Imports the previewed file. */
    public void commit() {
        if (pending == null || !Files.isRegularFile(Path.of(pending))) {
            noFile();
            return;
        }
        run(false);
        previewed = false;
        done = true;
        discard();
    }

    /** Forgets the previewed file and what was shown. */
    public void cancel() {
        discard();
        summary = null;
        problems = List.of();
        previewed = false;
        done = false;
        failed = false;
    }

    private Outcome run(boolean preview) {
        Outcome o;
        try (InputStream in = Files.newInputStream(Path.of(pending))) {
            o = preview ? check(in) : store(in);
        } catch (BusinessException e) {
            o = Outcome.failure(Messages.of(e));
        } catch (IOException e) {
            o = Outcome.failure(Messages.error(SheetReader.UNREADABLE, "The upload could not be read"));
        }
        show(o);
        return o;
    }

    private void noFile() {
        show(Outcome.failure(Messages.text("import.noFile")));
        Messages.failure("import.noFile");
        previewed = false;
        done = false;
    }

    private void show(Outcome o) {
        failed = o.failed();
        summary = o.summary();
        problems = o.problems();
    }

    @PreDestroy
    protected void discard() {
        if (pending != null) {
            try {
                Files.deleteIfExists(Path.of(pending));
            } catch (IOException e) {
                // the server's temporary directory is cleaned on restart
            }
            pending = null;
        }
    }

    /**
     * Why a file as a whole was refused, in the reader's language: its precise reason when there is a text for it
     * (a missing column, an empty file …), else its code's.
     */
    protected static String fileProblem(
            String code, String message, List<Object> args, String reason, List<Object> reasonArgs) {
        if (reason != null) {
            String precise = Messages.error(reason, null, reasonArgs.toArray());
            if (precise != null) {
                return precise;
            }
        }
        return Messages.error(code, message, args.toArray());
    }

    /** A row's error: its code's text over its arguments in the reader's language, else the service's words. */
    protected static Problem problem(int row, String column, String code, String message, List<Object> args) {
        return new Problem(row, column, Messages.error(code, message, args.toArray()));
    }

    /** How many rows have at least one error. */
    protected static long rowsWithErrors(List<Problem> problems) {
        return problems.stream().mapToInt(Problem::row).distinct().count();
    }

    /** A file is waiting to be imported: the preview found nothing wrong. */
    public boolean isReady() {
        return previewed && pending != null && !failed;
    }

    public boolean isPreviewed() {
        return previewed;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isFailed() {
        return failed;
    }

    public String getSummary() {
        return summary;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getFileName() {
        return fileName;
    }

    /** Writes at most {@code limit} bytes, silently dropping the rest. */
    private static final class Bounded extends OutputStream {

        private final OutputStream out;
        private long left;

        Bounded(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left > 0) {
                out.write(b);
                left--;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            if (n > 0) {
                out.write(b, off, n);
                left -= n;
            }
        }
    }
}
