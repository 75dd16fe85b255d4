package com.jialicare.interfaces.web.audit;

import com.jialicare.application.ReportedEventService;
import com.jialicare.application.ReportedEventService.Report;
import com.jialicare.application.ReportedEventService.RowError;
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

/**
 * The auditor imports a list of deaths and hukou moves reported from outside (docs/RULES.md §8.5) and reads what
 * it did: matched, changed, left as cases, or every wrong row with its column and reason in their language.
 */
@Named
@ViewScoped
public class ImportRegistryList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportedEventService events;

    private transient UploadedFile file;
    private Report report;

    public void importFile() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Messages.info("import.noFile");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = events.importList(in);
            if (report.accepted()) {
                Messages.info(
                        "reported.import.done", report.matched(), report.cases().size());
            }
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (IOException e) {
            report = Report.fileError(
                    com.jialicare.infrastructure.importing.SheetReader.UNREADABLE,
                    "The upload could not be read",
                    List.of());
        }
    }

    /** A wrong row's reason in the reader's language (the code's text, else the service's message). */
    public String reason(RowError e) {
        return Messages.error(e.code(), e.message(), e.args().toArray());
    }

    /** A column in the reader's language. */
    public String column(RowError e) {
        return Messages.text("reported.column." + e.columnKey());
    }

    /** A case's reason in the reader's language. */
    public String caseReason(String code) {
        return Messages.text("reported.case.reason." + code);
    }

    public String getSummary() {
        if (report == null) {
            return null;
        }
        if (report.fileCode() != null) {
            return Messages.error(
                    report.fileCode(), report.fileError(), report.fileArgs().toArray());
        }
        return report.accepted()
                ? Messages.text(
                        "reported.import.summary",
                        report.rows(),
                        report.matched(),
                        report.staysEnded(),
                        report.hukouChanged(),
                        report.unchanged(),
                        report.cases().size(),
                        report.alreadyApplied())
                : Messages.text("reported.import.rejected", report.errors().size(), report.rows());
    }

    public boolean isRejected() {
        return report != null && !report.accepted();
    }

    public Report getReport() {
        return report;
    }

    public List<RowError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public List<ReportedEventService.CaseRef> getCases() {
        return report == null ? List.of() : report.cases();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
