package com.journeycrm.insight;

import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * The trigger H2 migration V23 creates and V28 drops. H2 loads the class a trigger names when it is created, so a new
 * database needs it while its migrations run; the copy of a fact it kept is no longer kept (docs/architecture.md,
 * "Derived facts"), so it does nothing meanwhile.
 */
public class MoveFactsTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        // the facts it kept are dropped with it
    }
}
