package com.jialicare.infrastructure.persistence.user;

import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.UserAccount;
import com.jialicare.infrastructure.persistence.OrderBy;
import com.jialicare.infrastructure.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queries over user accounts, and the family links ({@code family_link}, not an entity: native SQL).
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class UserRepository {

    /** An account and the name of its care home (null without one). */
    public record AccountRow(UserAccount account, String careHomeName) {}

    @PersistenceContext
    private EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :n", UserAccount.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    public boolean usernameTaken(String username) {
        return !em.createQuery("select u.id from UserAccount u where u.username = :n")
                .setParameter("n", username)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** What the account list may be sorted by; the default is the user name. */
    public static final OrderBy ORDER = OrderBy.of(
            Map.of(
                    "username", "u.username",
                    "displayName", "u.displayName",
                    "role", "u.role",
                    "scope", "h.name",
                    "state", "u.enabled"),
            "u.username",
            "u.id");

    /** Accounts {@code first} to {@code first + max} by user name, with their homes' names. */
    public List<AccountRow> page(int first, int max) {
        return page(null, null, first, max);
    }

    /** How many accounts the search finds (null: all): user name or display name containing it. */
    public long count(String query) {
        Where where = searched(query);
        return where.bind(em.createQuery(
                        "select count(u) from UserAccount u left join CareHome h on h.id = u.careHomeId" + where,
                        Long.class))
                .getSingleResult();
    }

    /** The accounts the search finds (null: all), rows {@code first} to {@code first + max} in that order. */
    public List<AccountRow> page(String query, ListOrder order, int first, int max) {
        Where where = searched(query);
        return where.bind(em.createQuery(
                        "select u, h.name from UserAccount u left join CareHome h on h.id = u.careHomeId" + where
                                + ORDER.clause(order),
                        Object[].class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new AccountRow((UserAccount) r[0], (String) r[1]))
                .toList();
    }

    private static Where searched(String query) {
        Where where = new Where();
        if (query != null && !query.isBlank()) {
            where.and(
                    "(lower(u.username) like :q or lower(u.displayName) like :q or lower(h.name) like :q)",
                    "q",
                    "%"
                            + query.strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
        return where;
    }

    /** The residents linked to a family account. */
    public List<Long> linkedResidents(long userId) {
        return em.createNativeQuery("select resident_id from family_link where user_id = ?1", Long.class)
                .setParameter(1, userId)
                .getResultList();
    }

    /** The residents linked to each of these accounts, by account id, each list by resident id. */
    public Map<Long, List<Long>> linkedResidents(Collection<Long> userIds) {
        Map<Long, List<Long>> links = new HashMap<>();
        if (userIds.isEmpty()) {
            return links;
        }
        List<?> linked = em.createNativeQuery(
                        "select user_id, resident_id from family_link " + "where user_id in (?1) order by resident_id")
                .setParameter(1, userIds)
                .getResultList();
        for (Object row : linked) {
            Object[] l = (Object[]) row;
            links.computeIfAbsent(((Number) l[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) l[1]).longValue());
        }
        return links;
    }

    /** Links a family account to residents. */
    public void link(long userId, Collection<Long> residentIds) {
        for (Long residentId : residentIds) {
            em.createNativeQuery("insert into family_link (user_id, resident_id) values (?1, ?2)")
                    .setParameter(1, userId)
                    .setParameter(2, residentId)
                    .executeUpdate();
        }
    }

    /** Removes every link of a family account (its residents are then linked anew). */
    public void unlinkAll(long userId) {
        em.createNativeQuery("delete from family_link where user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
    }

    /**
     * How many administrator accounts are enabled, their rows locked until the transaction ends: two
     * administrators disabling each other at once cannot both pass the last-administrator rule.
     */
    public long lockEnabledAdmins() {
        return em.createQuery(
                        "select u from UserAccount u where u.role = :r and u.enabled = true order by u.id",
                        UserAccount.class)
                .setParameter("r", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size();
    }

    /** The display names of those of {@code usernames} that have one, by user name. */
    public Map<String, String> displayNamesOf(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery(
                            "select u.username, u.displayName from UserAccount u where u.username in :names",
                            Object[].class)
                    .setParameter("names", usernames)
                    .getResultStream()
                    .filter(r -> r[1] != null && !((String) r[1]).isBlank())
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    /** How many accounts each role has (roles without any are left out). */
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new HashMap<>();
        em.createQuery("select u.role, count(u) from UserAccount u group by u.role", Object[].class)
                .getResultStream()
                .forEach(r -> counts.put((Role) r[0], (Long) r[1]));
        return counts;
    }

    /** How many accounts the administrator has disabled. */
    public long countDisabled() {
        return em.createQuery("select count(u) from UserAccount u where u.enabled = false", Long.class)
                .getSingleResult();
    }

    /** How many accounts are locked at {@code now} (too many failed logins, the lock not yet run out). */
    public long countLocked(java.time.Instant now) {
        return em.createQuery("select count(u) from UserAccount u where u.lockedUntil > :now", Long.class)
                .setParameter("now", now)
                .getSingleResult();
    }
}
