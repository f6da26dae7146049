package com.journeycrm.journey;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientChanged.Kind;
import com.journeycrm.client.ClientFinder;
import com.journeycrm.security.CurrentUserProvider;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StageService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emptying a stage an admin removes: every client in it moves to the stage the admin chose, each move recorded as
 * a stage change like any other, and the stage is removed — all in one transaction, or nothing.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MoveAllService {

    private final ClientFinder clients;
    private final StageHistory history;
    private final StageService stages;
    private final StageAdminService stageAdmin;
    private final UserService users;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoveAllService(
            ClientFinder clients,
            StageHistory history,
            StageService stages,
            StageAdminService stageAdmin,
            UserService users,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clients = clients;
        this.history = history;
        this.stages = stages;
        this.stageAdmin = stageAdmin;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many clients moved */
    @Transactional
    public int moveAllAndRemove(long fromStageId, long toStageId) {
        if (fromStageId == toStageId) {
            throw RuleViolationException.of("journey.moveAll.sameStage");
        }
        var from = stages.require(fromStageId);
        var to = stages.require(toStageId);
        // the destination alone decides the outcome (Outcome.choicesFor gives at most one)
        var outcomes = Outcome.choicesFor(from.getKind(), to.getKind());
        Outcome outcome = outcomes.isEmpty() ? null : outcomes.getFirst();
        var me = currentUser.require();
        var by = users.reference(me.id());
        var now = clock.instant();
        var moving = clients.inStage(fromStageId);
        for (Client client : moving) {
            var change = history.move(client, to, outcome, "Stage " + from.getName() + " removed", by, now);
            events.publishEvent(MoveService.changed(Kind.MOVED, change, me));
        }
        clients.flush();
        stageAdmin.remove(fromStageId);
        return moving.size();
    }
}
