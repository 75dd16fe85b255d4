package com.jialicare.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.primefaces.PrimeFaces;

/**
 * The one confirmation of the pages (issue #16 item 5: validate first, then confirm what is named). A confirmed
 * action is two buttons: the visible one submits the form and runs a check action (no change); when the values are
 * valid the check calls {@link #ask} with the words of the question, named from the validated values, and the page
 * opens the shared dialog ({@code /WEB-INF/includes/confirm-dialog.xhtml}, {@code JialiConfirm} in
 * {@code jiali-confirm.js}); its confirm button clicks the hidden button {@code <id>-confirmed}, which runs the real
 * action. A form that fails validation never reaches the check, so it never asks.
 */
@Named
@RequestScoped
public class Confirmation {

    /** The callback parameter that tells the page to open the dialog. */
    public static final String ASK = "confirm";

    private String title;
    private String text;
    private String yes;
    private boolean danger;

    /**
     * Asks the user to confirm: the dialog's title (the action's name, bundle key {@code titleKey}), its question
     * ({@code textKey} over {@code args}, see {@link ConfirmText}), and whether the action destroys something.
     */
    public void ask(String titleKey, String textKey, boolean danger, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()
                || !faces.getMessageList().stream()
                        .filter(m -> m.getSeverity().getOrdinal()
                                >= jakarta.faces.application.FacesMessage.SEVERITY_ERROR.getOrdinal())
                        .toList()
                        .isEmpty()) {
            return; // the check refused: say why, ask nothing
        }
        ResourceBundle bundle = Messages.bundle();
        this.title = bundle.getString(titleKey);
        this.text = ConfirmText.of(bundle, textKey, args);
        this.yes = title;
        this.danger = danger;
        PrimeFaces.current().ajax().addCallbackParam(ASK, true);
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    /** The confirm button's words: the action's own name, so that the user reads what he does. */
    public String getYes() {
        return yes;
    }

    public boolean isDanger() {
        return danger;
    }
}
