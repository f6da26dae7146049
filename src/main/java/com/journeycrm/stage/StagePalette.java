package com.journeycrm.stage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The colours a stage may take: mid-tone, so that both a card's stripe on the light theme's white and the dark
 * theme's near-black, and white text on a stage badge, keep a contrast of at least 3:1.
 */
public enum StagePalette {
    SLATE("#7c8da6"),
    BLUE("#5b8def"),
    INDIGO("#4f6bd8"),
    VIOLET("#8e7cc3"),
    PLUM("#a35c9c"),
    ROSE("#c2417a"),
    RUST("#c0582b"),
    AMBER("#e0a030"),
    OCHRE("#d08a1c"),
    GREEN("#2e9d5b"),
    FOREST("#3f7f3f"),
    TEAL("#1f8a8a"),
    GREY("#9e9e9e"),
    GRAPHITE("#6d6d6d");

    private final String hex;

    StagePalette(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    public static Optional<StagePalette> of(String hex) {
        return Arrays.stream(values()).filter(c -> c.hex.equalsIgnoreCase(hex)).findFirst();
    }
}
