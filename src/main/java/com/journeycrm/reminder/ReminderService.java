package com.journeycrm.reminder;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.client.FollowUpItem;
import com.journeycrm.journey.ClientMoved;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who needs a touch: clients gone quiet and overdue follow-ups — one's own, or (managers, admins) the whole
 * team's — and what to do about them: snooze, reassign, export to a calendar.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReminderService {

    public static final int SNOOZE_REASON_MAX = 200;
    public static final Duration SNOOZE_MAX = Duration.ofDays(365);

    private final ReminderRepository reminders;
    private final ClientRepository clients;
    private final AppUserRepository users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderService(ReminderRepository reminders, ClientRepository clients, AppUserRepository users,
                    CurrentUserProvider currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reminders = reminders;
        this.clients = clients;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** My quiet clients, most overdue first. */
    @Transactional(readOnly = true)
    public List<QuietClient> myQuietClients(Pageable page) {
        return reminders.findQuiet(currentUser.require().id(), clock.instant(), page);
    }

    @Transactional(readOnly = true)
    public long countMyQuietClients() {
        return reminders.countQuiet(currentUser.require().id(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<FollowUpItem> myOverdueFollowUps(Pageable page) {
        return reminders.findOpenFollowUps(currentUser.require().id(), clock.instant(), page);
    }

    @Transactional(readOnly = true)
    public long countMyOverdueFollowUps() {
        return reminders.countOpenFollowUps(currentUser.require().id(), clock.instant());
    }

    /** The navigation badge: how many reminders are due for me. */
    @Transactional(readOnly = true)
    public long myDueCount() {
        long me = currentUser.require().id();
        Instant now = clock.instant();
        return reminders.countQuiet(me, now) + reminders.countOpenFollowUps(me, now);
    }

    /** The whole team's quiet clients; {@code ownerId} null = everyone. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<QuietClient> teamQuietClients(Long ownerId, Pageable page) {
        return reminders.findQuiet(ownerId, clock.instant(), page);
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countTeamQuietClients(Long ownerId) {
        return reminders.countQuiet(ownerId, clock.instant());
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<FollowUpItem> teamOverdueFollowUps(Long assigneeId, Pageable page) {
        return reminders.findOpenFollowUps(assigneeId, clock.instant(), page);
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countTeamOverdueFollowUps(Long assigneeId) {
        return reminders.countOpenFollowUps(assigneeId, clock.instant());
    }

    /** Per owner: quiet clients and overdue follow-ups, most loaded first. Two grouped queries. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<OwnerCount> teamSummary() {
        Instant now = clock.instant();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : reminders.countQuietByOwner(now)) {
            names.put((Long) row[0], (String) row[1]);
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[0] = (Long) row[2];
        }
        for (Object[] row : reminders.countOverdueByAssignee(now)) {
            names.put((Long) row[0], (String) row[1]);
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[1] = (Long) row[2];
        }
        return counts.entrySet().stream()
                .map(e -> new OwnerCount(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(OwnerCount::total).reversed().thenComparing(OwnerCount::ownerName))
                .toList();
    }

    /**
     * Not quiet until {@code until}: the client drops off the quiet lists until then (or until someone is in touch,
     * whichever is first). Owners, managers and admins only.
     */
    @Transactional
    public void snooze(long clientId, Instant until, String reason) {
        CurrentUser me = currentUser.require();
        Client client = forChange(clientId, me);
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw new RuleViolationException("Snooze until a day in the future.");
        }
        if (until.isAfter(now.plus(SNOOZE_MAX))) {
            throw new RuleViolationException("Snooze for at most a year.");
        }
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (trimmed != null && trimmed.length() > SNOOZE_REASON_MAX) {
            throw new RuleViolationException("The reason can be at most " + SNOOZE_REASON_MAX + " characters.");
        }
        client.snooze(until, trimmed, users.getReferenceById(me.id()), now);
        publish(client, me);
    }

    /** Gives a client to another owner. Managers and admins only; refused if the client changed meanwhile. */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional
    public void reassign(long clientId, long newOwnerId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("That client no longer exists."));
        if (client.getVersion() != expectedVersion) {
            throw new ConflictException(client.getModifiedBy().getDisplayName() + " changed " + client.getName()
                    + " a moment ago. Nothing was changed; the list now shows the current state.");
        }
        var owner = users.findById(newOwnerId).filter(u -> u.isEnabled())
                .orElseThrow(() -> new NotFoundException("That user no longer exists."));
        client.reassign(owner, users.getReferenceById(me.id()), clock.instant());
        publish(client, me);
    }

    /** My open follow-ups as an iCalendar file (RFC 5545), one all-day-free event per follow-up at its due time. */
    @Transactional(readOnly = true)
    public String myFollowUpsAsIcs() {
        CurrentUser me = currentUser.require();
        Instant now = clock.instant();
        // a far but representable bound: Instant.MAX cannot be bound as a PostgreSQL timestamp
        var open = reminders.findOpenFollowUps(me.id(), now.plus(Duration.ofDays(36_500)), Pageable.ofSize(1000));
        var stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        var ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Journey CRM//Follow-ups//EN");
        line(ics, "CALSCALE:GREGORIAN");
        for (FollowUpItem f : open) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:follow-up-" + f.id() + "@journey-crm");
            line(ics, "DTSTAMP:" + stamp.format(now));
            line(ics, "DTSTART:" + stamp.format(f.dueAt()));
            line(ics, "DURATION:PT30M");
            line(ics, "SUMMARY:" + escape(f.what() + " — " + f.clientName()));
            line(ics, "DESCRIPTION:" + escape("Follow-up for " + f.clientName() + " in Journey CRM"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private Client forChange(long clientId, CurrentUser me) {
        Client client = clients.findById(clientId).orElseThrow(() -> new NotFoundException("That client no longer exists."));
        if (!me.mayChangeClientOwnedBy(client.getOwner().getId())) {
            throw new AccessDeniedException("You can snooze only your own clients.");
        }
        return client;
    }

    private void publish(Client client, CurrentUser me) {
        events.publishEvent(ClientMoved.cardChanged(client, me));
    }

    /** RFC 5545 text escaping; lines are folded at 75 octets by {@link #line}. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        // fold on character boundaries, keeping each physical line within 75 octets
        int budget = 75;
        var current = new StringBuilder();
        int used = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (used + len > budget) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                used = 0;
                budget = 74;
            }
            current.appendCodePoint(cp);
            used += len;
            i += Character.charCount(cp);
        }
        ics.append(current).append("\r\n");
    }
}
