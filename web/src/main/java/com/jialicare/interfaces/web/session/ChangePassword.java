package com.jialicare.interfaces.web.session;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.security.DatabaseIdentityStore;
import com.jialicare.interfaces.shared.security.JialiAuthenticationMechanism;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * "Change my password", for every user, and the page a user who logged in with a one-time password is held
 * on until they change it. Their own session goes on with the new password; their other sessions end.
 */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    private UserService users;

    @Inject
    private UserSession userSession;

    @Inject
    private DatabaseIdentityStore logins;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    /** Whether the user logged in with a one-time password (the page then says they must change it). */
    public boolean isRequired() {
        return userSession.isLoggedIn() && userSession.getCaller().mustChangePassword();
    }

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        try {
            if (newPassword == null || !newPassword.equals(repeatPassword)) {
                Messages.error(BusinessException.invalid(
                        "PASSWORDS_DIFFER", "repeatPassword", "The new password and its repetition differ"));
                return;
            }
            int stamp = users.changeOwnPassword(currentPassword, newPassword);
            JialiAuthenticationMechanism.passwordChangedInSession(request, stamp);
            ext.getFlash().setKeepMessages(true);
            Messages.info("password.changed");
            ext.redirect(ext.getRequestContextPath() + userSession.getHomePage());
            faces.responseComplete();
        } catch (BusinessException e) {
            if ("CURRENT_PASSWORD_WRONG".equals(e.code())) {
                logins.wrongPasswordFrom(request.getRemoteAddr());
            }
            Messages.error(e);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
