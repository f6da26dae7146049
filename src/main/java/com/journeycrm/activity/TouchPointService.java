package com.journeycrm.activity;

import static com.journeycrm.base.validation.TextRules.blankToNull;

import com.journeycrm.base.NotAllowedException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientFinder;
import com.journeycrm.client.ClientGuard;
import com.journeycrm.client.Contact;
import com.journeycrm.client.ContactItem;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.StageHistory;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Logging, correcting and deleting touch points. When real contact is logged (or the latest one changes), the
 * client's last touch and next touch due follow in the same transaction.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class TouchPointService {

    private static final Set<TouchPointType> COUNTING = Arrays.stream(TouchPointType.values())
            .filter(TouchPointType::countsAsContact)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(TouchPointType.class)));

    private final TouchPointRepository touchPoints;
    private final StageHistory history;
    private final ClientFinder clients;
    private final ClientGuard guard;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TouchPointDays days;

    TouchPointService(
            TouchPointRepository touchPoints,
            StageHistory history,
            ClientFinder clients,
            ClientGuard guard,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            TouchPointDays days) {
        this.touchPoints = touchPoints;
        this.history = history;
        this.clients = clients;
        this.guard = guard;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.days = days;
    }

    /** {@code form.getOccurredAt()} is wall-clock time in {@code zone}, the user's own time zone. */
    @Transactional
    public void logTouchPoint(long clientId, @Valid TouchPointDetails form, ZoneId zone) {
        Client client = guard.mayChange(clientId, null);
        CurrentUser me = currentUser.require();
        Instant at = checkedTime(form.getOccurredAt(), zone, client);
        var touch = touchPoints.save(new TouchPoint(
                client,
                form.getType(),
                form.getDirection(),
                at,
                form.getSummary().trim(),
                blankToNull(form.getNotes()),
                users.reference(me.id()),
                contact(clientId, form.getContact()),
                history.stageAt(clientId, at)));
        days.added(touch);
        client.recordTouch(form.getType(), at);
        events.publishEvent(ClientChanged.of(
                Kind.TOUCH_POINT_LOGGED,
                client,
                me,
                clock.instant(),
                List.of(new FieldChange("field.audit.touchPoint", null, touch.describe()))));
    }

    @Transactional
    public void updateTouchPoint(long touchPointId, @Valid TouchPointDetails form, ZoneId zone) {
        TouchPoint touch = authored(touchPointId);
        Instant at = checkedTime(form.getOccurredAt(), zone, touch.getClient());
        Text before = touch.describe();
        days.removed(TouchPointDays.Cell.of(touch));
        touch.update(
                form.getType(),
                form.getDirection(),
                at,
                form.getSummary().trim(),
                blankToNull(form.getNotes()),
                contact(touch.getClient().getId(), form.getContact()));
        touch.placeIn(history.stageAt(touch.getClient().getId(), at));
        days.added(touch);
        touchPoints.flush();
        recomputeLastTouch(touch.getClient());
        events.publishEvent(ClientChanged.of(
                Kind.TOUCH_POINT_EDITED,
                touch.getClient(),
                currentUser.require(),
                clock.instant(),
                List.of(new FieldChange("field.audit.touchPoint", before, touch.describe()))));
    }

    @Transactional
    public void deleteTouchPoint(long touchPointId) {
        TouchPoint touch = authored(touchPointId);
        Client client = touch.getClient();
        Text before = touch.describe();
        days.removed(TouchPointDays.Cell.of(touch));
        touchPoints.delete(touch);
        touchPoints.flush();
        recomputeLastTouch(client);
        events.publishEvent(ClientChanged.of(
                Kind.TOUCH_POINT_DELETED,
                client,
                currentUser.require(),
                clock.instant(),
                List.of(new FieldChange("field.audit.touchPoint", before, null))));
    }

    /** A touch point as its edit form shows it, in the user's time zone. */
    @Transactional(readOnly = true)
    public TouchPointDetails touchPoint(long touchPointId, ZoneId zone) {
        TouchPoint t = touchPoints.findById(touchPointId).orElseThrow(TouchPointService::gone);
        var form = new TouchPointDetails();
        form.setType(t.getType());
        form.setDirection(t.getDirection());
        form.setOccurredAt(LocalDateTime.ofInstant(t.getOccurredAt(), zone));
        form.setSummary(t.getSummary());
        form.setNotes(t.getNotes() == null ? "" : t.getNotes());
        form.setContact(t.getContact() == null ? null : ContactItem.of(t.getContact()));
        return form;
    }

    /** Sales staff change only touch points they logged on their own clients; managers and admins any. */
    private TouchPoint authored(long touchPointId) {
        TouchPoint touch = touchPoints.findById(touchPointId).orElseThrow(TouchPointService::gone);
        guard.mayChange(touch.getClient(), null);
        CurrentUser me = currentUser.require();
        if (!me.seesWholeTeam() && touch.getAuthor().getId() != me.id()) {
            throw NotAllowedException.of("touchPoint.notAuthor");
        }
        return touch;
    }

    private void recomputeLastTouch(Client client) {
        var latest = touchPoints.findLatestContact(client.getId(), COUNTING, PageRequest.of(0, 1));
        if (latest.isEmpty()) {
            client.resetLastTouch(null, null);
        } else {
            client.resetLastTouch(
                    latest.getFirst().getOccurredAt(), latest.getFirst().getType());
        }
    }

    /**
     * Not in the future, and not long before the client came to the firm's attention (a typo, like 1926). A time in
     * the current minute is now: the form offers the minute, and a call logged right after a move belongs to the
     * stage the client was just moved to, not to the one it left seconds before.
     */
    private Instant checkedTime(LocalDateTime occurredAt, ZoneId zone, Client client) {
        Instant now = clock.instant();
        Instant at = occurredAt.atZone(zone).toInstant();
        if (at.truncatedTo(ChronoUnit.MINUTES).equals(now.truncatedTo(ChronoUnit.MINUTES))) {
            at = now;
        }
        if (at.isAfter(now)) {
            throw RuleViolationException.of("touchPoint.future");
        }
        Instant earliest = client.getCreatedAt().minus(TouchPoint.EARLIEST_BEFORE_CLIENT);
        if (at.isBefore(earliest)) {
            throw RuleViolationException.of("touchPoint.tooEarly", client.getName());
        }
        return at;
    }

    private Contact contact(long clientId, ContactItem item) {
        return item == null ? null : clients.contact(clientId, item.id());
    }

    private static NotFoundException gone() {
        return NotFoundException.of("touchPoint.gone");
    }
}
