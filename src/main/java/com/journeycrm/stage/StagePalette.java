package com.journeycrm.stage;

import java.util.Arrays;
import java.util.Optional;

/**
 * The colours a stage may take: mid-tone, so that both a card's stripe on the light theme's white and the dark
 * theme's near-black, and white text on a stage badge, keep a contrast of at least 3:1.
 */
public enum StagePalette {
    SLATE("Slate", "#7c8da6"),
    BLUE("Blue", "#5b8def"),
    INDIGO("Indigo", "#4f6bd8"),
    VIOLET("Violet", "#8e7cc3"),
    PLUM("Plum", "#a35c9c"),
    ROSE("Rose", "#c2417a"),
    RUST("Rust", "#c0582b"),
    AMBER("Amber", "#e0a030"),
    OCHRE("Ochre", "#d08a1c"),
    GREEN("Green", "#2e9d5b"),
    FOREST("Forest", "#3f7f3f"),
    TEAL("Teal", "#1f8a8a"),
    GREY("Grey", "#9e9e9e"),
    GRAPHITE("Graphite", "#6d6d6d");

    private final String label;
    private final String hex;

    StagePalette(String label, String hex) {
        this.label = label;
        this.hex = hex;
    }

    public String label() {
        return label;
    }

    public String hex() {
        return hex;
    }

    public static Optional<StagePalette> of(String hex) {
        return Arrays.stream(values()).filter(c -> c.hex.equalsIgnoreCase(hex)).findFirst();
    }
}
