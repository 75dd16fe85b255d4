package com.jialicare.interfaces.web.registry;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.web.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/** A refused form's error next to its field (the input's id is the REST field's name), else in the growl. */
final class FieldErrors {

    private FieldErrors() {}

    static void show(String formId, BusinessException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.of(e);
        if (e.field() != null) {
            String clientId = formId + ":" + e.field();
            UIComponent input = faces.getViewRoot().findComponent(":" + clientId);
            if (input != null) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                faces.validationFailed();
                return;
            }
        }
        Messages.error(e);
        faces.validationFailed();
    }
}
