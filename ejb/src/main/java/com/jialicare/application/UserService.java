package com.jialicare.application;

import com.jialicare.application.security.CallerCache;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.AccountRules;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.model.user.OneTimePassword;
import com.jialicare.domain.model.user.PasswordPolicy;
import com.jialicare.domain.model.user.UserAccount;
import com.jialicare.infrastructure.persistence.carehome.CareHomeRepository;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import com.jialicare.infrastructure.persistence.user.UserRepository;
import com.jialicare.infrastructure.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** User accounts: creating them (administrator only), logging in, and telling a caller who they are. */
@Stateless
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private UserRepository users;

    @Inject
    private CareHomeRepository homes;

    @Inject
    private ResidentRepository residentRecords;

    @Inject
    private Event<CallerCache.AccountChanged> accountChanged;

    @Resource
    private SessionContext context;

    /** What a new account needs; the scope field that fits the role, and no other. */
    public record NewUser(
            String username,
            String password,
            Role role,
            Long careHomeId,
            String countyCode,
            Set<Long> residentIds,
            String displayName) {}

    /** An account as the administrator's list shows it: never the password hash. */
    public record UserSummary(
            long id,
            String username,
            String displayName,
            Role role,
            Long careHomeId,
            String careHomeName,
            String countyCode,
            List<Long> residentIds,
            boolean enabled,
            boolean locked,
            Instant createdAt,
            List<String> residentNames,
            boolean mustChangePassword)
            implements java.io.Serializable {} // held by the accounts screen's lazy model, in the view

    /**
     * A new scope for an account ({@code PUT /api/users/{id}}): the one field its role has, as at creation;
     * {@code displayName} when given ({@code null}: unchanged).
     */
    public record ScopeChange(Long careHomeId, String countyCode, Set<Long> residentIds, String displayName) {}

    /** The caller, even one who must still change a one-time password ({@code GET /api/me}). */
    public Caller me() {
        return currentCaller.evenBeforePasswordChange();
    }

    /** The caller, if anybody is logged in. */
    public Optional<Caller> findMe() {
        return currentCaller.find();
    }

    public Caller create(NewUser cmd) {
        currentCaller.get().require(Role.ADMIN);
        validate(cmd);
        String displayName = Text.optional(cmd.displayName(), "displayName", 100);
        UserAccount user = new UserAccount(
                cmd.username(),
                HASHER.hash(cmd.password()),
                cmd.role(),
                cmd.role() == Role.HOME_ADMIN ? cmd.careHomeId() : null,
                cmd.role() == Role.COUNTY_AUDITOR ? cmd.countyCode() : null,
                clock.instant());
        user.setDisplayName(displayName);
        em.persist(user);
        em.flush();
        Set<Long> residents = cmd.residentIds() == null ? Set.of() : new LinkedHashSet<>(cmd.residentIds());
        users.link(user.getId(), residents);
        audit.record("USER_CREATED", "User", user.getId(), user.getUsername() + " as " + user.getRole());
        return new Caller(
                user.getId(),
                user.getUsername(),
                user.getRole(),
                user.getCareHomeId(),
                user.getCountyCode(),
                residents);
    }

    /** Every account, paged, ordered by user name; for the administrator only. */
    public Page<UserSummary> list(int page, int size) {
        return list(null, null, page, size);
    }

    /**
     * {@link #list(int, int)} searched (user name, display name or home name containing the query) and in an
     * order ({@code UserRepository.ORDER}: username, displayName, role, scope, state; null: by user name).
     */
    public Page<UserSummary> list(String query, ListOrder order, int page, int size) {
        currentCaller.get().require(Role.ADMIN);
        Page.check(page, size);
        String q = Text.optional(query, "q", 100);
        long total = users.count(q);
        List<UserRepository.AccountRow> rows = users.page(q, order, page * size, size);
        Map<Long, List<Long>> links = users.linkedResidents(rows.stream()
                .map(UserRepository.AccountRow::account)
                .filter(u -> u.getRole() == Role.FAMILY)
                .map(UserAccount::getId)
                .toList());
        Map<Long, String> names = residentRecords.names(
                links.values().stream().flatMap(List::stream).distinct().toList());
        Instant now = clock.instant();
        List<UserSummary> items = rows.stream()
                .map(r -> {
                    UserAccount u = r.account();
                    return new UserSummary(
                            u.getId(),
                            u.getUsername(),
                            u.getDisplayName(),
                            u.getRole(),
                            u.getCareHomeId(),
                            r.careHomeName(),
                            u.getCountyCode(),
                            List.copyOf(links.getOrDefault(u.getId(), List.of())),
                            u.isEnabled(),
                            u.isLocked(now),
                            u.getCreatedAt(),
                            links.getOrDefault(u.getId(), List.of()).stream()
                                    .map(id -> names.getOrDefault(id, "#" + id))
                                    .toList(),
                            u.isMustChangePassword());
                })
                .toList();
        return new Page<>(page, size, total, items);
    }

    // --- account management (issue #14 item 7): administrator only, each audited, each ends cached logins ---

    /** Disables an account: refused at once on its next request, its open sessions end (409 {@code LAST_ADMIN}). */
    public UserSummary disable(long id) {
        currentCaller.get().require(Role.ADMIN);
        UserAccount user = account(id);
        if (!user.isEnabled()) {
            return summaryOf(user);
        }
        AccountRules.requireAnotherAdmin(user, users.lockEnabledAdmins());
        user.disable();
        changed(user, "USER_DISABLED", List.of(FieldChange.of("enabled", true, false)));
        return summaryOf(user);
    }

    public UserSummary enable(long id) {
        currentCaller.get().require(Role.ADMIN);
        UserAccount user = account(id);
        if (user.isEnabled()) {
            return summaryOf(user);
        }
        user.enable();
        changed(user, "USER_ENABLED", List.of(FieldChange.of("enabled", false, true)));
        return summaryOf(user);
    }

    /** Lifts a lockout and forgets the failed logins. */
    public UserSummary unlock(long id) {
        currentCaller.get().require(Role.ADMIN);
        UserAccount user = account(id);
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        boolean wasLocked = user.isLocked(clock.instant());
        user.unlock();
        changed(user, "USER_UNLOCKED", List.of(FieldChange.of("locked", wasLocked, false)));
        return summaryOf(user);
    }

    /**
     * Sets a one-time password (answered once, never stored in clear nor audited): the account must change it
     * at its next login; its open sessions end.
     */
    public String resetPassword(long id) {
        currentCaller.get().require(Role.ADMIN);
        UserAccount user = account(id);
        String oneTime = OneTimePassword.generate(user.getUsername());
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        user.resetPassword(HASHER.hash(oneTime));
        changed(user, "USER_PASSWORD_RESET", List.of(FieldChange.of("mustChangePassword", false, true)));
        return oneTime;
    }

    /**
     * A new scope for an account, validated as at creation: a care-home administrator's home, a county
     * auditor's county, a family account's residents; the other roles have none. Its open sessions end, and
     * its very next request is served in the new scope.
     */
    public Caller rescope(long id, ScopeChange cmd) {
        currentCaller.get().require(Role.ADMIN);
        UserAccount user = account(id);
        String displayName = Text.optional(cmd.displayName(), "displayName", 100);
        // no scope field at all: the scope stays (only the display name may change)
        boolean scopeGiven = cmd.careHomeId() != null || cmd.countyCode() != null || cmd.residentIds() != null;
        List<Long> before = user.getRole() == Role.FAMILY
                ? users.linkedResidents(user.getId()).stream().sorted().toList()
                : List.of();
        Long home = scopeGiven ? cmd.careHomeId() : user.getCareHomeId();
        String county = scopeGiven ? cmd.countyCode() : user.getCountyCode();
        Set<Long> residents = scopeGiven && cmd.residentIds() != null ? cmd.residentIds() : new LinkedHashSet<>(before);
        if (scopeGiven) {
            validateScope(user.getRole(), home, county, residents);
        }
        residents = new TreeSet<>(residents);
        List<FieldChange> changes = new ArrayList<>();
        if (user.getRole() == Role.FAMILY && !before.equals(List.copyOf(residents))) {
            changes.add(FieldChange.of("residentIds", before, List.copyOf(residents)));
        }
        if (!Objects.equals(user.getCareHomeId(), home)) {
            changes.add(FieldChange.of("careHomeId", user.getCareHomeId(), home));
        }
        if (!Objects.equals(user.getCountyCode(), county)) {
            changes.add(FieldChange.of("countyCode", user.getCountyCode(), county));
        }
        if (displayName != null && !displayName.equals(user.getDisplayName())) {
            changes.add(FieldChange.of("displayName", user.getDisplayName(), displayName));
            user.setDisplayName(displayName);
        }
        if (!changes.isEmpty()) {
            user.rescope(home, county);
            if (user.getRole() == Role.FAMILY) {
                users.unlinkAll(user.getId());
                em.flush();
                users.link(user.getId(), residents);
            }
            changed(user, "USER_RESCOPED", changes);
        }
        return new Caller(
                user.getId(),
                user.getUsername(),
                user.getRole(),
                user.getCareHomeId(),
                user.getCountyCode(),
                user.getRole() == Role.FAMILY ? residents : Set.of(),
                user.isMustChangePassword());
    }

    /**
     * The caller changes their own password ({@code POST /api/me/password}), also to replace a one-time
     * password. The current password is required and checked; a wrong one counts as a failed login of the
     * account (and locks it after five in a row, like logins). The new one follows {@link PasswordPolicy} and
     * differs from the current one. Every other open session of the account ends; the answer is the account's
     * new session stamp, which the caller's own session takes over.
     */
    public int changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = currentCaller.evenBeforePasswordChange();
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw BusinessException.invalid(
                    "FIELD_REQUIRED", "currentPassword", "currentPassword is required", "currentPassword");
        }
        AccountRules.checkNewPassword(caller.username(), currentPassword, newPassword);
        UserAccount user = account(caller.userId());
        if (!user.isEnabled()
                || user.isLocked(clock.instant())
                || currentPassword.length() > PasswordPolicy.MAX_LENGTH
                || !HASHER.matches(currentPassword, user.getPasswordHash())) {
            if (user.isEnabled() && !user.isLocked(clock.instant())) {
                context.getBusinessObject(UserService.class).loginsFailed(user.getUsername(), 1);
            }
            throw BusinessException.invalid(
                    "CURRENT_PASSWORD_WRONG", "currentPassword", "The current password is wrong");
        }
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        user.passwordChanged(HASHER.hash(newPassword));
        user.loginSucceeded();
        audit.record("USER_PASSWORD_CHANGED", "User", user.getId(), user.getUsername());
        accountChanged.fire(new CallerCache.AccountChanged(user.getUsername()));
        return user.getSessionStamp();
    }

    /** What an open UI session compares on its requests: the account's session stamp, and whether it must change its password. */
    public record SessionState(int stamp, boolean mustChangePassword) {}

    /**
     * The session state of an enabled account ({@code empty}: unknown or disabled); an open UI session compares
     * its stamp with the one it was opened with whenever an account changed.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SessionState> sessionState(String username) {
        return users.byUsername(username)
                .filter(UserAccount::isEnabled)
                .map(u -> new SessionState(u.getSessionStamp(), u.isMustChangePassword()));
    }

    /** One account as the list shows it. */
    public UserSummary summary(long id) {
        currentCaller.get().require(Role.ADMIN);
        return summaryOf(account(id));
    }

    private UserSummary summaryOf(UserAccount u) {
        List<Long> linked = u.getRole() == Role.FAMILY
                ? users.linkedResidents(u.getId()).stream().sorted().toList()
                : List.of();
        Map<Long, String> names = residentRecords.names(linked);
        CareHome home = u.getCareHomeId() == null ? null : em.find(CareHome.class, u.getCareHomeId());
        return new UserSummary(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getRole(),
                u.getCareHomeId(),
                home == null ? null : home.getName(),
                u.getCountyCode(),
                linked,
                u.isEnabled(),
                u.isLocked(clock.instant()),
                u.getCreatedAt(),
                linked.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(),
                u.isMustChangePassword());
    }

    private UserAccount account(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw BusinessException.notFound("USER_NOT_FOUND", "No user " + id, id);
        }
        return user;
    }

    /** Audits a change of an account and, once it commits, re-checks its remembered logins and sessions. */
    private void changed(UserAccount user, String action, List<FieldChange> changes) {
        audit.recordChange(action, "User", user.getId(), LocalDate.now(clock), changes);
        accountChanged.fire(new CallerCache.AccountChanged(user.getUsername()));
    }

    /**
     * Checks a password. Unknown, disabled and locked accounts cost one password hash like a wrong password
     * (against a dummy hash), so that the answer's time does not tell which it was. Failures are counted
     * (and lock the account after five in a row) in this transaction of its own, so they stick even though
     * the login is refused, and under a row lock, so that concurrent wrong guesses are each counted.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Caller> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        UserAccount user = findAccount(username);
        if (user == null || !user.isEnabled() || user.isLocked(clock.instant())) {
            HASHER.matches(password, DUMMY_HASH); // same work whether the account is unknown, disabled, locked or not
            return Optional.empty();
        }
        if (!HASHER.matches(password, user.getPasswordHash())) {
            countFailures(user, 1);
            return Optional.empty();
        }
        if (user.hasFailedLogins()) {
            // the right password resets the count, unless concurrent wrong guesses have locked the account
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
            if (user.isLocked(clock.instant())) {
                return Optional.empty();
            }
            user.loginSucceeded();
        }
        return Optional.of(currentCallerFor(user));
    }

    /**
     * Counts {@code times} more failed logins of an account without checking a password: the same wrong
     * credentials sent several times at once are checked once, and every copy counts. Unknown names are
     * ignored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginsFailed(String username, int times) {
        UserAccount user = username == null || times < 1 ? null : findAccount(username);
        if (user != null && user.isEnabled()) {
            countFailures(user, times);
        }
    }

    /** Under a row lock, so that no concurrent failure is lost (the rule itself is the account's). */
    private void countFailures(UserAccount user, int times) {
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        user.loginsFailed(times, clock.instant());
    }

    private UserAccount findAccount(String username) {
        return users.byUsername(username).orElse(null);
    }

    private static final String DUMMY_HASH = HASHER.hash("not-a-real-password");

    public boolean isLocked(String username) {
        return users.byUsername(username)
                .filter(u -> u.isLocked(clock.instant()))
                .isPresent();
    }

    /** For start-up tasks (first administrator, demo accounts): no caller, no password rules. */
    public UserAccount createSystemUser(
            String username,
            String password,
            Role role,
            Long careHomeId,
            String countyCode,
            Set<Long> residentIds,
            String displayName) {
        UserAccount user =
                new UserAccount(username, HASHER.hash(password), role, careHomeId, countyCode, clock.instant());
        user.setDisplayName(displayName);
        em.persist(user);
        em.flush();
        users.link(user.getId(), residentIds);
        audit.recordAs("system", "USER_CREATED", "User", user.getId(), username + " as " + role);
        return user;
    }

    public long countUsers() {
        return users.count();
    }

    private Caller currentCallerFor(UserAccount user) {
        List<Long> residents = users.linkedResidents(user.getId());
        return new Caller(
                user.getId(),
                user.getUsername(),
                user.getRole(),
                user.getCareHomeId(),
                user.getCountyCode(),
                Set.copyOf(residents));
    }

    private void validate(NewUser cmd) {
        if (cmd.username() == null || !USERNAME.matcher(cmd.username()).matches()) {
            throw BusinessException.invalid(
                    "INVALID_USERNAME",
                    "username",
                    "Username must be 3 to 64 letters, digits, dots, dashes or underscores");
        }
        PasswordPolicy.check(cmd.username(), cmd.password());
        if (cmd.role() == null) {
            throw BusinessException.invalid(
                    "ROLE_REQUIRED",
                    "role",
                    "Role is required: ADMIN, HOME_ADMIN, COUNTY_AUDITOR, CITY_AUDITOR or FAMILY");
        }
        validateScope(cmd.role(), cmd.careHomeId(), cmd.countyCode(), cmd.residentIds());
        if (users.usernameTaken(cmd.username())) {
            throw BusinessException.conflict(
                    "USERNAME_TAKEN", "username", "Username " + cmd.username() + " is taken", cmd.username());
        }
    }

    /** The scope a role needs, and no other field: at creation and for a new scope alike. */
    private void validateScope(Role role, Long careHomeId, String countyCode, Set<Long> residentIds) {
        switch (role) {
            case HOME_ADMIN -> {
                if (careHomeId == null) {
                    throw BusinessException.invalid(
                            "CARE_HOME_REQUIRED", "careHomeId", "A care-home administrator needs careHomeId");
                }
                requireExists(homes.exists(careHomeId), "care home", careHomeId, "careHomeId", "CARE_HOME_NOT_FOUND");
            }
            case COUNTY_AUDITOR -> {
                if (countyCode == null) {
                    throw BusinessException.invalid(
                            "COUNTY_REQUIRED", "countyCode", "A county auditor needs countyCode");
                }
                LeshanCounty.of(countyCode, "countyCode");
            }
            case FAMILY -> {
                if (residentIds == null || residentIds.isEmpty()) {
                    throw BusinessException.invalid(
                            "RESIDENTS_REQUIRED",
                            "residentIds",
                            "A family account needs at least one resident in residentIds");
                }
                for (Long id : residentIds) {
                    requireExists(
                            id != null && residentRecords.exists(id),
                            "resident",
                            id,
                            "residentIds",
                            "RESIDENT_NOT_FOUND");
                }
            }
            default -> {
                // ADMIN and CITY_AUDITOR have no scope field
            }
        }
        if (role != Role.HOME_ADMIN && careHomeId != null
                || role != Role.COUNTY_AUDITOR && countyCode != null
                || role != Role.FAMILY && residentIds != null && !residentIds.isEmpty()) {
            throw BusinessException.invalid(
                    "SCOPE_MISMATCH", "role", "Give only the scope field that fits role " + role, role.name());
        }
    }

    private static void requireExists(boolean exists, String what, Long id, String field, String code) {
        if (!exists) {
            throw BusinessException.invalid(code, field, "No " + what + " with id " + id, id);
        }
    }
}
