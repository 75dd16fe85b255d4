package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.model.user.PasswordPolicy;
import com.jialicare.domain.model.user.UserAccount;
import com.jialicare.infrastructure.persistence.carehome.CareHomeRepository;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import com.jialicare.infrastructure.persistence.user.UserRepository;
import com.jialicare.infrastructure.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            Instant createdAt) {}

    public Caller me() {
        return currentCaller.get();
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
        currentCaller.get().require(Role.ADMIN);
        Page.check(page, size);
        long total = users.count();
        List<UserRepository.AccountRow> rows = users.page(page * size, size);
        Map<Long, List<Long>> links = users.linkedResidents(rows.stream()
                .map(UserRepository.AccountRow::account)
                .filter(u -> u.getRole() == Role.FAMILY)
                .map(UserAccount::getId)
                .toList());
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
                            u.getCreatedAt());
                })
                .toList();
        return new Page<>(page, size, total, items);
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
        switch (cmd.role()) {
            case HOME_ADMIN -> {
                if (cmd.careHomeId() == null) {
                    throw BusinessException.invalid(
                            "CARE_HOME_REQUIRED", "careHomeId", "A care-home administrator needs careHomeId");
                }
                requireExists(
                        homes.exists(cmd.careHomeId()),
                        "care home",
                        cmd.careHomeId(),
                        "careHomeId",
                        "CARE_HOME_NOT_FOUND");
            }
            case COUNTY_AUDITOR -> {
                if (cmd.countyCode() == null) {
                    throw BusinessException.invalid(
                            "COUNTY_REQUIRED", "countyCode", "A county auditor needs countyCode");
                }
                LeshanCounty.of(cmd.countyCode(), "countyCode");
            }
            case FAMILY -> {
                if (cmd.residentIds() == null || cmd.residentIds().isEmpty()) {
                    throw BusinessException.invalid(
                            "RESIDENTS_REQUIRED",
                            "residentIds",
                            "A family account needs at least one resident in residentIds");
                }
                for (Long id : cmd.residentIds()) {
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
        if (cmd.role() != Role.HOME_ADMIN && cmd.careHomeId() != null
                || cmd.role() != Role.COUNTY_AUDITOR && cmd.countyCode() != null
                || cmd.role() != Role.FAMILY
                        && cmd.residentIds() != null
                        && !cmd.residentIds().isEmpty()) {
            throw BusinessException.invalid(
                    "SCOPE_MISMATCH",
                    "role",
                    "Give only the scope field that fits role " + cmd.role(),
                    cmd.role().name());
        }
        if (users.usernameTaken(cmd.username())) {
            throw BusinessException.conflict(
                    "USERNAME_TAKEN", "username", "Username " + cmd.username() + " is taken", cmd.username());
        }
    }

    private static void requireExists(boolean exists, String what, Long id, String field, String code) {
        if (!exists) {
            throw BusinessException.invalid(code, field, "No " + what + " with id " + id, id);
        }
    }
}
