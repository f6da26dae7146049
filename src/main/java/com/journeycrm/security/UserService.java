package com.journeycrm.security;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.base.Translations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases around users: who am I, who can own clients, and the admin's account list. */
@Service
public class UserService {

    private final AppUserRepository users;
    private final CurrentUserProvider currentUser;
    private final Clock clock;
    private final PasswordEncoder passwords;

    private final AuditLog audit;

    UserService(
            AppUserRepository users,
            CurrentUserProvider currentUser,
            Clock clock,
            PasswordEncoder passwords,
            AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.passwords = passwords;
    }

    @PreAuthorize("isAuthenticated()")
    public CurrentUser currentUser() {
        return currentUser.require();
    }

    /** Users who may own clients and be assigned follow-ups (everyone enabled). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserSummary> listActiveUsers() {
        return users.findPeople().stream()
                .filter(AppUser::isEnabled)
                .map(UserService::summary)
                .toList();
    }

    /** For other features' use cases: a user to link to (author, "changed by"), without reading it. */
    @PreAuthorize("isAuthenticated()")
    public AppUser reference(long userId) {
        return users.getReferenceById(userId);
    }

    /** For other features' use cases: a user who can own clients and be assigned follow-ups. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AppUser requireEnabled(long userId) {
        return users.findById(userId)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> NotFoundException.of("user.goneOrDisabled"));
    }

    public record Account(
            long id,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            boolean locked,
            int failedLogins,
            long version) {}

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> listAccounts() {
        var now = clock.instant();
        return users.findPeople().stream()
                .map(u -> new Account(
                        u.getId(),
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getRole(),
                        u.isEnabled(),
                        u.isLockedAt(now),
                        u.getFailedLogins(),
                        u.getVersion()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long userId) {
        var user = users.findPerson(userId).orElseThrow(() -> NotFoundException.of("user.gone"));
        user.unlock();
        var me = currentUser.require();
        audit.record(
                AuditKind.USER_UNLOCKED,
                new AuditLog.Actor(me.id(), me.displayName()),
                null,
                user.getDisplayName() + " (" + user.getUsername() + ")",
                List.of());
    }

    /** Whether the signed-in user must choose a new password before anything else (an admin set theirs). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return users.findById(currentUser.require().id())
                .map(AppUser::mustChangePassword)
                .orElse(false);
    }

    /** The language the signed-in user chose, if they chose one (else the browser's is theirs). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> chosenLanguage() {
        return users.findById(currentUser.require().id())
                .map(AppUser::getLanguage)
                .map(Locale::forLanguageTag);
    }

    /** Remembers the signed-in user's language, one of those offered. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseLanguage(Locale language) {
        if (language == null || !Translations.offers(language)) {
            throw RuleViolationException.of("user.language.notOffered");
        }
        users.findById(currentUser.require().id())
                .orElseThrow(() -> NotFoundException.of("user.self.gone"))
                .chooseLanguage(language.getLanguage());
    }

    /** Every user changes their own password, proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String current, String chosen) {
        var user = users.findById(currentUser.require().id()).orElseThrow(() -> NotFoundException.of("user.self.gone"));
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            throw RuleViolationException.of("user.password.currentWrong");
        }
        AccountService.checkPassword(user.getUsername(), chosen);
        if (passwords.matches(chosen, user.getPasswordHash())) {
            throw RuleViolationException.of("user.password.same");
        }
        user.setOwnPassword(passwords.encode(chosen));
        audit.record(
                AuditKind.PASSWORD_CHANGED,
                new AuditLog.Actor(user.getId(), user.getDisplayName()),
                null,
                user.getDisplayName() + " (" + user.getUsername() + ")",
                List.of(new Text("audit.password.own")));
    }

    static UserSummary summary(AppUser u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole());
    }
}
