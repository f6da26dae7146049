package com.journeycrm.security;

import com.journeycrm.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Someone who logs in. Passwords are stored as BCrypt hashes only. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int USERNAME_MAX = 50;
    public static final int DISPLAY_NAME_MAX = 100;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The language tag the user chose ("de"), or null for the browser's. */
    @Column(length = 10)
    private String language;

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
    }

    /** Whether a login name could belong to anyone: checked before any lookup or counting. */
    public static boolean couldBeUsername(String name) {
        return name != null && !name.isBlank() && name.trim().length() <= USERNAME_MAX;
    }

    /** Counts a failed login; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public String getLanguage() {
        return language;
    }

    void chooseLanguage(String tag) {
        this.language = tag;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void enable() {
        this.enabled = true;
    }

    /** A password the admin set (temporary: its owner must choose their own at the next login). */
    void setTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** The owner chose their own password. */
    void setOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** A leaver: can no longer log in, own clients or be assigned follow-ups. */
    void disable() {
        this.enabled = false;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
