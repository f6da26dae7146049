package com.journeycrm.stage;

import com.journeycrm.base.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin sets on a stage (form bean of the stage dialog, checked again by the service). */
public class StageSettings {

    public static final int NAME_MAX = 60;
    public static final int QUIET_MAX_DAYS = 3650;
    public static final int WIP_MAX = 100_000;

    @NotBlank(message = "{validation.stage.name}")
    @Size(max = NAME_MAX, message = "{validation.size.max}")
    @PlainText
    private String name = "";

    @NotNull(message = "{validation.stage.colour}")
    private StagePalette colour = StagePalette.SLATE;

    @Min(value = 1, message = "{validation.min.days}")
    @Max(value = QUIET_MAX_DAYS, message = "{validation.max.days}")
    private Integer quietThresholdDays;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = WIP_MAX, message = "{validation.max}")
    private Integer wipLimit;

    public static StageSettings of(StageSummary stage) {
        var s = new StageSettings();
        s.name = stage.name();
        s.colour = StagePalette.of(stage.colour()).orElse(null);
        s.quietThresholdDays = stage.quietThresholdDays();
        s.wipLimit = stage.wipLimit();
        return s;
    }

    public static StageSettings of(String name, StagePalette colour, Integer quietThresholdDays, Integer wipLimit) {
        var s = new StageSettings();
        s.name = name;
        s.colour = colour;
        s.quietThresholdDays = quietThresholdDays;
        s.wipLimit = wipLimit;
        return s;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StagePalette getColour() {
        return colour;
    }

    public void setColour(StagePalette colour) {
        this.colour = colour;
    }

    public Integer getQuietThresholdDays() {
        return quietThresholdDays;
    }

    public void setQuietThresholdDays(Integer quietThresholdDays) {
        this.quietThresholdDays = quietThresholdDays;
    }

    public Integer getWipLimit() {
        return wipLimit;
    }

    public void setWipLimit(Integer wipLimit) {
        this.wipLimit = wipLimit;
    }
}
