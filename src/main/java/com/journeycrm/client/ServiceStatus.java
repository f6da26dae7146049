package com.journeycrm.client;

/** One catalogue service for one client. Not aware = the typecast risk: they do not know we offer it. */
public record ServiceStatus(long offeringId, String name, String description, boolean bought, boolean aware) {
}
