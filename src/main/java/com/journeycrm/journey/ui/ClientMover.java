package com.journeycrm.journey.ui;

import com.journeycrm.base.ConflictException;
import com.journeycrm.base.NotFoundException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.journey.JourneyService;
import com.journeycrm.journey.MoveResult;
import com.journeycrm.journey.Outcome;
import com.journeycrm.journey.StageSummary;
import java.time.Duration;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

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
    private final Runnable afterChange;
    private List<StageSummary> stages;

    /** @param afterChange runs after every attempt, successful or refused, so the caller shows fresh state */
    public ClientMover(JourneyService journey, List<StageSummary> stages, Runnable afterChange) {
        this.journey = journey;
        this.stages = stages;
        this.afterChange = afterChange;
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
        try {
            MoveResult result = journey.moveClient(subject.clientId(), to.id(), outcome, reason, subject.version());
            Notifications.withAction("Moved " + result.clientName() + " to " + result.toStageName() + ".", "Undo",
                    UNDO_WINDOW, () -> undo(result));
        } catch (ConflictException | RuleViolationException | NotFoundException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        } finally {
            afterChange.run();
        }
    }

    private void undo(MoveResult result) {
        try {
            journey.undoMove(result.stageChangeId(), result.newVersion());
            Notifications.info("Moved " + result.clientName() + " back to " + stage(result.fromStageId()).name() + ".");
        } catch (ConflictException | RuleViolationException | NotFoundException | AccessDeniedException e) {
            Notifications.error("Could not undo: " + e.getMessage());
        } finally {
            afterChange.run();
        }
    }

    private StageSummary stage(long id) {
        return stages.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("That stage no longer exists."));
    }
}
