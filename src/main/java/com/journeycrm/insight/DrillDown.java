package com.journeycrm.insight;

/** The clients behind one number of the Insights view, as found when it was opened: their ids. */
public record DrillDown(Figure figure, long[] ids) {

    public int size() {
        return ids.length;
    }
}
