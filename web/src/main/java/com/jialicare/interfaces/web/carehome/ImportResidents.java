package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentImportService;
import com.jialicare.application.ResidentImportService.Report;
import com.jialicare.interfaces.web.ImportFlow;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.List;

/**
 * Importing residents from an Excel file through the shared {@link ImportFlow}: preview (how many would be
 * registered, or every error of every row), then import.
 */
@Named
@ViewScoped
public class ImportResidents extends ImportFlow {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentImportService imports;

    @Override
    protected Outcome check(InputStream xlsx) {
        return outcome(imports.preview(xlsx));
    }

    @Override
    protected Outcome store(InputStream xlsx) {
        Report r = imports.importResidents(xlsx);
        if (r.accepted()) {
            Messages.info("import.done", r.imported());
        }
        return outcome(r);
    }

    private static Outcome outcome(Report r) {
        if (r.fileCode() != null) {
            // the file as a whole: a missing column, too large, too many rows, others importing, unreadable …
            return new Outcome(
                    true,
                    fileProblem(r.fileCode(), r.fileError(), r.fileArgs(), r.fileReason(), r.fileReasonArgs()),
                    List.of());
        }
        if (!r.errors().isEmpty()) {
            List<Problem> problems = r.errors().stream()
                    .map(e -> problem(
                            e.row(), e.column() == null ? e.field() : e.column(), e.code(), e.message(), e.args()))
                    .toList();
            return new Outcome(
                    true,
                    Messages.text("import.preview.rejected", r.rows(), problems.size(), rowsWithErrors(problems)),
                    problems);
        }
        return r.preview()
                ? new Outcome(false, Messages.text("import.preview.ok", r.rows()), List.of())
                : new Outcome(false, Messages.text("import.done", r.imported()), List.of());
    }
}
