package com.journeycrm.insight;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one definition of each {@link Figure}: a query whose rows are {@code k} (the key — a stage, an outcome, a
 * source, a referrer, a heat-map cell; null where the figure has none) and {@code id} (a client), plus {@code at}
 * (when it happened) for the figures the trends split by month. A figure's number for a key is the count of distinct
 * clients of its rows with that key, and its drill-down lists exactly those clients ({@link InsightQueries}). Named
 * parameters: {@code from}, {@code to} (the period, half-open), {@code owner} (0 for everyone), {@code now}. Plain SQL
 * that H2 and PostgreSQL both run.
 */
final class ClientSets {

    /** A move that counts: not an undo, and not undone since (the database keeps the flag: V22, V23). */
    static String counts(String move) {
        return move + ".counted";
    }

    static final String VALID = counts("sc");

    static final String OWNER = "(:owner = 0 or c.owner_id = :owner)";

    static final String IN_PERIOD = "sc.changed_at >= :from and sc.changed_at < :to";

    /** A step of the funnel: a pre-purchase stage that is not an exit (Not now, Lost). Retired ones too. */
    static String funnel(String stage) {
        return "(%1$s.phase = 'PRE_PURCHASE' and %1$s.kind in ('STANDARD', 'DECIDING'))".formatted(stage);
    }

    private static final String FROM_PRE_PURCHASE =
            "sc.from_stage_id in (select p.id from stage p where p.phase = 'PRE_PURCHASE')";

    private static final String HIRED = "(st.kind = 'ACTIVE' and " + FROM_PRE_PURCHASE + ")";

    /** Every arrival that counts, in the period, for clients of the owner: stage {@code st}, client {@code c}. */
    private static final String ARRIVALS = """
            from stage_change sc join client c on c.id = sc.client_id join stage st on st.id = sc.to_stage_id
            where %s and %s and %s""".formatted(VALID, IN_PERIOD, OWNER);

    /** Per client with an arrival in the period: its furthest funnel step's position (null: none), hired or not. */
    private static final String REACH = """
            (select sc.client_id id, max(case when %s then st.position end) furthest,
                    max(case when %s then 1 else 0 end) hired
             %s group by sc.client_id) r""".formatted(funnel("st"), HIRED, ARRIVALS);

    /** Reached funnel step {@code k} but not the next one (nor hired), and now in a stage {@code now_st}. */
    private static final String STOPPED = """
            select k.id k, r.id id from %s join stage k on %s and r.hired = 0 and r.furthest = k.position
              join client c on c.id = r.id join stage now_st on now_st.id = c.stage_id
            where""".formatted(REACH, funnel("k"));

    /** First a counted arrival of the period, then a later counted arrival in an active engagement. */
    private static String followedByEngagement(String within) {
        return """
                exists (select 1 from stage_change h join stage hs on hs.id = h.to_stage_id
                        where h.client_id = sc.client_id and h.changed_at > sc.changed_at %s
                          and hs.kind = 'ACTIVE' and %s)""".formatted(within, counts("h"));
    }

    /** A year (365 days) after an arrival between engagements, a new engagement no longer counts as a return. */
    static final String LOOP_WINDOW = "and h.changed_at <= sc.changed_at + interval '365' day";

    private static final String NOT_NOW_DECIDED = """
            from stage_change sc join client c on c.id = sc.client_id join stage f on f.id = sc.from_stage_id
            where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome = 'NOT_NOW'"""
            .formatted(VALID, IN_PERIOD, OWNER);

    private static final String LOOP_ARRIVALS = ARRIVALS + " and st.phase = 'BETWEEN_ENGAGEMENTS'";

    private static final String CREATED = "from client c where c.created_at >= :from and c.created_at < :to and "
            + OWNER;

    private static final String CURRENT = "from client c join stage st on st.id = c.stage_id where " + OWNER;

