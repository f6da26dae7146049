package com.journeycrm.insight;

import com.journeycrm.base.Text;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The clients behind one number of the Insights view, as found when it was opened: their ids, and for a figure that
 * counts touch points rather than clients (a heat-map cell) how many of them each client had, so that the list adds
 * up to the number that opened it, and the cell in words ("Call, outbound, in Interested").
 */
public record DrillDown(
        Figure figure,
        long[] ids,
        Map<Long, Long> touchPoints,
        @Nullable Text cell) {

    public DrillDown(Figure figure, long[] ids) {
        this(figure, ids, Map.of(), null);
    }

    /** Whether the number that opened this list counts touch points (the sum of {@link #touchPoints()}). */
    public boolean countsTouchPoints() {
        return cell != null;
    }

    public long touchPointsTotal() {
        return touchPoints.values().stream().mapToLong(Long::longValue).sum();
    }

    public int size() {
        return ids.length;
    }
}
