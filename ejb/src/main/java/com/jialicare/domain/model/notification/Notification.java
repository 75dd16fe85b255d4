package com.jialicare.domain.model.notification;

import com.jialicare.domain.model.user.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that happened to a home's application, for the people it concerns (issue #16 item 7). Written in the
 * transaction of the step it tells of; addressed to an {@link Audience} and the home (with its county), not to user
 * ids, so that an account created later reads it too. Read marks are per user ({@link NotificationRead}).
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** The longest detail kept (a return's reason is cut here; the application keeps it whole). */
    public static final int MAX_DETAIL = 500;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(name = "care_home_id", nullable = false)
    private long careHomeId;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(length = MAX_DETAIL)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    public Notification(
            NotificationKind kind,
            long careHomeId,
            String countyCode,
            long applicationId,
            String detail,
            Instant createdAt) {
        this.kind = kind;
        this.audience = kind.audience();
        this.careHomeId = careHomeId;
        this.countyCode = countyCode;
        this.applicationId = applicationId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.createdAt = createdAt;
    }

    /** Whether {@code caller} may read it (the rule the repository's query repeats). */
    public boolean visibleTo(Caller caller) {
        return audience.includes(caller, careHomeId, countyCode);
    }

    public Long getId() {
        return id;
    }

    public Audience getAudience() {
        return audience;
    }

    public long getCareHomeId() {
        return careHomeId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
