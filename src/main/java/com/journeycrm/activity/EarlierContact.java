package com.journeycrm.activity;

import com.journeycrm.client.Client;
import com.journeycrm.client.Direction;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.security.AppUser;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last contact before a client was entered here — from another system's export — kept as a touch point and as
 * the client's last touch. Part of the caller's use case (the import: its checks, its transaction, its event).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class EarlierContact {

    private final TouchPointRepository touchPoints;
    private final TouchPointDays days;

    EarlierContact(TouchPointRepository touchPoints, TouchPointDays days) {
        this.touchPoints = touchPoints;
        this.days = days;
    }

    public void record(Client client, Instant at, String summary, AppUser by) {
        var touch = touchPoints.save(new TouchPoint(
                client, TouchPointType.OTHER, Direction.OUTBOUND, at, summary, null, by, null, client.getStage()));
        days.added(touch);
        client.recordTouch(TouchPointType.OTHER, at);
    }
}
