package com.journeycrm.stage;

import com.journeycrm.base.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One column of the board. Seeded with the default journey (README, "The journey"); editable by an admin. */
@Entity
@Table(name = "stage")
public class Stage extends VersionedEntity {

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StageKind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 7)
    private String colour;

    /** Days a client may go without a touch point here before it counts as gone quiet; null = never. */
    @Column(name = "quiet_threshold_days")
    private Integer quietThresholdDays;

    @Column(name = "wip_limit")
    private Integer wipLimit;

    /** Removed by an admin after clients had passed through it: gone from boards, kept for their history. */
    @Column(nullable = false)
    private boolean retired;

    protected Stage() {}

    public Stage(
            String name,
            Phase phase,
            StageKind kind,
            int position,
            String colour,
            Integer quietThresholdDays,
            Integer wipLimit) {
        this.name = name;
        this.phase = phase;
        this.kind = kind;
        this.position = position;
        this.colour = colour;
        this.quietThresholdDays = quietThresholdDays;
        this.wipLimit = wipLimit;
    }

    /** Name, colour, quiet threshold and WIP limit, as an admin edits them; phase and kind never change. */
    void reshape(String name, String colour, Integer quietThresholdDays, Integer wipLimit) {
        this.name = name;
        this.colour = colour;
        this.quietThresholdDays = quietThresholdDays;
        this.wipLimit = wipLimit;
    }

    void placeAt(int position) {
        this.position = position;
    }

    void retire() {
        this.retired = true;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getName() {
        return name;
    }

    public Phase getPhase() {
        return phase;
    }

    public StageKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getColour() {
        return colour;
    }

    public Integer getQuietThresholdDays() {
        return quietThresholdDays;
    }

    public Integer getWipLimit() {
        return wipLimit;
    }

    public StageSummary toSummary() {
        return new StageSummary(
                getId(), name, phase, kind, position, colour, quietThresholdDays, wipLimit, getVersion());
    }
}
