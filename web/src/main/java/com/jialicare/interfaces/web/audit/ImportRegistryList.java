package com.jialicare.interfaces.web.audit;

import com.jialicare.application.ReportedEventService;
import com.jialicare.application.ReportedEventService.Report;
import com.jialicare.interfaces.web.ImportFlow;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStream;
import java.util.List;

/**
 * The auditor imports a list of deaths and hukou moves reported from outside (docs/RULES.md §8.5) through the shared
 * {@link ImportFlow}: preview (how many rows would be processed, or every error of every row), then import and read
 * what it did: matched, changed, left as cases.
 */
@Named
@ViewScoped
public class ImportRegistryList extends ImportFlow {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportedEventService events;

    private List<ReportedEventService.CaseRef> cases = List.of();

    @Override
    protected Outcome check(InputStream xlsx) {
        cases = List.of();
        return outcome(events.preview(xlsx));
    }

    @Override
    protected Outcome store(InputStream xlsx) {
        Report r = events.importList(xlsx);
        cases = r.accepted() ? List.copyOf(r.cases()) : List.of();
        if (r.accepted()) {
            Messages.info("reported.import.done", r.matched(), r.cases().size());
        }
        return outcome(r);
    }

    private static Outcome outcome(Report r) {
        if (r.fileCode() != null) {
            return new Outcome(
                    true,
                    fileProblem(r.fileCode(), r.fileError(), r.fileArgs(), r.fileReason(), r.fileReasonArgs()),
                    List.of());
        }
        if (!r.errors().isEmpty()) {
            List<Problem> problems = r.errors().stream()
                    .map(e -> problem(e.row(), e.column(), e.code(), e.message(), e.args()))
                    .toList();
            return new Outcome(
                    true,
                    Messages.text("import.preview.rejected", r.rows(), problems.size(), rowsWithErrors(problems)),
                    problems);
        }
        if (r.preview()) {
            return new Outcome(false, Messages.text("reported.preview.ok", r.rows(), r.alreadyApplied()), List.of());
        }
        return new Outcome(
                false,
                Messages.text(
                        "reported.import.summary",
                        r.rows(),
                        r.matched(),
                        r.staysEnded(),
                        r.hukouChanged(),
                        r.unchanged(),
                        r.cases().size(),
                        r.alreadyApplied()),
                List.of());
    }

    /** A case's reason in the reader's language. */
    public String caseReason(String code) {
        return Messages.text("reported.case.reason." + code);
    }

    public List<ReportedEventService.CaseRef> getCases() {
        return isDone() && !isFailed() ? cases : List.of();
    }

    @Override
    public void cancel() {
        super.cancel();
        cases = List.of();
    }
}
