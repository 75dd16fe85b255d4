package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.ResidentService;
import com.jialicare.application.StayService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.ResidentOption;
import com.jialicare.interfaces.web.ResidentOptions;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Admitting a registered resident into the vacant bed clicked on the bed board. */
@Named
@ViewScoped
public class AdmitResident implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    private StayService stays;

    @Inject
    private ResidentService residents;

    @Inject
    private BedBoard board;

    private final ResidentOptions options = new ResidentOptions();
    /**
     * The whole ID numbers typed for suggestions found by them, by resident id: someone registered by another
     * home is admitted only with the number (StayService.admit), which the picker therefore passes on.
     */
    private final Map<Long, String> wholeIdNumbers = new HashMap<>();

    private ResidentOption resident;
    private LocalDate admittedOn;

    void prepare(@Observes BedBoard.BedSelected selected) {
        resident = null;
        wholeIdNumbers.clear();
        admittedOn = selected.day();
    }

    /** Residents the home can admit (no open stay anywhere) whose name or ID number contains the query. */
    public List<ResidentOption> complete(String query) {
        try {
            var found = residents.listWithoutOpenStay(query, 0, SUGGESTIONS).items();
            String typed = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
            found.stream()
                    .filter(r -> r.getIdNumberValue().equals(typed))
                    .forEach(r -> wholeIdNumbers.put(r.getId(), typed));
            return options.offer(found.stream().map(ResidentOption::of).toList());
        } catch (BusinessException e) {
            Messages.error(e);
            return List.of();
        }
    }

    public void admit() {
        var bed = board.getSelected().orElse(null);
        if (bed == null || resident == null) {
            return; // the page requires both; nothing to do without them
        }
        try {
            stays.admit(
                    resident.id(), wholeIdNumbers.get(resident.id()), bed.bed().id(), admittedOn);
            Messages.info("admit.done", resident.name(), bed.bed().code(), admittedOn);
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        board.refresh();
    }

    public ResidentOptions getOptions() {
        return options;
    }

    public ResidentOption getResident() {
        return resident;
    }

    public void setResident(ResidentOption resident) {
        this.resident = resident;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public void setAdmittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
    }
}
