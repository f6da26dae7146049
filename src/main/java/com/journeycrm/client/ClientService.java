package com.journeycrm.client;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.journey.ClientMoved;
import com.journeycrm.journey.Phase;
import com.journeycrm.journey.StageChange;
import com.journeycrm.journey.StageChangeRepository;
import com.journeycrm.journey.StageRepository;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Use cases around one client: profile, contacts, touch points and timeline, follow-ups, services,
 * referrals. Everyone may read every client; only its owner, managers and admins change it.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ClientService {

    /** A timeline is read a page at a time; beyond this many entries the oldest are not paged to. */
    static final int TIMELINE_MAX = 2_000;
    private static final Set<TouchPointType> COUNTING = Arrays.stream(TouchPointType.values())
            .filter(TouchPointType::countsAsContact).collect(Collectors.toCollection(() -> EnumSet.noneOf(TouchPointType.class)));

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final TouchPointRepository touchPoints;
    private final FollowUpRepository followUps;
    private final OfferingRepository offerings;
    private final ClientOfferingRepository clientOfferings;
    private final StageRepository stages;
    private final StageChangeRepository stageChanges;
    private final AppUserRepository users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, ContactRepository contacts, TouchPointRepository touchPoints,
                  FollowUpRepository followUps, OfferingRepository offerings, ClientOfferingRepository clientOfferings,
                  StageRepository stages, StageChangeRepository stageChanges, AppUserRepository users,
                  CurrentUserProvider currentUser, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.touchPoints = touchPoints;
        this.followUps = followUps;
        this.offerings = offerings;
        this.clientOfferings = clientOfferings;
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public ClientDetails details(long clientId) {
        Client c = clients.findWithRelations(clientId).orElseThrow(ClientService::gone);
        CurrentUser me = currentUser.require();
        return new ClientDetails(c.getId(), c.getName(), c.getIndustry(), c.getWebsite(), c.getNotes(), c.getSource(),
                c.getReferredBy() == null ? null : c.getReferredBy().getId(),
                c.getReferredBy() == null ? null : c.getReferredBy().getName(),
                c.getOwner().getId(), c.getOwner().getDisplayName(), c.getStage().getId(), c.getStage().getName(),
                c.getStage().getQuietThresholdDays(), c.getStageEnteredAt(), c.getLastTouchAt(), c.getLastTouchType(),
                c.getNextTouchDue(), c.getNextFollowUpDue(), c.getSnoozedUntil(), c.getVersion(),
                me.mayChangeClientOwnedBy(c.getOwner().getId()));
    }

    @Transactional(readOnly = true)
    public List<ClientListItem> search(String nameContains, Pageable page) {
        return clients.search(pattern(nameContains), page);
    }

    @Transactional(readOnly = true)
    public long countSearch(String nameContains) {
        return clients.countSearch(pattern(nameContains));
    }

    /** For "referred by" pickers: clients whose name contains the text. */
    @Transactional(readOnly = true)
    public List<ClientRef> findRefs(String nameContains, Pageable page) {
        return clients.findRefs(pattern(nameContains), page);
    }

    @Transactional(readOnly = true)
    public List<ClientRef> referredBy(long clientId) {
        return clients.findReferredBy(clientId);
    }

    @Transactional(readOnly = true)
    public List<ContactItem> contacts(long clientId) {
        return contacts.findByClientIdOrderByActiveDescNameAsc(clientId).stream().map(ClientService::item).toList();
    }

    @Transactional(readOnly = true)
    public List<FollowUpItem> followUps(long clientId) {
        return followUps.findForClient(clientId);
    }

    @Transactional(readOnly = true)
    public List<ServiceStatus> services(long clientId) {
        Map<Long, ClientOffering> links = clientOfferings.findByIdClientId(clientId).stream()
                .collect(Collectors.toMap(l -> l.getId().offeringId(), Function.identity()));
        return offerings.findByActiveTrueOrderByPositionAsc().stream().map(o -> {
            var link = links.get(o.getId());
            return new ServiceStatus(o.getId(), o.getName(), o.getDescription(), link != null && link.isBought(),
                    link != null && link.isAware());
        }).toList();
    }

    /**
     * The client's touch points (of the given types) and, optionally, its stage changes, newest first.
     * Both lists are read sorted from their indexes and merged; only offset + limit rows of each are read.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long clientId, Set<TouchPointType> types, boolean stageChangesToo,
                                        int offset, int limit) {
        int needed = Math.min(offset + limit, TIMELINE_MAX);
        CurrentUser me = currentUser.require();
        Client client = clients.findById(clientId).orElseThrow(ClientService::gone);
        boolean mayChangeClient = me.mayChangeClientOwnedBy(client.getOwner().getId());
        List<TimelineEntry> merged = new ArrayList<>();
        if (!types.isEmpty()) {
            for (TouchPoint t : touchPoints.findTimeline(clientId, types, PageRequest.of(0, needed))) {
                boolean editable = mayChangeClient && (me.seesWholeTeam() || t.getAuthor().getId() == me.id());
                merged.add(new TimelineEntry(t.getOccurredAt(), t.getId(), t.getType(), t.getDirection(), t.getSummary(),
                        t.getNotes(), t.getAuthor().getDisplayName(),
                        t.getContact() == null ? null : t.getContact().getName(), editable));
            }
        }
        if (stageChangesToo) {
            for (StageChange sc : stageChanges.findLatestForClient(clientId, PageRequest.of(0, needed))) {
                String title = sc.getFromStage() == null ? "Added in " + sc.getToStage().getName()
                        : (sc.getUndoOf() != null ? "Undo: back to " : "Moved from " + sc.getFromStage().getName() + " to ")
                        + sc.getToStage().getName();
                String detail = sc.getOutcome() == null ? sc.getReason()
                        : sc.getOutcome().label() + (sc.getReason() == null ? "" : " — " + sc.getReason());
                merged.add(new TimelineEntry(sc.getChangedAt(), null, null, null, title, detail,
                        sc.getChangedBy().getDisplayName(), null, false));
            }
        }
        merged.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return merged.subList(Math.min(offset, merged.size()), Math.min(needed, merged.size()));
    }

    @Transactional(readOnly = true)
    public int timelineCount(long clientId, Set<TouchPointType> types, boolean stageChangesToo) {
        long count = (types.isEmpty() ? 0 : touchPoints.countByClientIdAndTypeIn(clientId, types))
                + (stageChangesToo ? stageChanges.countByClientId(clientId) : 0);
        return (int) Math.min(count, TIMELINE_MAX);
    }

    // ---- changing ----

    /** A new client in a pre-purchase stage, owned by the creator (managers and admins may pick the owner). */
    @Transactional
    public long create(@Valid ProfileForm form, long stageId, Long ownerId) {
        CurrentUser me = currentUser.require();
        var stage = stages.findById(stageId).orElseThrow(() -> new NotFoundException("That stage no longer exists."));
        if (stage.getPhase() != Phase.PRE_PURCHASE) {
            throw new RuleViolationException("A new client starts in a pre-purchase stage.");
        }
        long owner = ownerId == null ? me.id() : ownerId;
        if (owner != me.id() && !me.seesWholeTeam()) {
            throw new AccessDeniedException("Only managers can create clients for someone else.");
        }
        Instant now = clock.instant();
        AppUser by = users.getReferenceById(me.id());
        AppUser ownerUser = users.findById(owner).orElseThrow(() -> new NotFoundException("That user no longer exists."));
        var client = new Client(form.getName().trim(), form.getSource(), ownerUser, stage, now, by);
        client.updateProfile(form.getName().trim(), blankToNull(form.getIndustry()), blankToNull(form.getWebsite()),
                form.getSource(), referrer(form), blankToNull(form.getNotes()), by, now);
        clients.save(client);
        stageChanges.save(new StageChange(client, null, null, stage, null, null, null, by, now));
        publish(client, me);
        return client.getId();
    }

    @Transactional
    public long updateProfile(long clientId, @Valid ProfileForm form, long expectedVersion) {
        CurrentUser me = currentUser.require();
        Client client = forChange(clientId, me, expectedVersion);
        if (form.getReferredBy() != null && form.getReferredBy().id() == clientId) {
            throw new RuleViolationException("A client cannot have referred itself.");
        }
        client.updateProfile(form.getName().trim(), blankToNull(form.getIndustry()), blankToNull(form.getWebsite()),
                form.getSource(), referrer(form), blankToNull(form.getNotes()), users.getReferenceById(me.id()),
                clock.instant());
        clients.flush();
        publish(client, me);
        return client.getVersion();
    }

    @Transactional
    public void saveContact(long clientId, @Valid ContactForm form) {
        CurrentUser me = currentUser.require();
        Client client = forChange(clientId, me, null);
        if (form.getId() == null) {
            contacts.save(new Contact(client, form.getName().trim(), blankToNull(form.getJobTitle()),
                    blankToNull(form.getEmail()), blankToNull(form.getPhone())));
        } else {
            var contact = contacts.findById(form.getId())
                    .filter(c -> c.getClient().getId() == clientId)
                    .orElseThrow(() -> new NotFoundException("That contact no longer exists."));
            contact.update(form.getName().trim(), blankToNull(form.getJobTitle()), blankToNull(form.getEmail()),
                    blankToNull(form.getPhone()), form.isActive());
        }
    }

    /**
     * Logs an interaction; when it is real contact and the latest, the client's last touch and next touch due
     * move with it, in the same transaction.
     */
    @Transactional
    public void logTouchPoint(long clientId, @Valid TouchPointForm form) {
        CurrentUser me = currentUser.require();
        Client client = forChange(clientId, me, null);
        Instant at = checkedTime(form.getOccurredAt());
        var touch = new TouchPoint(client, form.getType(), form.getDirection(), at, form.getSummary().trim(),
                blankToNull(form.getNotes()), users.getReferenceById(me.id()), contact(clientId, form.getContact()));
        touchPoints.save(touch);
        client.recordTouch(form.getType(), at);
        publish(client, me);
    }

    @Transactional
    public void updateTouchPoint(long touchPointId, @Valid TouchPointForm form) {
        CurrentUser me = currentUser.require();
        TouchPoint touch = ownTouchPoint(touchPointId, me);
        Instant at = checkedTime(form.getOccurredAt());
        touch.update(form.getType(), form.getDirection(), at, form.getSummary().trim(), blankToNull(form.getNotes()),
                contact(touch.getClient().getId(), form.getContact()));
        touchPoints.flush();
        recomputeLastTouch(touch.getClient());
        publish(touch.getClient(), me);
    }

    @Transactional
    public void deleteTouchPoint(long touchPointId) {
        CurrentUser me = currentUser.require();
        TouchPoint touch = ownTouchPoint(touchPointId, me);
        Client client = touch.getClient();
        touchPoints.delete(touch);
        touchPoints.flush();
        recomputeLastTouch(client);
        publish(client, me);
    }

    @Transactional(readOnly = true)
    public TouchPointForm touchPointForm(long touchPointId) {
        TouchPoint t = touchPoints.findById(touchPointId).orElseThrow(() -> new NotFoundException("That touch point no longer exists."));
        var form = new TouchPointForm();
        form.setType(t.getType());
        form.setDirection(t.getDirection());
        form.setOccurredAt(LocalDateTime.ofInstant(t.getOccurredAt(), clock.getZone()));
        form.setSummary(t.getSummary());
        form.setNotes(t.getNotes() == null ? "" : t.getNotes());
        form.setContact(t.getContact() == null ? null : item(t.getContact()));
        return form;
    }

    @Transactional
    public void scheduleFollowUp(long clientId, String what, Instant dueAt, Long assigneeId) {
        CurrentUser me = currentUser.require();
        Client client = forChange(clientId, me, null);
        if (what == null || what.isBlank() || what.trim().length() > FollowUp.WHAT_MAX) {
            throw new RuleViolationException("Say what to do, in at most " + FollowUp.WHAT_MAX + " characters.");
        }
        if (dueAt == null) {
            throw new RuleViolationException("Choose when it is due.");
        }
        long assignee = assigneeId == null ? me.id() : assigneeId;
        if (assignee != me.id() && !me.seesWholeTeam() && assignee != client.getOwner().getId()) {
            throw new AccessDeniedException("Sales staff assign follow-ups to themselves or the client's owner.");
        }
        AppUser assigneeUser = users.findById(assignee).orElseThrow(() -> new NotFoundException("That user no longer exists."));
        followUps.save(new FollowUp(client, assigneeUser, what.trim(), dueAt, users.getReferenceById(me.id()),
                clock.instant()));
        followUps.flush();
        client.setNextFollowUpDue(followUps.findEarliestOpenDue(clientId));
        publish(client, me);
    }

    @Transactional
    public void completeFollowUp(long followUpId) {
        CurrentUser me = currentUser.require();
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new NotFoundException("That follow-up no longer exists."));
        Client client = followUp.getClient();
        if (!me.mayChangeClientOwnedBy(client.getOwner().getId()) && followUp.getAssignee().getId() != me.id()) {
            throw new AccessDeniedException("You can complete only your own follow-ups.");
        }
        followUp.markDone(clock.instant());
        followUps.flush();
        client.setNextFollowUpDue(followUps.findEarliestOpenDue(client.getId()));
        publish(client, me);
    }

    @Transactional
    public void setService(long clientId, long offeringId, boolean bought, boolean aware) {
        CurrentUser me = currentUser.require();
        forChange(clientId, me, null);
        offerings.findById(offeringId).orElseThrow(() -> new NotFoundException("That service no longer exists."));
        var key = new ClientOffering.Key(clientId, offeringId);
        clientOfferings.findById(key).ifPresentOrElse(link -> link.set(bought, aware),
                () -> clientOfferings.save(new ClientOffering(clientId, offeringId, bought, aware)));
    }

    // ---- helpers ----

    private Client forChange(long clientId, CurrentUser me, Long expectedVersion) {
        Client client = clients.findById(clientId).orElseThrow(ClientService::gone);
        if (!me.mayChangeClientOwnedBy(client.getOwner().getId())) {
            throw new AccessDeniedException("You can change only your own clients; " + client.getName()
                    + " belongs to " + client.getOwner().getDisplayName() + ".");
        }
        if (expectedVersion != null && client.getVersion() != expectedVersion) {
            throw new ConflictException(client.getModifiedBy().getDisplayName() + " changed " + client.getName()
                    + " after you opened it. Nothing was saved; the view now shows their version.");
        }
        return client;
    }

    private TouchPoint ownTouchPoint(long touchPointId, CurrentUser me) {
        TouchPoint touch = touchPoints.findById(touchPointId)
                .orElseThrow(() -> new NotFoundException("That touch point no longer exists."));
        boolean mine = touch.getAuthor().getId() == me.id();
        if (!(me.seesWholeTeam() || (mine && me.mayChangeClientOwnedBy(touch.getClient().getOwner().getId())))) {
            throw new AccessDeniedException("You can change only touch points you logged.");
        }
        return touch;
    }

    private void recomputeLastTouch(Client client) {
        var latest = touchPoints.findLatestContact(client.getId(), COUNTING, PageRequest.of(0, 1));
        if (latest.isEmpty()) {
            client.resetLastTouch(null, null);
        } else {
            client.resetLastTouch(latest.getFirst().getOccurredAt(), latest.getFirst().getType());
        }
    }

    private Instant checkedTime(LocalDateTime occurredAt) {
        Instant at = occurredAt.atZone(clock.getZone()).toInstant();
        if (at.isAfter(clock.instant())) {
            throw new RuleViolationException("A touch point cannot be in the future.");
        }
        return at;
    }

    private Contact contact(long clientId, ContactItem item) {
        if (item == null) {
            return null;
        }
        return contacts.findById(item.id()).filter(c -> c.getClient().getId() == clientId)
                .orElseThrow(() -> new NotFoundException("That contact no longer exists."));
    }

    private Client referrer(ProfileForm form) {
        return form.getReferredBy() == null ? null
                : clients.findById(form.getReferredBy().id())
                        .orElseThrow(() -> new NotFoundException("The referring client no longer exists."));
    }

    private void publish(Client client, CurrentUser me) {
        events.publishEvent(ClientMoved.cardChanged(client, me));
    }

    static ContactItem item(Contact c) {
        return new ContactItem(c.getId(), c.getName(), c.getJobTitle(), c.getEmail(), c.getPhone(), c.isActive(),
                c.getVersion());
    }

    private static String pattern(String text) {
        return new com.journeycrm.journey.BoardFilter(null, text, false).namePattern();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static NotFoundException gone() {
        return new NotFoundException("That client no longer exists.");
    }
}
