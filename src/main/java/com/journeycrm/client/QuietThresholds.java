package com.journeycrm.client;

import com.journeycrm.stage.StagesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A stage's quiet threshold changed: its clients' next-touch-due follows in the same transaction, as one set-based
 * update (not a loop over clients).
 */
@Component
class QuietThresholds {

    private final ClientRepository clients;

    QuietThresholds(ClientRepository clients) {
        this.clients = clients;
    }

    @EventListener
    void retime(StagesChanged change) {
        if (change.retunedStageId() == null) {
            return;
        }
        if (change.quietThresholdDays() == null) {
            clients.neverQuietIn(change.retunedStageId());
        } else {
            clients.retimeNextTouchDue(change.retunedStageId(), change.quietThresholdDays());
        }
        clients.reattend(change.retunedStageId());
    }
}
