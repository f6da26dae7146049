package com.journeycrm.insight;

/** A client behind a figure, as the drill-down lists it. */
public record DrillDownRow(long id, String name, String stageName, String ownerName) {}
