package com.jialicare.interfaces.web.carehome;

import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.subsidy.ConstructionHold;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bed dialog's construction subsidy history (docs/RULES.md §8.6): the applications that claimed the selected
 * bed, its payment, the end of its hold period and the clawback due today. Read once per request.
 */
@Named
@RequestScoped
public class BedSubsidyPanel {

    @Inject
    private ConstructionHold hold;

    @Inject
    private BedBoard board;

    private Long loadedFor;
    private ConstructionHold.BedSubsidy current;

    /** The selected bed's history, or null when no bed is selected (or it is not the caller's to see). */
    public ConstructionHold.BedSubsidy getCurrent() {
        BedOnDay selected = board.getBed();
        if (selected == null) {
            return null;
        }
        long id = selected.bed().id();
        if (loadedFor == null || loadedFor != id) {
            loadedFor = id;
            try {
                current = hold.ofBed(id);
            } catch (BusinessException e) {
                current = null;
            }
        }
        return current;
    }

    /** Whether the hold of the selected bed's payment still runs today. */
    public boolean isHeld() {
        ConstructionHold.BedSubsidy s = getCurrent();
        return s != null && s.paid() != null && s.paid().heldOn(s.today());
    }
}
