package com.journeycrm.journey;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientChanged.FieldChange;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientGuard;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Stage;
import com.journeycrm.stage.StageService;
import java.time.Clock;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a client between stages. Every move — drag and drop, the "Move to…" menu, the client view, undo — goes
 * through here, one small transaction each: the client changes stage and the move is appended to its history.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MoveService {

    private final ClientGuard guard;
    private final StageChangeRepository stageChanges;
    private final StageHistory history;
    private final StageService stages;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoveService(
            ClientGuard guard,
            StageChangeRepository stageChanges,
            StageHistory history,
            StageService stages,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.guard = guard;
        this.stageChanges = stageChanges;
        this.history = history;
        this.stages = stages;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refused when the caller may not change this client, when the client changed since the caller loaded it
     * ({@code expectedVersion}), or when the outcome is missing or does not fit the destination.
     */
    @Transactional
    public MoveResult moveClient(long clientId, long toStageId, Outcome outcome, String reason, long expectedVersion) {
        Client client = guard.mayChange(clientId, expectedVersion);
        Stage to = stages.require(toStageId);
        String why = reason(reason);
        CurrentUser me = currentUser.require();
        return recorded(
                history.move(client, to, outcome, why, users.reference(me.id()), clock.instant()), Kind.MOVED, me);
    }

    /**
     * Takes a move back: moves the client to the stage it came from, restoring when it had entered it. Itself
     * a recorded stage change (pointing at the move it undoes); refused if anything changed since, and for any move
     * but the client's last.
     */
    @Transactional
    public MoveResult undoMove(long stageChangeId, long expectedVersion) {
        StageChange move =
                stageChanges.findById(stageChangeId).orElseThrow(() -> NotFoundException.of("journey.move.gone"));
        Client client = guard.mayChange(move.getClient().getId(), expectedVersion);
        if (move.getFromStage() == null) {
            throw RuleViolationException.of("journey.undo.firstStage");
        }
        if (stageChanges.existsByUndoOfId(stageChangeId)) {
            throw RuleViolationException.of("journey.undo.alreadyUndone");
        }
        // the version alone lets an older move through (nothing changed since the last one): undoing it would move
        // the client from wherever it is now to where that move began
        if (!stageChanges
                .findLatestForClient(client.getId())
                .map(StageChange::getId)
                .orElseThrow()
                .equals(stageChangeId)) {
            throw RuleViolationException.of("journey.undo.notLast", client.getName());
        }
        if (move.getFromStage().isRetired()) {
            throw RuleViolationException.of(
                    "journey.undo.stageRemoved", move.getFromStage().getName());
        }
        CurrentUser me = currentUser.require();
        return recorded(
                history.undo(client, move, "Undo", users.reference(me.id()), clock.instant()), Kind.MOVE_UNDONE, me);
    }

    private static String reason(String reason) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (trimmed != null && trimmed.length() > StageChange.REASON_MAX) {
            throw RuleViolationException.of("journey.reason.tooLong", StageChange.REASON_MAX);
        }
        TextRules.refuseForbiddenCharacters(trimmed, true, "field.reason");
        return trimmed;
    }

    private MoveResult recorded(StageChange change, Kind kind, CurrentUser me) {
        Client client = change.getClient();
        try {
            stageChanges.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw guard.lostRace(client);
        }
        events.publishEvent(changed(kind, change, me));
        return new MoveResult(
                change.getId(),
                client.getId(),
                client.getName(),
                change.getFromStage().getId(),
                change.getToStage().getId(),
                change.getToStage().getName(),
                client.getVersion());
    }

    /** The event of a move: the stage (and outcome and reason) as the changed fields. */
    static ClientChanged changed(Kind kind, StageChange change, CurrentUser by) {
        var client = change.getClient();
        var changes = new ArrayList<FieldChange>();
        changes.add(new FieldChange(
                "field.audit.stage",
                change.getFromStage().getName(),
                change.getToStage().getName()));
        if (change.getOutcome() != null) {
            changes.add(new FieldChange("field.audit.outcome", null, change.getOutcome()));
        }
        if (change.getReason() != null) {
            changes.add(new FieldChange("field.audit.reason", null, change.getReason()));
        }
        return new ClientChanged(
                kind,
                client.getId(),
                client.getName(),
                change.getFromStage().getId(),
                change.getToStage().getId(),
                change.getToStage().getName(),
                by.id(),
                by.displayName(),
                change.getChangedAt(),
                changes);
    }
}
