package com.journeycrm.security;

import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditLog;
import com.journeycrm.base.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 failed logins in a row. Failures for names that do not exist
 * are counted in a bounded memory the same way ({@link UnknownNameLockout}), so that "account locked" never
 * confirms that a username exists.
 */
@Component
class LoginAttempts {

    private final AppUserRepository users;
    private final Clock clock;
    private final UnknownNameLockout unknownNames;
    private final AuditLog audit;

    LoginAttempts(AppUserRepository users, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.unknownNames = new UnknownNameLockout(clock);
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        if (!AppUser.couldBeUsername(name)) {
            return; // nobody can have it: nothing to count, nothing to remember
        }
        Instant now = clock.instant();
        users.findByUsernameIgnoreCase(name.trim())
                .filter(u -> u.getRole() != Role.SYSTEM)
                .ifPresentOrElse(
                        user -> {
                            user.recordFailedLogin(now);
                            var who = new AuditLog.Actor(user.getId(), user.getUsername());
                            audit.record(
                                    now,
                                    AuditKind.LOGIN_FAILED,
                                    who,
                                    null,
                                    user.getDisplayName(),
                                    List.of(new Text("audit.login.wrongPassword")));
                            if (user.isLockedAt(now)) {
                                audit.record(
                                        now,
                                        AuditKind.LOCKED_OUT,
                                        who,
                                        null,
                                        user.getDisplayName(),
                                        List.of(new Text("audit.login.locked", AppUser.MAX_FAILED_LOGINS)));
                            }
                        },
                        () -> {
                            unknownNames.recordFailure(name);
                            // the typed name, as typed (trimmed to the column): who tried, with a name that is nobody's
                            audit.record(
                                    now,
                                    AuditKind.LOGIN_FAILED,
                                    new AuditLog.Actor(null, name.strip()),
                                    null,
                                    null,
                                    List.of(new Text("audit.login.noSuchUser")));
                        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(AppUser::recordSuccessfulLogin);
    }

    boolean isUnknownNameLocked(String name) {
        return unknownNames.isLocked(name);
    }

    long trackedUnknownNames() {
        return unknownNames.trackedNames();
    }
}
