package com.jialicare.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of an application: who, when, from which state to which, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private ApplicationState toState;

    @Column(nullable = false)
    private int revision;

    @Column(length = 2000)
    private String comment;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(
            Application application,
            Instant at,
            String actor,
            String action,
            ApplicationState from,
            ApplicationState to,
            int revision,
            String comment) {
        this.application = application;
        this.occurredAt = at;
        this.actor = actor;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.revision = revision;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public ApplicationState getFromState() {
        return fromState;
    }

    public ApplicationState getToState() {
        return toState;
    }

    public int getRevision() {
        return revision;
    }

    public String getComment() {
        return comment;
    }
}
