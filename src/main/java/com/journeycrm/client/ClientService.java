package com.journeycrm.client;

import static com.journeycrm.base.validation.TextRules.blankToNull;

import com.journeycrm.base.LikePattern;
import com.journeycrm.base.NotAllowedException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.SortColumns;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientFilter.Attention;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageService;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A client's profile: create, read, edit, and find clients by name. Everyone may read every client; only its
 * owner, managers and admins change it ({@link ClientGuard}).
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ClientService {

    public static final int QUICK_SEARCH_MIN = 2;
    static final int QUICK_SEARCH_MAX = 50;

    private final ClientRepository clients;
    private final ClientFactory factory;
    private final ClientGuard guard;
    private final StageService stages;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(
            ClientRepository clients,
            ClientFactory factory,
            ClientGuard guard,
            StageService stages,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clients = clients;
        this.factory = factory;
        this.guard = guard;
        this.stages = stages;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClientDetails details(long clientId) {
        Client c = clients.findWithRelations(clientId).orElseThrow(ClientGuard::gone);
        CurrentUser me = currentUser.require();
        return new ClientDetails(
                c.getId(),
                c.getName(),
                c.getIndustry(),
                c.getWebsite(),
                c.getNotes(),
                c.getSource(),
                c.getReferredBy() == null ? null : c.getReferredBy().getId(),
                c.getReferredBy() == null ? null : c.getReferredBy().getName(),
                c.getOwner().getId(),
                c.getOwner().getDisplayName(),
                c.getStage().getId(),
                c.getStage().getName(),
                c.getStage().getQuietThresholdDays(),
                c.getStageEnteredAt(),
                c.getLastTouchAt(),
                c.getLastTouchType(),
                c.getNextTouchDue(),
                c.getNextFollowUpDue(),
                c.getSnoozedUntil(),
                c.getSnoozeReason(),
                c.getVersion(),
                me.mayChangeClientOwnedBy(c.getOwner().getId()));
    }

    /** Columns the client list may be sorted by, and what each sorts on; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name",
            "c.name",
            "industry",
            "c.industry",
            "stage",
            "s.position",
            "owner",
            "o.displayName",
            "lastTouch",
            "c.lastTouchAt");

    /**
     * A page of the client list in the order asked (by name when none), always ending on the id so that pages
     * never overlap or skip a client with the same name.
     */
    @Transactional(readOnly = true)
    public List<ClientListItem> search(ClientFilter filter, Pageable page) {
        var sort = SortColumns.of(page.getSort(), SORTABLE, "c.id", "c.name");
        var f = filter;
        return clients.search(
                pattern(f.text()),
                f.stageId(),
                f.ownerId(),
                f.attention() == Attention.QUIET,
                f.attention() == Attention.FOLLOW_UP_OVERDUE,
                clock.instant(),
                PageRequest.of(page.getPageNumber(), page.getPageSize(), sort));
    }

    @Transactional(readOnly = true)
    public long countSearch(ClientFilter filter) {
        if (filter.all()) {
            // the list as it opens: H2 counts a table at once, where the filtered count tests every client
            return clients.count();
        }
        return clients.countSearch(
                pattern(filter.text()),
                filter.stageId(),
                filter.ownerId(),
                filter.attention() == Attention.QUIET,
                filter.attention() == Attention.FOLLOW_UP_OVERDUE,
                clock.instant());
    }

    /**
     * The top bar's search: first the clients whose name or website contains the text (one row each), then the
     * contacts whose name, email or phone does, grouped under their client. Fewer than two characters find nothing
     * (every client contains "a").
     */
    @Transactional(readOnly = true)
    public List<ClientSearchHit> quickSearch(String text, int limit) {
        if (text == null || text.strip().length() < QUICK_SEARCH_MIN) {
            return List.of();
        }
        int most = Math.min(limit, QUICK_SEARCH_MAX);
        var hits = new ArrayList<>(clients.quickSearchClients(pattern(text), PageRequest.of(0, most)));
        if (hits.size() < most) {
            hits.addAll(clients.quickSearchContacts(pattern(text), PageRequest.of(0, most - hits.size())));
        }
        return hits;
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

    @Transactional
    public long create(@Valid ClientProfile form, long stageId, Long ownerId) {
        return create(form, stageId, ownerId, null);
    }

    /**
     * A new client in a pre-purchase stage, owned by the creator (managers and admins may pick the owner), with
     * its first contact when one is given: both or neither.
     */
    @Transactional
    public long create(@Valid ClientProfile form, long stageId, Long ownerId, @Valid ContactDetails firstContact) {
        CurrentUser me = currentUser.require();
        var stage = stages.require(stageId);
        if (stage.getPhase() != Phase.PRE_PURCHASE) {
            throw RuleViolationException.of("client.new.prePurchase");
        }
        long owner = ownerId == null ? me.id() : ownerId;
        if (owner != me.id() && !me.seesWholeTeam()) {
            throw NotAllowedException.of("client.new.forOthers");
        }
        Instant now = clock.instant();
        Client client = factory.create(
                form, stage, users.requireEnabled(owner), firstContact, false, users.reference(me.id()), now);
        events.publishEvent(ClientChanged.of(Kind.CREATED, client, me, now));
        return client.getId();
    }

    /** Every client's name and website, one after the other without a copy: the import compares a file with them. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public void forEachNameAndWebsite(BiConsumer<String, @Nullable String> pair) {
        try (var existing = clients.streamNamesAndWebsites()) {
            existing.forEach(row -> pair.accept((String) row[0], (String) row[1]));
        }
    }

    /** @return the client's new version */
    @Transactional
    public long updateProfile(long clientId, @Valid ClientProfile form, long expectedVersion) {
        Client client = guard.mayChange(clientId, expectedVersion);
        if (form.getReferredBy() != null && form.getReferredBy().id() == clientId) {
            throw RuleViolationException.of("client.referrer.self");
        }
        CurrentUser me = currentUser.require();
        Instant now = clock.instant();
        var changes = client.updateProfile(
                form.getName().strip(),
                blankToNull(form.getIndustry()),
                blankToNull(form.getWebsite()),
                form.getSource(),
                referrer(form),
                blankToNull(form.getNotes()),
                users.reference(me.id()),
                now);
        clients.flush();
        events.publishEvent(ClientChanged.of(Kind.PROFILE_EDITED, client, me, now, changes));
        return client.getVersion();
    }

    private Client referrer(ClientProfile form) {
        return form.getReferredBy() == null
                ? null
                : clients.findById(form.getReferredBy().id())
                        .orElseThrow(() -> NotFoundException.of("client.referrer.gone"));
    }

    private static String pattern(String text) {
        return LikePattern.contains(text, Client.NAME_MAX);
    }
}
