package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentImportService;
import com.jialicare.application.ResidentImportService.Report;
import com.jialicare.application.ResidentImportService.RowError;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Importing residents from an Excel file, with the row-by-row report of what was rejected and why. */
@Named
@ViewScoped
public class ImportResidents implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentImportService imports;

    private transient UploadedFile file;
    private Report report;

    public void importFile() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Messages.info("import.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = imports.importResidents(in);
            if (report.accepted()) {
                Messages.info("import.done", report.imported());
            }
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (IOException e) {
            report = ResidentImportService.unreadable("The upload could not be read");
        }
    }

    /** A rejected row's reason in the reader's language (the code's text, else the service's message). */
    public String reason(RowError e) {
        return Messages.error(e.code(), e.message(), e.args().toArray());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Report getReport() {
        return report;
    }

    /** One sentence: how many were imported, or how many rows are wrong, or why the file was not read. */
    public String getSummary() {
        if (report == null) {
            return null;
        }
        if (report.fileError() != null) {
            // the file as a whole: too large, too many rows, others importing (IMPORT_BUSY), unreadable …
            return Messages.error(
                    report.fileCode(), report.fileError(), report.fileArgs().toArray());
        }
        return report.accepted()
                ? Messages.text("import.done", report.imported())
                : Messages.text("import.rejected", report.errors().size(), report.rows());
    }

    public boolean isRejected() {
        return report != null && !report.accepted();
    }

    public List<RowError> getErrors() {
        return report == null ? List.of() : report.errors();
    }
}
