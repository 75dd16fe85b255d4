package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.notification.Notification;
import com.jialicare.domain.model.notification.NotificationKind;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.notification.NotificationRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * In-app notifications (issue #16 item 7): written by the workflow in its own transaction ({@link #notify}), read
 * by each user in their scope — a home's administrators their home's (returned, approved, paid), auditors the
 * objections raised on their county's notices (the city: all). Nobody reads another home's; a notification outside
 * the caller's scope is 404 {@code NOTIFICATION_NOT_FOUND}, as one that does not exist.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private Clock clock;

    /** One notification as its reader sees it. */
    public record Entry(
            long id,
            NotificationKind kind,
            long applicationId,
            long careHomeId,
            String homeName,
            String detail,
            Instant createdAt,
            boolean read)
            implements java.io.Serializable {}

    /** Records that {@code kind} happened to {@code a}, in the caller's transaction (no step without its notice). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(NotificationKind kind, Application a, String detail) {
        CareHome home = em.find(CareHome.class, a.getCareHomeId());
        em.persist(new Notification(kind, a.getCareHomeId(), home.getCountyCode(), a.getId(), detail, clock.instant()));
    }

    /** The caller's notifications, newest first ({@code unreadOnly}: those they have not read). */
    public Page<Entry> mine(boolean unreadOnly, int page, int size) {
        Page.check(page, size);
        Caller caller = callers.get();
        long total = notifications.count(caller, unreadOnly);
        return new Page<>(
                page,
                size,
                total,
                notifications.page(caller, unreadOnly, page * size, size).stream()
                        .map(NotificationService::entry)
                        .toList());
    }

    /** How many of the caller's notifications they have not read. */
    public long unreadCount() {
        return notifications.count(callers.get(), true);
    }

    /** Marks one of the caller's notifications read (again: nothing changes); 404 outside the caller's scope. */
    public Entry markRead(long id) {
        Caller caller = callers.get();
        Notification n = notifications
                .visible(caller, id)
                .orElseThrow(() -> BusinessException.notFound("NOTIFICATION_NOT_FOUND", "No notification " + id, id));
        notifications.markRead(n, caller.userId(), clock.instant());
        CareHome home = em.find(CareHome.class, n.getCareHomeId());
        return entry(new NotificationRepository.Listed(n, home.getName(), true));
    }

    private static Entry entry(NotificationRepository.Listed l) {
        Notification n = l.notification();
        return new Entry(
                n.getId(),
                n.getKind(),
                n.getApplicationId(),
                n.getCareHomeId(),
                l.homeName(),
                n.getDetail(),
                n.getCreatedAt(),
                l.read());
    }
}
