package com.journeycrm.journey.ui;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.journey.MoveResult;
import com.journeycrm.journey.MoveService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The one UI path for moving a client, shared by drag and drop, the "Move to…" menu and the client view:
 * asks for an outcome when the move records one, calls {@link MoveService#moveClient}, reports refusals
 * in words, and offers Undo for 10 seconds.
 */
public class ClientMover {

    static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

    /** The client being moved as the caller last saw it. */
    public record Subject(long clientId, String name, long stageId, long version) {}

    private final MoveService moves;
    private final List<StageSummary> stages;
    private final LongConsumer afterMove;
    private final Runnable afterRefusal;
    private final String refusalNote;

    /**
     * @param afterMove    runs with the client's id after a move or undo went through
     * @param afterRefusal runs after a refusal: the caller's view is stale and should be re-read in full
     * @param refusalNote  what the caller's view then shows, in words for the refusal message
     */
    public ClientMover(
            MoveService moves,
            List<StageSummary> stages,
            LongConsumer afterMove,
            Runnable afterRefusal,
            String refusalNote) {
        this.moves = moves;
        this.stages = stages;
        this.afterMove = afterMove;
        this.afterRefusal = afterRefusal;
        this.refusalNote = refusalNote;
    }

    public void request(Subject subject, StageSummary to) {
        StageSummary from = stage(subject.stageId());
        if (from.id() == to.id()) {
            return;
        }
        List<Outcome> choices = Outcome.choicesFor(from.kind(), to.kind());
        if (choices.isEmpty()) {
            move(subject, to, null, null);
        } else {
            var dialog = new OutcomeDialog(subject.name(), from.name(), to.name(), choices);
            dialog.addConfirmListener(e -> {
                if (move(subject, to, e.outcome(), e.reason())) {
                    dialog.close();
                }
            });
            dialog.open();
        }
    }

    private boolean move(Subject subject, StageSummary to, Outcome outcome, String reason) {
        MoveResult[] result = new MoveResult[1];
        boolean moved = Attempt.run(
                () -> result[0] = moves.moveClient(subject.clientId(), to.id(), outcome, reason, subject.version()),
                null,
                refusalNote);
        if (moved) {
            Notifications.withAction(
                    I18NProvider.translate("journey.moved", result[0].clientName(), result[0].toStageName()),
                    I18NProvider.translate("journey.undo"),
                    UNDO_WINDOW,
                    () -> undo(result[0]));
        }
        if (moved) {
            afterMove.accept(subject.clientId());
        } else {
            afterRefusal.run();
        }
        return moved;
    }

    private void undo(MoveResult result) {
        boolean undone = Attempt.run(
                () -> moves.undoMove(result.stageChangeId(), result.newVersion()),
                I18NProvider.translate(
                        "journey.movedBack",
                        result.clientName(),
                        stage(result.fromStageId()).name()),
                refusalNote);
        if (undone) {
            afterMove.accept(result.clientId());
        } else {
            afterRefusal.run();
        }
    }

    private StageSummary stage(long id) {
        return stages.stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("stage.gone"));
    }
}
