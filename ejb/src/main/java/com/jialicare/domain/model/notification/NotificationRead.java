package com.jialicare.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That one user has read one notification, and when; kept once (the pair is the key). */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long notificationId;
        private Long userId;

        public Key() {
            // for JPA
        }

        public Key(Long notificationId, Long userId) {
            this.notificationId = notificationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(notificationId, k.notificationId)
                    && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(notificationId, userId);
        }
    }

    @Id
    @Column(name = "notification_id")
    private Long notificationId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected NotificationRead() {
        // for JPA
    }

    public NotificationRead(long notificationId, long userId, Instant readAt) {
        this.notificationId = notificationId;
        this.userId = userId;
        this.readAt = readAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