    private static final Map<Figure, String> SQL = new EnumMap<>(Map.ofEntries(
            Map.entry(Figure.ENTERED, "select sc.to_stage_id k, sc.client_id id " + ARRIVALS),
            Map.entry(Figure.REACHED, """
                    select k.id k, r.id id from %s join stage k on %s and (r.hired = 1 or r.furthest >= k.position)"""
                    .formatted(REACH, funnel("k"))),
            Map.entry(Figure.HIRED, "select null k, sc.client_id id, sc.changed_at at " + ARRIVALS + " and " + HIRED),
            Map.entry(Figure.STOPPED_NOT_NOW, STOPPED + " now_st.kind = 'NURTURE'"),
            Map.entry(Figure.STOPPED_LOST, STOPPED + " now_st.kind = 'LOST'"),
            Map.entry(Figure.STOPPED_STILL_THERE, STOPPED + " now_st.kind not in ('NURTURE', 'LOST')"),
            Map.entry(Figure.DECIDED, """
                    select sc.outcome k, sc.client_id id
                    from stage_change sc join client c on c.id = sc.client_id join stage f on f.id = sc.from_stage_id
                    where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome is not null"""
                    .formatted(VALID, IN_PERIOD, OWNER)),
            Map.entry(Figure.NOT_NOW_THEN_HIRED, "select null k, sc.client_id id " + NOT_NOW_DECIDED + " and "
                    + followedByEngagement("")),
            Map.entry(Figure.SOURCE, "select c.source k, c.id id " + CREATED),
            Map.entry(Figure.SOURCE_HIRED, "select c.source k, c.id id " + CREATED + " and c.hires > 0"),
            Map.entry(Figure.LOOP_ENTERED, "select null k, sc.client_id id " + LOOP_ARRIVALS),
            Map.entry(Figure.LOOP_RETURNED, "select null k, sc.client_id id " + LOOP_ARRIVALS + " and "
                    + followedByEngagement(LOOP_WINDOW)),
            Map.entry(Figure.REPEAT, "select null k, c.id id " + CURRENT + " and c.engagements >= 2"),
            Map.entry(Figure.LOOP_QUIET, "select null k, c.id id " + CURRENT
                    + " and st.phase = 'BETWEEN_ENGAGEMENTS' and c.next_touch_due < :now"),
            Map.entry(Figure.ADVOCATES, "select null k, c.id id " + CURRENT + " and st.kind = 'ADVOCATE'"),
            Map.entry(Figure.REFERRED, "select null k, c.id id " + CREATED + " and c.referred_by_id is not null"),
            Map.entry(Figure.REFERRED_HIRED, "select null k, c.id id " + CREATED
                    + " and c.referred_by_id is not null and c.engagements > 0"),
            Map.entry(Figure.REFERRED_BY, "select c.referred_by_id k, c.id id " + CREATED
                    + " and c.referred_by_id is not null"),
            Map.entry(Figure.TOUCHED, """
                    select cast(tp.stage_id as varchar(20)) || ':' || tp.type || ':' || tp.direction k, tp.client_id id
                    from touch_point tp join client c on c.id = tp.client_id
                    where tp.occurred_at >= :from and tp.occurred_at < :to and %s""".formatted(OWNER)),
            Map.entry(Figure.IN_STAGE, "select c.stage_id k, c.id id " + CURRENT),
            Map.entry(Figure.QUIET, "select c.stage_id k, c.id id " + CURRENT + " and c.next_touch_due < :now"),
            Map.entry(Figure.LEFT_STAGE, """
                    select sc.from_stage_id k, sc.client_id id from stage_change sc join client c on c.id = sc.client_id
                    where %s and %s and %s and sc.from_entered_at is not null""".formatted(VALID, IN_PERIOD, OWNER)),
            Map.entry(Figure.NEW_PROSPECT, "select null k, sc.client_id id, sc.changed_at at " + ARRIVALS
                    + " and sc.from_stage_id is null"),
            Map.entry(Figure.RETURNED, "select null k, sc.client_id id, sc.changed_at at " + ARRIVALS
                    + " and st.kind = 'ACTIVE' and sc.from_stage_id in "
                    + "(select p.id from stage p where p.phase = 'BETWEEN_ENGAGEMENTS')"),
            // a client's first stage makes it a new prospect, whichever stage that is (an imported former client)
            Map.entry(Figure.LOST_OR_GONE, "select null k, sc.client_id id, sc.changed_at at " + ARRIVALS
                    + " and st.kind in ('LOST', 'GONE') and sc.from_stage_id is not null"),
            Map.entry(Figure.CROSS_SELL, """
                    select null k, c.id id from client c join client_offering co on co.client_id = c.id
                    where %s
                    group by c.id
                    having sum(case when co.bought then 1 else 0 end) = 1
                       and sum(case when co.aware and not co.bought then 1 else 0 end) = 0""".formatted(OWNER))));

    /** The events whose gap to a next engagement the medians measure: a "not now", an arrival between engagements. */
    static final String NOT_NOW_EVENTS = NOT_NOW_DECIDED;
    static final String LOOP_EVENTS = LOOP_ARRIVALS;

    private ClientSets() {
    }

    static String of(Figure figure) {
        return SQL.get(figure);
    }
}
