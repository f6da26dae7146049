package com.journeycrm.journey;

import com.journeycrm.client.Client;
import com.journeycrm.client.ClientHistory;
import com.journeycrm.security.AppUser;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's stage history: the one place a stage change is written — its arrival, a move, an undo — each together
 * with the client's own change of stage, as part of the caller's use case (its checks, its transaction, its event).
 * Also what other features read of the history.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StageHistory implements ClientHistory {

    private final StageChangeRepository stageChanges;

    StageHistory(StageChangeRepository stageChanges) {
        this.stageChanges = stageChanges;
    }

    @Override
    public void arrived(Client client, boolean imported, AppUser by, Instant at) {
        stageChanges.save(StageChange.arrival(client, imported, by, at));
    }

    /** Moves the client (its rules refuse what does not fit) and records the move, entered at {@code at}. */
    public StageChange move(
            Client client, Stage to, @Nullable Outcome outcome, @Nullable String reason, AppUser by, Instant at) {
        Stage from = client.getStage();
        Instant fromEnteredAt = client.getStageEnteredAt();
        client.moveTo(to, outcome, by, at);
        return stageChanges.save(new StageChange(client, from, fromEnteredAt, to, outcome, reason, null, by, at));
    }

    /** Takes {@code move} back: the client returns to where it came from, as entered then; recorded as an undo. */
    StageChange undo(Client client, StageChange move, String reason, AppUser by, Instant at) {
        Stage from = client.getStage();
        Instant fromEnteredAt = client.getStageEnteredAt();
        Instant enteredAt = move.getFromEnteredAt() != null ? move.getFromEnteredAt() : at;
        client.undoMove(move.getFromStage(), enteredAt, move.getUndoOf() != null, by, at);
        return stageChanges.save(
                new StageChange(client, from, fromEnteredAt, move.getFromStage(), null, reason, move, by, at));
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<LastMove> lastMove(long clientId) {
        return stageChanges
                .findLatestForClient(clientId)
                .filter(move -> move.getFromStage() != null)
                .map(move -> new LastMove(
                        move.getChangedBy().getDisplayName(), move.getToStage().getName(), move.getChangedAt()));
    }

    /** The stage the client was in at {@code at}: that of its last change at or before it, or else its first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Stage stageAt(long clientId, Instant at) {
        return stageChanges.stageAt(clientId, at);
    }

    /** The client's latest {@code limit} stage changes, newest first. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<StageChange> latest(long clientId, int limit) {
        return stageChanges.findLatestForClient(clientId, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long count(long clientId) {
        return stageChanges.countByClientId(clientId);
    }
}
