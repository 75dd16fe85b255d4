package com.jialicare.interfaces.web.admin;

import com.jialicare.application.CareHomeService;
import com.jialicare.application.Page;
import com.jialicare.application.ResidentService;
import com.jialicare.application.UserService;
import com.jialicare.application.UserService.UserSummary;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.interfaces.web.Ajax;
import com.jialicare.interfaces.web.Messages;
import com.jialicare.interfaces.web.PagedRows;
import com.jialicare.interfaces.web.ResidentOption;
import com.jialicare.interfaces.web.ResidentOptions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * The administrator's accounts page: the list of accounts, a page at a time, and creating one with the
 * scope its role needs — a care home (picked within its county), a county, or the family's residents. Each
 * row's actions (issue #14 item 7): edit the scope, disable or enable, unlock, reset the password (the
 * one-time password is shown once, in a dialog).
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    /** A care home in the picker. */
    public record HomeOption(long id, String name) implements Serializable {}

    @Inject
    private UserService users;

    @Inject
    private CareHomeService careHomes;

    @Inject
    private ResidentService residents;

    @Inject
    private com.jialicare.interfaces.web.Confirmation confirmation;

    private String query;
    private final PagedRows<UserSummary> model =
            new PagedRows<>((order, page, size) -> users.list(query, order, page, size), UserSummary::id);
    private final ResidentOptions residentOptions = new ResidentOptions();

    private String username;
    private String password;
    private String displayName;
    private Role role;
    private String countyCode;
    private Long careHomeId;
    private List<ResidentOption> family = new ArrayList<>();
    private List<HomeOption> homes = List.of();

    /** The account a row action works on (edit scope, reset password). */
    private Long editedId;

    private String editedUsername;
    /** Shown once after a reset; dropped when the dialog closes. */
    private String oneTimePassword;

    public void start() {
        editedId = null;
        editedUsername = null;
        username = null;
        password = null;
        displayName = null;
        role = null;
        countyCode = null;
        careHomeId = null;
        family = new ArrayList<>();
        homes = List.of();
    }

    /** The county changed: offer that county's homes (a county has tens of homes, never hundreds). */
    public void countyChanged() {
        careHomeId = null;
        homes = List.of();
        if (countyCode == null || countyCode.isBlank()) {
            return;
        }
        try {
            homes = careHomes.list(0, Page.MAX_SIZE, countyCode).items().stream()
                    .map(h -> new HomeOption(h.getId(), h.getName()))
                    .toList();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<ResidentOption> completeResident(String query) {
        try {
            return residentOptions.offer(residents.listMasked(null, query, false, null, 0, SUGGESTIONS).items().stream()
                    .map(ResidentService.ListedResident::resident)
                    .map(ResidentOption::of)
                    .toList());
        } catch (BusinessException e) {
            Messages.error(e);
            return List.of();
        }
    }

    /** Creates the account with the one scope field the chosen role shows on the page. */
    public void create() {
        Long home = role == Role.HOME_ADMIN ? careHomeId : null;
        String county = role == Role.COUNTY_AUDITOR ? countyCode : null;
        Set<Long> linked = new LinkedHashSet<>();
        if (role == Role.FAMILY) {
            family.forEach(r -> linked.add(r.id()));
        }
        try {
            Caller created =
                    users.create(new UserService.NewUser(username, password, role, home, county, linked, displayName));
            Messages.info("users.created", created.username());
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            password = null; // never kept in the view
        }
    }

    /** Opens the scope dialog for an account, filled with its current scope. */
    public void edit(UserSummary u) {
        start();
        editedId = u.id();
        editedUsername = u.username();
        role = u.role();
        displayName = u.displayName();
        try {
            if (u.careHomeId() != null) {
                countyCode = careHomes.get(u.careHomeId()).getCountyCode();
                String county = countyCode;
                countyChanged();
                countyCode = county;
                careHomeId = u.careHomeId();
            } else {
                countyCode = u.countyCode();
            }
            family = new ArrayList<>(residentOptions.offer(u.residentIds().stream()
                    .map(id -> ResidentOption.of(residents.get(id)))
                    .toList()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The scope dialog is valid: asks to confirm, naming the account. */
    public void checkScope() {
        if (editedId != null) {
            confirmation.ask("users.saveScope", "confirm.users.scope", false, named(editedUsername, displayName));
        }
    }

    /**
     * A row action ({@code disable}, {@code enable}, {@code unlock}, {@code reset}) asks to confirm, naming the
     * account (its user name and display name); disabling and resetting are destructive.
     */
    public void ask(UserSummary u, String action) {
        boolean danger = "disable".equals(action) || "reset".equals(action);
        confirmation.ask("users." + action, "confirm.users." + action, danger, named(u.username(), u.displayName()));
    }

    /** An account as a confirmation names it: {@code wang (Wang Li)}, or the user name alone. */
    static String named(String username, String displayName) {
        return displayName == null || displayName.isBlank() || displayName.equals(username)
                ? username
                : username + " (" + displayName + ")";
    }

    /** Saves the scope dialog: the one scope field the account's role has. */
    public void saveScope() {
        if (editedId == null) {
            return;
        }
        Long home = role == Role.HOME_ADMIN ? careHomeId : null;
        String county = role == Role.COUNTY_AUDITOR ? countyCode : null;
        Set<Long> linked = null;
        if (role == Role.FAMILY) {
            linked = new LinkedHashSet<>();
            for (ResidentOption r : family) {
                linked.add(r.id());
            }
        }
        try {
            users.rescope(editedId, new UserService.ScopeChange(home, county, linked, displayName));
            Messages.info("users.scopeSaved", editedUsername);
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void disable(UserSummary u) {
        try {
            users.disable(u.id());
            Messages.info("users.disabledDone", u.username());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void enable(UserSummary u) {
        try {
            users.enable(u.id());
            Messages.info("users.enabledDone", u.username());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void unlock(UserSummary u) {
        try {
            users.unlock(u.id());
            Messages.info("users.unlockedDone", u.username());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Resets the password; the dialog shows the one-time password once. */
    public void resetPassword(UserSummary u) {
        oneTimePassword = null;
        try {
            oneTimePassword = users.resetPassword(u.id());
            editedUsername = u.username();
            Ajax.succeeded();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** The one-time password dialog closed: the password is not kept in the view. */
    public void forgetOneTimePassword() {
        oneTimePassword = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getEditedUsername() {
        return editedUsername;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public boolean isShowsHome() {
        return role == Role.HOME_ADMIN;
    }

    public boolean isShowsCounty() {
        return role == Role.HOME_ADMIN || role == Role.COUNTY_AUDITOR;
    }

    public boolean isShowsResidents() {
        return role == Role.FAMILY;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LeshanCounty[] getCounties() {
        return LeshanCounty.values();
    }

    public List<HomeOption> getHomes() {
        return homes;
    }

    public LazyDataModel<UserSummary> getModel() {
        return model;
    }

    public ResidentOptions getResidentOptions() {
        return residentOptions;
    }

    /** The accounts list's search (user name, display name or home), from its search box. */
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public Long getCareHomeId() {
        return careHomeId;
    }

    public void setCareHomeId(Long careHomeId) {
        this.careHomeId = careHomeId;
    }

    public List<ResidentOption> getFamily() {
        return family;
    }

    public void setFamily(List<ResidentOption> family) {
        this.family = family == null ? new ArrayList<>() : new ArrayList<>(family);
    }
}
