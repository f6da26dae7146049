package com.journeycrm.offering;

import com.journeycrm.base.Text;

/**
 * One catalogue service for one client. Not aware = the typecast risk: they do not know we offer it. A retired
 * service shows only where the client already had it, and cannot be changed.
 */
public record ServiceStatus(
        long offeringId, String name, String description, boolean bought, boolean aware, boolean retired) {

    /** "bought", "knows of it", or "neither": the values the audit trail records. */
    static Text describe(boolean bought, boolean aware) {
        return new Text(bought ? "audit.service.bought" : aware ? "audit.service.aware" : "audit.service.neither");
    }
}
