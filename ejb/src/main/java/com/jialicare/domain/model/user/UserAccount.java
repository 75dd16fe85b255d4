package com.jialicare.domain.model.user;

import com.jialicare.domain.model.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A person who logs in: a role, and the scope (care home or county) that role works in. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    /** Failed logins in a row after which the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;

    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "display_name", length = 100)
    private String displayName;

    @Column(name = "care_home_id")
    private Long careHomeId;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A one-time password was set: nothing but changing it is allowed until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * Advanced by every change that must end the account's open sessions (disabled, enabled, password reset or
     * changed, new scope); an open UI session remembers the stamp it was opened with.
     */
    @Column(name = "session_stamp", nullable = false)
    private int sessionStamp;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(
            String username, String passwordHash, Role role, Long careHomeId, String countyCode, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.careHomeId = careHomeId;
        this.countyCode = countyCode;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failed login; locks the account after {@link #MAX_FAILED_LOGINS} in a row. */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    /**
     * Records {@code times} failed logins at once (guesses that arrived together), stopping when the account
     * locks: while it is locked, further failures neither count nor extend the lock.
     */
    public void loginsFailed(int times, Instant now) {
        for (int i = 0; i < times && !isLocked(now); i++) {
            loginFailed(now);
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Whether a successful login has anything to reset (so that most logins write nothing). */
    public boolean hasFailedLogins() {
        return failedLogins > 0 || lockedUntil != null;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** The administrator disables the account: it is refused at once, its sessions end. */
    public void disable() {
        enabled = false;
        endSessions();
    }

    public void enable() {
        enabled = true;
        endSessions();
    }

    /** The administrator lifts a lockout: the failed logins are forgotten. */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /**
     * The administrator sets a one-time password: it must be changed at the next login, and every open session
     * of the account ends. A lockout is lifted too, or the one-time password could not be used.
     */
    public void resetPassword(String oneTimeHash) {
        this.passwordHash = Objects.requireNonNull(oneTimeHash);
        mustChangePassword = true;
        unlock();
        endSessions();
    }

    /** The user chose a new password: the one-time password, if any, is done with; other sessions end. */
    public void passwordChanged(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        mustChangePassword = false;
        endSessions();
    }

    /** A new scope (the one field the role has); the family's residents are links kept outside the entity. */
    public void rescope(Long careHomeId, String countyCode) {
        this.careHomeId = role == Role.HOME_ADMIN ? careHomeId : null;
        this.countyCode = role == Role.COUNTY_AUDITOR ? countyCode : null;
        endSessions();
    }

    /** Ends every open session of the account (they compare their stamp on each request). */
    public void endSessions() {
        sessionStamp++;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getSessionStamp() {
        return sessionStamp;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getCareHomeId() {
        return careHomeId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
