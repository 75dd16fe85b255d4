package com.jialicare.interfaces.web.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the stay-correction dialogs share (docs/RULES.md §8.2): checks before the user is asked to confirm,
 * and a refusal shown next to the field it names (the field names of the API, mapped to the dialog's inputs).
 */
final class StayCorrectionForm {

    private StayCorrectionForm() {}

    /** Shows a refusal beside its field in {@code form}, or above the dialog when it names none we show. */
    static void error(String form, Map<String, String> inputs, BusinessException e) {
        String input = e.field() == null ? null : inputs.get(e.field());
        if (input == null) {
            Messages.error(e);
        } else {
            fieldError(form + ":" + input, Messages.of(e));
        }
    }

    static void fieldError(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Whether the day is given and not after today; if not, says so beside the input. */
    static boolean dayOk(String clientId, LocalDate day, LocalDate today) {
        if (day == null) {
            fieldError(clientId, Messages.text("validation.required"));
            return false;
        }
        if (day.isAfter(today)) {
            fieldError(clientId, Messages.error("DATE_IN_FUTURE", "", day, today));
            return false;
        }
        return true;
    }

    /** Whether a reason is given; if not, says so beside the input. */
    static boolean reasonOk(String clientId, String reason) {
        if (reason == null || reason.isBlank()) {
            fieldError(clientId, Messages.error("REASON_REQUIRED", ""));
            return false;
        }
        return true;
    }
}
