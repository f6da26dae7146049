package com.journeycrm.journey.ui;

import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.journey.JourneyService;
import com.journeycrm.journey.MoveResult;
import com.journeycrm.journey.Outcome;
import com.journeycrm.journey.StageSummary;
import java.time.Duration;
import java.util.List;

/**
 * The one UI path for moving a client, shared by drag and drop, the "Move to…" menu and the client view:
 * asks for an outcome when the move records one, calls {@link JourneyService#moveClient}, reports refusals
 * in words, and offers Undo for 10 seconds.
 */
public class ClientMover {

    static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

    /** The client being moved as the caller last saw it. */
    public record Subject(long clientId, String name, long stageId, long version) {
    }

    private final JourneyService journey;
    private final Runnable afterMove;
    private final Runnable afterRefusal;
    private List<StageSummary> stages;

    /**
     * @param afterMove    runs after a move or undo went through
     * @param afterRefusal runs after a refusal: the caller's view is stale and should be re-read in full
     */
    public ClientMover(JourneyService journey, List<StageSummary> stages, Runnable afterMove, Runnable afterRefusal) {
        this.journey = journey;
        this.stages = stages;
        this.afterMove = afterMove;
        this.afterRefusal = afterRefusal;
    }

    public void setStages(List<StageSummary> stages) {
        this.stages = stages;
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
            new OutcomeDialog(subject.name(), from.name(), to.name(), choices,
                    (outcome, reason) -> move(subject, to, outcome, reason)).open();
        }
    }

    private void move(Subject subject, StageSummary to, Outcome outcome, String reason) {
        MoveResult[] result = new MoveResult[1];
        boolean moved = Attempt.run(() -> result[0] = journey.moveClient(subject.clientId(), to.id(), outcome,
                reason, subject.version()), null);
        if (moved) {
            Notifications.withAction("Moved " + result[0].clientName() + " to " + result[0].toStageName() + ".",
                    "Undo", UNDO_WINDOW, () -> undo(result[0]));
        }
        (moved ? afterMove : afterRefusal).run();
    }

    private void undo(MoveResult result) {
        boolean undone = Attempt.run(() -> journey.undoMove(result.stageChangeId(), result.newVersion()),
                "Moved " + result.clientName() + " back to " + stage(result.fromStageId()).name() + ".");
        (undone ? afterMove : afterRefusal).run();
    }

    private StageSummary stage(long id) {
        return stages.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("That stage no longer exists."));
    }
}
