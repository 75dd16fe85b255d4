package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.model.user.PasswordPolicy;
import com.jialicare.domain.model.user.UserAccount;
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
import java.util.ArrayList;
import java.util.HashMap;
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

    /** What a new account needs; the scope field that fits the role, and no other. */
    public record NewUser(String username, String password, Role role, Long careHomeId, String countyCode,
            Set<Long> residentIds, String displayName) {
    }

    /** An account as the administrator's list shows it: never the password hash. */
    public record UserSummary(long id, String username, String displayName, Role role, Long careHomeId,
            String careHomeName, String countyCode, List<Long> residentIds, boolean enabled, boolean locked,
            Instant createdAt) {
    }

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
        UserAccount user = new UserAccount(cmd.username(), HASHER.hash(cmd.password()), cmd.role(),
                cmd.role() == Role.HOME_ADMIN ? cmd.careHomeId() : null,
                cmd.role() == Role.COUNTY_AUDITOR ? cmd.countyCode() : null, clock.instant());
        user.setDisplayName(displayName);
        em.persist(user);
        em.flush();
        Set<Long> residents = cmd.residentIds() == null ? Set.of() : new LinkedHashSet<>(cmd.residentIds());
        for (Long residentId : residents) {
            em.createNativeQuery("insert into family_link (user_id, resident_id) values (?1, ?2)")
                    .setParameter(1, user.getId()).setParameter(2, residentId).executeUpdate();
        }
        audit.record("USER_CREATED", "User", user.getId(), user.getUsername() + " as " + user.getRole());
        return new Caller(user.getId(), user.getUsername(), user.getRole(), user.getCareHomeId(),
                user.getCountyCode(), residents);
    }

    /** Every account, paged, ordered by user name; for the administrator only. */
    public Page<UserSummary> list(int page, int size) {
        currentCaller.get().require(Role.ADMIN);
        Page.check(page, size);
        long total = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        List<Object[]> rows = em.createQuery("select u, h.name from UserAccount u "
                + "left join CareHome h on h.id = u.careHomeId order by u.username", Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, List<Long>> links = new HashMap<>();
        List<Long> familyIds = rows.stream().map(r -> (UserAccount) r[0]).filter(u -> u.getRole() == Role.FAMILY)
                .map(UserAccount::getId).toList();
        if (!familyIds.isEmpty()) {
            List<?> linked = em.createNativeQuery("select user_id, resident_id from family_link "
                    + "where user_id in (?1) order by resident_id").setParameter(1, familyIds).getResultList();
            for (Object row : linked) {
                Object[] l = (Object[]) row;
                links.computeIfAbsent(((Number) l[0]).longValue(), k -> new ArrayList<>())
                        .add(((Number) l[1]).longValue());
            }
        }
        Instant now = clock.instant();
        List<UserSummary> items = rows.stream().map(r -> {
            UserAccount u = (UserAccount) r[0];
            return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getCareHomeId(),
                    (String) r[1], u.getCountyCode(), List.copyOf(links.getOrDefault(u.getId(), List.of())),
                    u.isEnabled(), u.isLocked(now), u.getCreatedAt());
        }).toList();
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
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.username = :n",
                UserAccount.class).setParameter("n", username).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static final String DUMMY_HASH = HASHER.hash("not-a-real-password");

    public boolean isLocked(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :n", UserAccount.class)
                .setParameter("n", username).getResultStream().anyMatch(u -> u.isLocked(clock.instant()));
    }

    /** For start-up tasks (first administrator, demo accounts): no caller, no password rules. */
    public UserAccount createSystemUser(String username, String password, Role role, Long careHomeId,
            String countyCode, Set<Long> residentIds, String displayName) {
        UserAccount user = new UserAccount(username, HASHER.hash(password), role, careHomeId, countyCode,
                clock.instant());
        user.setDisplayName(displayName);
        em.persist(user);
        em.flush();
        for (Long residentId : residentIds) {
            em.createNativeQuery("insert into family_link (user_id, resident_id) values (?1, ?2)")
                    .setParameter(1, user.getId()).setParameter(2, residentId).executeUpdate();
        }
        audit.recordAs("system", "USER_CREATED", "User", user.getId(), username + " as " + role);
        return user;
    }

    public long countUsers() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    private Caller currentCallerFor(UserAccount user) {
        List<Long> residents = em.createNativeQuery("select resident_id from family_link where user_id = ?1",
                Long.class).setParameter(1, user.getId()).getResultList();
        return new Caller(user.getId(), user.getUsername(), user.getRole(), user.getCareHomeId(),
                user.getCountyCode(), Set.copyOf(residents));
    }

    private void validate(NewUser cmd) {
        if (cmd.username() == null || !USERNAME.matcher(cmd.username()).matches()) {
            throw BusinessException.invalid("INVALID_USERNAME", "username",
                    "Username must be 3 to 64 letters, digits, dots, dashes or underscores");
        }
        PasswordPolicy.check(cmd.username(), cmd.password());
        if (cmd.role() == null) {
            throw BusinessException.invalid("ROLE_REQUIRED", "role",
                    "Role is required: ADMIN, HOME_ADMIN, COUNTY_AUDITOR, CITY_AUDITOR or FAMILY");
        }
        switch (cmd.role()) {
            case HOME_ADMIN -> {
                if (cmd.careHomeId() == null) {
                    throw BusinessException.invalid("CARE_HOME_REQUIRED", "careHomeId",
                            "A care-home administrator needs careHomeId");
                }
                requireExists("care_home", cmd.careHomeId(), "careHomeId", "CARE_HOME_NOT_FOUND");
            }
            case COUNTY_AUDITOR -> {
                if (cmd.countyCode() == null) {
                    throw BusinessException.invalid("COUNTY_REQUIRED", "countyCode",
                            "A county auditor needs countyCode");
                }
                LeshanCounty.of(cmd.countyCode(), "countyCode");
            }
            case FAMILY -> {
                if (cmd.residentIds() == null || cmd.residentIds().isEmpty()) {
                    throw BusinessException.invalid("RESIDENTS_REQUIRED", "residentIds",
                            "A family account needs at least one resident in residentIds");
                }
                for (Long id : cmd.residentIds()) {
                    requireExists("resident", id, "residentIds", "RESIDENT_NOT_FOUND");
                }
            }
            default -> {
                // ADMIN and CITY_AUDITOR have no scope field
            }
        }
        if (cmd.role() != Role.HOME_ADMIN && cmd.careHomeId() != null
                || cmd.role() != Role.COUNTY_AUDITOR && cmd.countyCode() != null
                || cmd.role() != Role.FAMILY && cmd.residentIds() != null && !cmd.residentIds().isEmpty()) {
            throw BusinessException.invalid("SCOPE_MISMATCH", "role",
                    "Give only the scope field that fits role " + cmd.role(), cmd.role().name());
        }
        boolean taken = !em.createQuery("select u.id from UserAccount u where u.username = :n")
                .setParameter("n", cmd.username()).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.conflict("USERNAME_TAKEN", "username",
                    "Username " + cmd.username() + " is taken", cmd.username());
        }
    }

    private void requireExists(String table, Long id, String field, String code) {
        Number n = (Number) em.createNativeQuery("select count(*) from " + table + " where id = ?1")
                .setParameter(1, id).getSingleResult();
        if (n.longValue() == 0) {
            throw BusinessException.invalid(code, field, "No " + table.replace('_', ' ') + " with id " + id, id);
        }
    }
}
