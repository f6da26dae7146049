package com.journeycrm.insight;

/** A client who bought one service and knows of no other: who to tell about the rest. */
public record CrossSellRow(long id, String name, String service, String stageName, String ownerName) {}
