package com.journeycrm.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * From counted events in the period (a "not now" decision, or an arrival between engagements) to the client's first
 * later counted arrival in an active engagement, as ClientSets' NOT_NOW_THEN_HIRED and LOOP_RETURNED list them. Fed
 * by {@link MoveFold} with every counted move since the period began (the next engagement may begin after it ends);
 * the clients are those of the fold, by index.
 */
final class EngagementGaps {

    private static final long NANOS = 1_000_000_000L;

    record Gaps(long clients, long followedUp, Double medianDays) {}

    private final int clients;
    /** Per event or arrival: the client's index, then its time in nanoseconds since the epoch. */
    private final LongList notNow = new LongList();

    private final LongList between = new LongList();
    private final LongList arrivals = new LongList();
    private int[] starts;
    private long[] times;

    EngagementGaps(int clients) {
        this.clients = clients;
    }

    /** A counted "not now" decision in the period. */
    void notNow(int client, Instant at) {
        notNow.add(client);
        notNow.add(nanos(at));
    }

    /** A counted arrival between engagements in the period. */
    void between(int client, Instant at) {
        between.add(client);
        between.add(nanos(at));
    }

    void arrival(int client, Instant at) {
        arrivals.add(client);
        arrivals.add(nanos(at));
    }

    private static long nanos(Instant at) {
        return at.getEpochSecond() * NANOS + at.getNano();
    }

    /** NOT_NOW_THEN_HIRED: clients with a "not now", those hired since, the median gap in days. */
    Gaps notNowThenHired() {
        return gaps(notNow, null);
    }

    /** LOOP_RETURNED: clients who arrived between engagements, those back within the window, the median gap. */
    Gaps returned(Duration within) {
        return gaps(between, within);
    }

    /**
     * [clients with an event, clients whose next engagement began (within {@code within} when given), the median
     * gap in days of those events].
     */
    private Gaps gaps(LongList events, Duration within) {
        if (times == null) {
            sortArrivals();
        }
        boolean[] withEvent = new boolean[clients];
        boolean[] followed = new boolean[clients];
        var seconds = new LongList();
        long withinNanos = within == null ? Long.MAX_VALUE : within.toNanos();
        for (int i = 0; i < events.size(); i += 2) {
            int client = (int) events.get(i);
            long at = events.get(i + 1);
            withEvent[client] = true;
            // the first arrival after the event
            int next = Arrays.binarySearch(times, starts[client], starts[client + 1], at + 1);
            next = next < 0 ? -next - 1 : next;
            if (next < starts[client + 1] && times[next] - at <= withinNanos) {
                followed[client] = true;
                seconds.add(Math.floorDiv(times[next], NANOS) - Math.floorDiv(at, NANOS));
            }
        }
        long[] sorted = seconds.sorted();
        return new Gaps(
                count(withEvent), count(followed), sorted.length == 0 ? null : Percentiles.of(sorted, 0.5) / 86_400);
    }

    /** Each client's arrivals, ascending, at starts[client] .. starts[client + 1] of times (a counting sort). */
    private void sortArrivals() {
        starts = new int[clients + 1];
        for (int i = 0; i < arrivals.size(); i += 2) {
            starts[(int) arrivals.get(i) + 1]++;
        }
        Arrays.parallelPrefix(starts, Integer::sum);
        times = new long[arrivals.size() / 2];
        int[] filled = Arrays.copyOf(starts, clients);
        for (int i = 0; i < arrivals.size(); i += 2) {
            times[filled[(int) arrivals.get(i)]++] = arrivals.get(i + 1);
        }
        for (int c = 0; c < clients; c++) {
            if (starts[c + 1] - starts[c] > 1) {
                Arrays.sort(times, starts[c], starts[c + 1]);
            }
        }
    }

    private static long count(boolean[] clients) {
        long n = 0;
        for (boolean c : clients) {
            n += c ? 1 : 0;
        }
        return n;
    }
}
