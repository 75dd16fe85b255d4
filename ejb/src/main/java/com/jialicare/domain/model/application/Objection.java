package com.jialicare.domain.model.application;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An objection anyone may raise during the public notice (公示); the city upholds or dismisses it. */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(length = 100)
    private String contact;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    private Boolean upheld;

    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    protected Objection() {
        // for JPA
    }

    public Objection(long applicationId, String text, String contact, Instant raisedAt) {
        this.applicationId = applicationId;
        this.text = text;
        this.contact = contact;
        this.raisedAt = raisedAt;
    }

    /**
     * The text as compared for repeats: Unicode-normalized (full-width letters and digits as half-width),
     * case and runs of spacing ignored.
     */
    public static String normalized(String text) {
        String t = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFKC);
        return t.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPending() {
        return decidedAt == null;
    }

    public void decide(boolean upheld, String comment, String by, Instant at) {
        requirePending();
        this.upheld = upheld;
        this.decisionComment = comment;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** 409 {@code OBJECTION_ALREADY_DECIDED} unless it is still to be decided. */
    public void requirePending() {
        if (!isPending()) {
            throw BusinessException.conflict(
                    "OBJECTION_ALREADY_DECIDED",
                    null,
                    "This objection was already " + (this.upheld ? "upheld" : "dismissed") + " by " + decidedBy);
        }
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getText() {
        return text;
    }

    public String getContact() {
        return contact;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}
