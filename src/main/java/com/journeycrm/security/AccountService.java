package com.journeycrm.security;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.base.validation.TextRules;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins shape the team: add a user, rename, change role, disable (their open sessions end at once) and enable.
 * An admin cannot disable or demote themselves, and there is always at least one enabled admin.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    public static final int PASSWORD_MIN = 12;
    /** BCrypt reads at most 72 bytes (and Spring refuses more): 64 characters leave room for some accents. */
    public static final int PASSWORD_MAX = 64;

    private static final int BCRYPT_BYTES = 72;

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final CurrentUserProvider currentUser;
    private final ActiveSessions sessions;
    private final AuditLog audit;

    AccountService(
            AppUserRepository users,
            PasswordEncoder passwords,
            CurrentUserProvider currentUser,
            ActiveSessions sessions,
            AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    /** @return the new user's id */
    @Transactional
    public long create(String username, String displayName, Role role, String password) {
        String name = username == null ? "" : username.strip();
        if (!AppUser.couldBeUsername(name) || !name.matches("[A-Za-z0-9._@-]+")) {
            throw RuleViolationException.of("user.username.invalid", AppUser.USERNAME_MAX);
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw ConflictException.of("user.username.taken", name);
        }
        checkPassword(name, password);
        try {
            var user = new AppUser(name, displayName(displayName), passwords.encode(password), role(role));
            user.setTemporaryPassword(user.getPasswordHash());
            long id = users.saveAndFlush(user).getId();
            record(AuditKind.USER_CREATED, user, List.of(new Text("audit.user.created", name, user.getRole())));
            return id;
        } catch (DataIntegrityViolationException race) {
            throw ConflictException.of("user.username.taken", name);
        }
    }

    /** A new name and role in one change, as of the version the admin opened. */
    @Transactional
    public void update(long userId, String displayName, Role role, long expectedVersion) {
        var user = account(userId, expectedVersion);
        if (user.getRole() == Role.ADMIN && role(role) != Role.ADMIN) {
            notMyself(user, "user.self.demote");
            lastAdminStays(user);
        }
        String before = user.getDisplayName();
        Role roleBefore = user.getRole();
        user.rename(displayName(displayName));
        user.changeRole(role);
        var changes = new java.util.ArrayList<Text>();
        if (!before.equals(user.getDisplayName())) {
            changes.add(AuditLog.change("field.audit.name", before, user.getDisplayName()));
        }
        if (roleBefore != user.getRole()) {
            changes.add(AuditLog.change("field.audit.role", roleBefore, user.getRole()));
        }
        if (!changes.isEmpty()) {
            record(AuditKind.USER_EDITED, user, changes);
        }
    }

    /** The user can no longer log in, and their open sessions end now. */
    @Transactional
    public void disable(long userId, long expectedVersion) {
        var user = account(userId, expectedVersion);
        notMyself(user, "user.self.disable");
        if (user.getRole() == Role.ADMIN && user.isEnabled()) {
            lastAdminStays(user);
        }
        user.disable();
        sessions.endSessionsOf(user.getUsername());
        record(AuditKind.USER_DISABLED, user, List.of());
    }

    @Transactional
    public void enable(long userId, long expectedVersion) {
        var user = account(userId, expectedVersion);
        user.enable();
        record(AuditKind.USER_ENABLED, user, List.of());
    }

    /**
     * A forgotten password: a new temporary one, shown once to the admin to pass on; the user must choose their
     * own at the next login. Their open sessions end.
     */
    @Transactional
    public String resetPassword(long userId, long expectedVersion) {
        var user = account(userId, expectedVersion);
        String temporary = temporaryPassword();
        user.setTemporaryPassword(passwords.encode(temporary));
        sessions.endSessionsOf(user.getUsername());
        record(AuditKind.PASSWORD_RESET, user, List.of(new Text("audit.password.temporary")));
        return temporary;
    }

    private void record(AuditKind kind, AppUser user, List<Text> detail) {
        var me = currentUser.require();
        audit.record(
                kind,
                new AuditLog.Actor(me.id(), me.displayName()),
                null,
                user.getDisplayName() + " (" + user.getUsername() + ")",
                detail);
    }

    private static final String READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 16 characters without look-alikes (no 0/O, 1/l/I): easy to read out, about 92 bits. */
    static String temporaryPassword() {
        var text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
        }
        return text.toString();
    }

    /**
     * At least {@value #PASSWORD_MIN} characters, not containing the username, and not among the 10,000 most common
     * passwords.
     */
    public static void checkPassword(String username, String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            throw RuleViolationException.of("user.password.tooShort", PASSWORD_MIN);
        }
        if (password.length() > PASSWORD_MAX || password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            throw RuleViolationException.of("user.password.tooLong", PASSWORD_MAX);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw RuleViolationException.of("user.password.containsUsername");
        }
        if (CommonPasswords.contains(password)) {
            throw RuleViolationException.of("user.password.common");
        }
    }

    private AppUser account(long userId, long expectedVersion) {
        var user = users.findPerson(userId).orElseThrow(() -> NotFoundException.of("user.gone"));
        if (user.getVersion() != expectedVersion) {
            throw ConflictException.of("conflict.changedSinceOpened", user.getDisplayName());
        }
        return user;
    }

    private void notMyself(AppUser user, String key) {
        if (user.getId() == currentUser.require().id()) {
            throw RuleViolationException.of(key);
        }
    }

    /**
     * Two admins demoting each other at the same moment must not leave none: the enabled admins' rows are locked
     * (in id order) before they are counted, so the second change waits for the first and sees it.
     */
    private void lastAdminStays(AppUser admin) {
        if (users.lockEnabledAdmins(Role.ADMIN).size() <= 1) {
            throw RuleViolationException.of("user.lastAdmin", admin.getDisplayName());
        }
    }

    private static String displayName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > AppUser.DISPLAY_NAME_MAX) {
            throw RuleViolationException.of("user.name.length", AppUser.DISPLAY_NAME_MAX);
        }
        TextRules.refuseForbiddenCharacters(trimmed, false, "field.name");
        return trimmed;
    }

    private static Role role(Role role) {
        if (role == null || !Role.assignable().contains(role)) {
            throw RuleViolationException.of("user.role.needed");
        }
        return role;
    }
}
