package com.journeycrm.client;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not quiet until a given day: the client drops off the quiet lists until then, or until someone is in touch,
 * whichever is first. Its owner, managers and admins only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SnoozeService {

    public static final int REASON_MAX = 200;
    public static final Duration LONGEST = Duration.ofDays(365);

    private final ClientGuard guard;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnoozeService(
            ClientGuard guard,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guard = guard;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void snooze(long clientId, Instant until, String reason) {
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw RuleViolationException.of("snooze.future");
        }
        if (until.isAfter(now.plus(LONGEST))) {
            throw RuleViolationException.of("snooze.tooLong");
        }
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (trimmed != null && trimmed.length() > REASON_MAX) {
            throw RuleViolationException.of("journey.reason.tooLong", REASON_MAX);
        }
        TextRules.refuseForbiddenCharacters(trimmed, true, "field.reason");
        Client client = guard.mayChange(clientId, null);
        CurrentUser me = currentUser.require();
        client.snooze(until, trimmed, users.reference(me.id()), now);
        var changes = new ArrayList<FieldChange>();
        changes.add(new FieldChange("field.audit.snoozedUntil", null, until));
        if (trimmed != null) {
            changes.add(new FieldChange("field.audit.snoozeReason", null, trimmed));
        }
        events.publishEvent(ClientChanged.of(Kind.SNOOZED, client, me, now, changes));
    }
}
