package com.jialicare.interfaces.web.session;

import com.jialicare.domain.model.shared.Role;
import com.jialicare.interfaces.shared.security.DatabaseIdentityStore;
import com.jialicare.interfaces.shared.security.JialiAuthenticationMechanism;
import com.jialicare.interfaces.shared.security.LoginTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The login form: checks the password through the authentication mechanism, then opens the role's page. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserSession userSession;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(), password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            Role role = Role.valueOf(roleOf((HttpServletRequest) ext.getRequest()));
            // the page asked for before logging in, if it is one of ours and the role may open it
            String target = LoginTarget.after(
                    ext.getRequestParameterMap().get(JialiAuthenticationMechanism.NEXT_PARAM),
                    role,
                    UserSession.homePageOf(role));
            ext.redirect(ext.getRequestContextPath() + target);
            faces.responseComplete();
        } else {
            ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
            String detail = bundle.getString("login.failed.detail");
            if (((HttpServletRequest) ext.getRequest()).getAttribute(JialiAuthenticationMechanism.LOGIN_REFUSED)
                    instanceof DatabaseIdentityStore.Outcome refused) {
                // refused before the password was checked: too many failures from here, or too busy
                detail = MessageFormat.format(
                        bundle.getString(
                                refused.refusal() == DatabaseIdentityStore.Refusal.BUSY
                                        ? "login.busy.detail"
                                        : "login.throttled.detail"),
                        refused.retryAfterSeconds());
            }
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("login.failed"), detail));
            password = null;
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        // Post/Redirect/Get: 303 to the login page, so that Back and Reload never post the logout again
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", ext.getRequestContextPath() + JialiAuthenticationMechanism.LOGIN_PAGE);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static String roleOf(HttpServletRequest request) {
        for (Role r : Role.values()) {
            if (request.isUserInRole(r.name())) {
                return r.name();
            }
        }
        throw new IllegalStateException("Logged in without a role");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
