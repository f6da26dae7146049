package com.journeycrm.client;

public enum Direction {
    INBOUND("Inbound"),
    OUTBOUND("Outbound");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
