package com.journeycrm.insight;

import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * The H2 trigger of migration V23, dropped by V27 (a move now records whether it counts itself). H2 names this class
 * in every database created before V27 and loads it when such a database opens, before Flyway drops the trigger: so
 * the class stays, and refuses to run should it ever fire.
 */
public class MoveFactsTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        throw new IllegalStateException("The move facts trigger was dropped by migration V27");
    }
}
