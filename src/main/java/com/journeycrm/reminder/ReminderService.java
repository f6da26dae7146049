package com.journeycrm.reminder;

import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.base.SortColumns;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who needs a touch: clients gone quiet and overdue follow-ups — one's own, or (managers, admins) the whole
 * team's. What to do about them lives with the client (log a touch point, schedule a follow-up, snooze, reassign).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReminderService {

    private final ReminderRepository reminders;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    ReminderService(ReminderRepository reminders, CurrentUserProvider currentUser, Clock clock) {
        this.reminders = reminders;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My quiet clients, most overdue first. */
    @Transactional(readOnly = true)
    public List<QuietClient> myQuietClients(Pageable page) {
        return reminders.findQuiet(currentUser.require().id(), clock.instant(), quietOrder(page));
    }

    @Transactional(readOnly = true)
    public long countMyQuietClients() {
        return reminders.countQuiet(currentUser.require().id(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<FollowUpItem> myOverdueFollowUps(Pageable page) {
        return reminders.findOpenFollowUps(currentUser.require().id(), clock.instant(), followUpOrder(page));
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
        return reminders.findQuiet(ownerId, clock.instant(), quietOrder(page));
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long countTeamQuietClients(Long ownerId) {
        return reminders.countQuiet(ownerId, clock.instant());
    }

    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<FollowUpItem> teamOverdueFollowUps(Long assigneeId, Pageable page) {
        return reminders.findOpenFollowUps(assigneeId, clock.instant(), followUpOrder(page));
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

    /** Most overdue first unless the user sorts by a column; "overdue" ascending means the fewest days first. */
    private static Pageable quietOrder(Pageable page) {
        return PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                SortColumns.of(
                        page.getSort(),
                        Map.of(
                                "client",
                                "c.name",
                                "owner",
                                "o.displayName",
                                "overdue",
                                "-c.nextTouchDue",
                                "lastTouch",
                                "c.lastTouchAt"),
                        "c.id",
                        "c.nextTouchDue"));
    }

    private static Pageable followUpOrder(Pageable page) {
        return PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                SortColumns.of(
                        page.getSort(),
                        Map.of("client", "c.name", "assignee", "a.displayName", "due", "f.dueAt", "what", "f.what"),
                        "f.id",
                        "f.dueAt"));
    }
}
