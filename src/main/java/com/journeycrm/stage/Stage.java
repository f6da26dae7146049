package com.journeycrm.stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** One column of the board. Seeded with the default journey (README, "The journey"); editable by an admin. */
@Entity
@Table(name = "stage")
public class Stage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    @Version
    private long version;

    protected Stage() {
    }

    public Stage(String name, Phase phase, StageKind kind, int position, String colour,
                 Integer quietThresholdDays, Integer wipLimit) {
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

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
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
        return new StageSummary(id, name, phase, kind, position, colour, quietThresholdDays, wipLimit, version);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Stage other && id != null && Objects.equals(id, other.id));
    }

    @Override
    public int hashCode() {
        return Stage.class.hashCode();
    }
}
