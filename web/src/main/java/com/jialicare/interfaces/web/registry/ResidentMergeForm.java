package com.jialicare.interfaces.web.registry;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.ResidentMergeService;
import com.jialicare.application.ResidentService;
import com.jialicare.application.StayService;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.carehome.ResidentRecord;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * "This person is the same as registration X" on the registry's resident page (docs/RULES.md §8.2): the other
 * registration found by name or ID number, both shown side by side, a reason, a confirmation naming both people,
 * then {@link ResidentMergeService#merge}: the page's resident is kept. The service decides everything (who may,
 * the scope, overlapping stays); a refusal shows in the dialog in the user's language, the reason's next to it.
 */
@Named
@ViewScoped
public class ResidentMergeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 10;

    /** A registration as the comparison shows it. */
    public record Side(
            long id,
            String name,
            String idNumber,
            LocalDate birthDate,
            String hukouCode,
            List<String> stays,
            int assessments)
            implements Serializable {}

    /** A registration the search found. */
    public record Candidate(long id, String name, String maskedIdNumber, LocalDate birthDate) implements Serializable {}

    @Inject
    private ResidentMergeService merges;

    @Inject
    private ResidentService residents;

    @Inject
    private StayService stays;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private ResidentRecord record;

    private String query;
    private List<Candidate> candidates = List.of();
    private Side kept;
    private Side other;
    private String reason;
    private boolean confirming;
    private String error;

    /** Opens the dialog afresh. */
    public void start() {
        query = null;
        candidates = List.of();
        kept = null;
        other = null;
        reason = null;
        confirming = false;
        error = null;
    }

    /** The registrations of the caller's scope the term finds, this one left out. */
    public void search() {
        error = null;
        if (query == null || query.isBlank()) {
            candidates = List.of();
            return;
        }
        try {
            candidates = residents.listMasked(null, query, false, null, 0, CANDIDATES).items().stream()
                    .map(ResidentService.ListedResident::resident)
                    .filter(r -> r.getId() != record.getId().longValue())
                    .map(r -> new Candidate(
                            r.getId(), r.getName(), r.getIdNumber().masked(), r.getBirthDate()))
                    .toList();
        } catch (BusinessException e) {
            candidates = List.of();
            error = Messages.of(e);
        }
    }

    /** Picks the other registration and shows both side by side. */
    public void pick(long otherId) {
        error = null;
        confirming = false;
        try {
            kept = side(record.getId());
            other = side(otherId);
        } catch (BusinessException e) {
            other = null;
            error = Messages.of(e);
        }
    }

    private Side side(long id) {
        Resident r = residents.get(id);
        List<String> spans =
                stays.ofResident(id).stream().map(ResidentMergeForm::span).toList();
        return new Side(
                r.getId(),
                r.getName(),
                r.getIdNumberValue(),
                r.getBirthDate(),
                r.getHukouCode(),
                spans,
                r.getAssessments().size());
    }

    private static String span(Stay s) {
        return s.getAdmittedOn() + " – "
                + (s.getDischargedOn() == null ? "" : s.getDischargedOn().toString());
    }

    /** Asks for the confirmation naming both people, once the other registration and a reason are there. */
    public void check() {
        error = null;
        if (other == null) {
            error = Messages.text("merge.pickFirst");
            return;
        }
        if (reason == null || reason.isBlank()) {
            error = Messages.error("REASON_REQUIRED", "REASON_REQUIRED");
            return;
        }
        confirming = true;
    }

    /** Back from the confirmation to the form. */
    public void back() {
        confirming = false;
    }

    /** Merges the other registration into the page's; the page then shows the kept one and its history. */
    public void merge() {
        confirming = false;
        if (other == null) {
            error = Messages.text("merge.pickFirst");
            return;
        }
        try {
            merges.merge(record.getId(), other.id(), reason);
            Messages.info("merge.done", other.name(), kept.name());
            Ajax.succeeded();
            record.reload();
            start();
        } catch (BusinessException e) {
            // the rule's own words speak of one person's stays; here they are two registrations' stays
            error = Messages.text(
                    "merge.refused", "STAY_OVERLAP".equals(e.code()) ? Messages.text("merge.overlap") : Messages.of(e));
        }
    }

    /** The confirmation's question, naming both people. */
    public String getConfirmText() {
        return kept == null || other == null
                ? ""
                : Messages.text("merge.confirm", other.name(), other.idNumber(), kept.name(), kept.idNumber());
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public Side getKept() {
        return kept;
    }

    public Side getOther() {
        return other;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getError() {
        return error;
    }
}
