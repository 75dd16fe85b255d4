package com.jialicare.infrastructure.persistence.notification;

import com.jialicare.domain.model.notification.Audience;
import com.jialicare.domain.model.notification.Notification;
import com.jialicare.domain.model.notification.NotificationRead;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * A reader's notifications, newest first, in their scope — the rule of {@link Audience#includes} as a query: a home's
 * administrator reads the {@code HOME} notifications of their home, a county auditor the {@code AUDITORS} ones of
 * their county, a city auditor all {@code AUDITORS} ones; nobody else any. Runs in the caller's transaction.
 */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    private EntityManager em;

    /** A notification as its reader lists it: with the home's name and whether this reader has read it. */
    public record Listed(Notification notification, String homeName, boolean read) {}

    public List<Listed> page(Caller caller, boolean unreadOnly, int first, int max) {
        String scope = scope(caller);
        if (scope == null) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery(
                "select n, h.name, (select count(r) from NotificationRead r where r.notificationId = n.id"
                        + " and r.userId = :user) from Notification n, CareHome h where h.id = n.careHomeId and "
                        + scope + (unreadOnly ? unread() : "") + " order by n.id desc",
                Object[].class);
        bind(q, caller);
        return q.setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(r -> new Listed((Notification) r[0], (String) r[1], ((Number) r[2]).longValue() > 0))
                .toList();
    }

    public long count(Caller caller, boolean unreadOnly) {
        String scope = scope(caller);
        if (scope == null) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery(
                "select count(n) from Notification n where " + scope + (unreadOnly ? unread() : ""), Long.class);
        bind(q, caller);
        return q.getSingleResult();
    }

    /** One notification if the caller may read it; empty otherwise (exactly as for one that does not exist). */
    public Optional<Notification> visible(Caller caller, long id) {
        Notification n = em.find(Notification.class, id);
        return n != null && n.visibleTo(caller) ? Optional.of(n) : Optional.empty();
    }

    /** Marks it read by this user, once (a second mark changes nothing). */
    public void markRead(Notification n, long userId, java.time.Instant at) {
        if (em.find(NotificationRead.class, new NotificationRead.Key(n.getId(), userId)) == null) {
            em.persist(new NotificationRead(n.getId(), userId, at));
        }
    }

    private static String unread() {
        return " and not exists (select r from NotificationRead r where r.notificationId = n.id and r.userId = :user)";
    }

    private static String scope(Caller caller) {
        return switch (caller.role()) {
            case HOME_ADMIN -> caller.careHomeId() == null ? null : "n.audience = :audience and n.careHomeId = :home";
            case COUNTY_AUDITOR -> "n.audience = :audience and n.countyCode = :county";
            case CITY_AUDITOR -> "n.audience = :audience";
            default -> null;
        };
    }

    private static void bind(TypedQuery<?> q, Caller caller) {
        if (q.getParameters().stream().anyMatch(p -> "user".equals(p.getName()))) {
            q.setParameter("user", caller.userId());
        }
        q.setParameter("audience", caller.role() == Role.HOME_ADMIN ? Audience.HOME : Audience.AUDITORS);
        if (caller.role() == Role.HOME_ADMIN) {
            q.setParameter("home", caller.careHomeId());
        } else if (caller.role() == Role.COUNTY_AUDITOR) {
            q.setParameter("county", caller.countyCode());
        }
    }
}
