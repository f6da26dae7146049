package com.journeycrm.journey;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientCard;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journey's use cases: the stages, the board's columns, and moving a client between stages. Every
 * move — drag and drop, the "Move to…" menu, the client view, undo — goes through {@link #moveClient}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class JourneyService {

    private final StageRepository stages;
    private final StageChangeRepository stageChanges;
    private final ClientRepository clients;
    private final AppUserRepository users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JourneyService(StageRepository stages, StageChangeRepository stageChanges, ClientRepository clients,
                   AppUserRepository users, CurrentUserProvider currentUser, ApplicationEventPublisher events,
                   Clock clock) {
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.clients = clients;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StageSummary> listStages() {
        return stages.findAllByOrderByPositionAsc().stream().map(Stage::toSummary).toList();
    }

    /** Every column's count in one query. Stages without clients are absent (count 0). */
    @Transactional(readOnly = true)
    public Map<Long, Long> countByStage(BoardFilter filter) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : clients.countByStage(filter.ownerId(), filter.namePattern(), filter.attentionOnly(),
                clock.instant())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** One page of one column, needing-attention first, then longest in stage. */
    @Transactional(readOnly = true)
    public List<ClientCard> column(long stageId, BoardFilter filter, Pageable page) {
        return clients.findColumn(stageId, filter.ownerId(), filter.namePattern(), filter.attentionOnly(),
                clock.instant(), page);
    }

    @Transactional(readOnly = true)
    public ClientCard card(long clientId) {
        return clients.findCard(clientId).orElseThrow(() -> new NotFoundException("That client no longer exists."));
    }

    /**
     * Moves a client to another stage in one transaction: updates the client (stage, entered at, next touch
     * due) and appends a stage change. Refused when the caller may not change this client, when the client
     * changed since the caller loaded it ({@code expectedVersion}), or when the move needs an outcome.
     */
    @Transactional
    public MoveResult moveClient(long clientId, long toStageId, Outcome outcome, String reason,
                                 long expectedVersion) {
        CurrentUser me = currentUser.require();
        Client client = loadForChange(clientId, me, expectedVersion);
        Stage to = stages.findById(toStageId).orElseThrow(() -> new NotFoundException("That stage no longer exists."));
        Stage from = client.getStage();
        if (from.equals(to)) {
            throw new RuleViolationException(client.getName() + " is already in " + to.getName() + ".");
        }
        var choices = Outcome.choicesFor(from.getKind(), to.getKind());
        if (!choices.isEmpty() && outcome == null) {
            throw new RuleViolationException("Moving " + client.getName() + " to " + to.getName()
                    + " needs an outcome.");
        }
        if (outcome != null && !choices.contains(outcome)) {
            throw new RuleViolationException("\"" + outcome.label() + "\" is not an outcome of moving to "
                    + to.getName() + ".");
        }
        Instant now = clock.instant();
        return apply(client, from, to, outcome, reason, null, now, now, me);
    }

    /**
     * Takes a move back: moves the client to the stage it came from, restoring when it had entered it. Itself
     * a recorded stage change (pointing at the move it undoes); refused if anything changed since.
     */
    @Transactional
    public MoveResult undoMove(long stageChangeId, long expectedVersion) {
        CurrentUser me = currentUser.require();
        StageChange move = stageChanges.findById(stageChangeId)
                .orElseThrow(() -> new NotFoundException("That move no longer exists."));
        Client client = loadForChange(move.getClient().getId(), me, expectedVersion);
        if (move.getFromStage() == null) {
            throw new RuleViolationException("The first stage of a client cannot be undone.");
        }
        Instant now = clock.instant();
        return apply(client, client.getStage(), move.getFromStage(), null, "Undo", move,
                move.getFromEnteredAt() != null ? move.getFromEnteredAt() : now, now, me);
    }

    private Client loadForChange(long clientId, CurrentUser me, long expectedVersion) {
        Client client = clients.findById(clientId)
                .orElseThrow(() -> new NotFoundException("That client no longer exists."));
        if (!me.mayChangeClientOwnedBy(client.getOwner().getId())) {
            throw new AccessDeniedException("You can move only your own clients; "
                    + client.getName() + " belongs to someone else.");
        }
        if (client.getVersion() != expectedVersion) {
            throw new ConflictException(describeLatestChange(client));
        }
        return client;
    }

    private MoveResult apply(Client client, Stage from, Stage to, Outcome outcome, String reason, StageChange undoOf,
                             Instant enteredAt, Instant now, CurrentUser me) {
        String trimmedReason = reason == null || reason.isBlank() ? null : reason.trim();
        if (trimmedReason != null && trimmedReason.length() > StageChange.REASON_MAX) {
            throw new RuleViolationException("The reason can be at most " + StageChange.REASON_MAX + " characters.");
        }
        var by = users.getReferenceById(me.id());
        Instant fromEnteredAt = client.getStageEnteredAt();
        client.moveTo(to, enteredAt, by, now);
        var change = stageChanges.save(new StageChange(client, from, fromEnteredAt, to, outcome, trimmedReason, undoOf,
                by, now));
        try {
            clients.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException(client.getName() + " was changed by someone else a moment ago.");
        }
        events.publishEvent(new ClientMoved(client.getId(), client.getName(), from.getId(), to.getId(), me.id(),
                me.displayName(), to.getName()));
        return new MoveResult(change.getId(), client.getId(), client.getName(), from.getId(), to.getId(),
                to.getName(), client.getVersion());
    }

    /** "Dana moved Acme to Informed a moment ago" — whatever happened last to the client. */
    private String describeLatestChange(Client client) {
        var latestMove = stageChanges.findLatestForClient(client.getId());
        String ago = ago(client.getModifiedAt());
        if (latestMove.isPresent() && !latestMove.get().getChangedAt().isBefore(client.getModifiedAt())) {
            var move = latestMove.get();
            return move.getChangedBy().getDisplayName() + " moved " + client.getName() + " to "
                    + move.getToStage().getName() + " " + ago + ". The board now shows the current state.";
        }
        return client.getModifiedBy().getDisplayName() + " changed " + client.getName() + " " + ago
                + ". The board now shows the current state.";
    }

    private String ago(Instant then) {
        long minutes = Duration.between(then, clock.instant()).toMinutes();
        if (minutes < 2) {
            return "a moment ago";
        }
        if (minutes < 120) {
            return minutes + " minutes ago";
        }
        return Duration.ofMinutes(minutes).toHours() + " hours ago";
    }
}
