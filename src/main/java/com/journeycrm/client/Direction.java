package com.journeycrm.client;

public enum Direction {
    INBOUND,
    OUTBOUND;
}
