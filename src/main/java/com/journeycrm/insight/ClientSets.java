package com.journeycrm.insight;

import java.util.Map;

/**
 * The SQL of each {@link Figure}: a query of distinct client ids, with named parameters {@code from}, {@code to}
 * (the period, half-open), {@code owner} (0 for everyone), {@code now} and, where the figure has one,
 * {@code key}, {@code type} and {@code direction}. Plain SQL that H2 and PostgreSQL both run.
 */
final class ClientSets {

    /** A move that counts: not an undo, and not undone since (the database keeps the flag: V22, V23). */
    static String counts(String move) {
        return move + ".counted";
    }

    static final String VALID = counts("sc");

    static final String OWNER = "(:owner = 0 or c.owner_id = :owner)";

    static final String IN_PERIOD = "sc.changed_at >= :from and sc.changed_at < :to";

    private static final String FUNNEL_STAGE = "st.phase = 'PRE_PURCHASE' and st.kind in ('STANDARD', 'DECIDING')";

    private static final String FROM_PRE_PURCHASE =
            "sc.from_stage_id in (select p.id from stage p where p.phase = 'PRE_PURCHASE')";

    /** Every arrival that counts, in the period, for clients of the owner. */
    private static final String ARRIVALS = """
            select sc.client_id from stage_change sc join client c on c.id = sc.client_id
              join stage st on st.id = sc.to_stage_id
            where %s and %s and %s""".formatted(VALID, IN_PERIOD, OWNER);

    private static final String HIRED_IN_PERIOD = ARRIVALS + " and st.kind = 'ACTIVE' and " + FROM_PRE_PURCHASE;

    private static final String REACHED = ARRIVALS + " and ((" + FUNNEL_STAGE
            + " and st.position >= (select k.position from stage k where k.id = :key)) or (st.kind = 'ACTIVE' and "
            + FROM_PRE_PURCHASE + "))";

    /** The next step after funnel stage {@code key}: the next funnel stage, or hired after the last one. */
    private static final String REACHED_NEXT = ARRIVALS + " and ((" + FUNNEL_STAGE
            + " and st.position > (select k.position from stage k where k.id = :key)) or (st.kind = 'ACTIVE' and "
            + FROM_PRE_PURCHASE + "))";

    private static final String STOPPED = """
            select c.id from client c join stage now_st on now_st.id = c.stage_id
            where c.id in (%s) and c.id not in (%s) and %s""".formatted(REACHED, REACHED_NEXT, OWNER);

    private static final String CREATED = "c.created_at >= :from and c.created_at < :to and " + OWNER;

    private static final String LOOP_ENTERED = ARRIVALS + " and st.phase = 'BETWEEN_ENGAGEMENTS'";

    private static final String CURRENT =
            "select c.id from client c join stage st on st.id = c.stage_id where " + OWNER;

    private static final Map<Figure, String> SQL = Map.ofEntries(
            Map.entry(Figure.ENTERED, ARRIVALS + " and sc.to_stage_id = :key"),
            Map.entry(Figure.REACHED, REACHED),
            Map.entry(Figure.HIRED, HIRED_IN_PERIOD),
            Map.entry(Figure.STOPPED_NOT_NOW, STOPPED + " and now_st.kind = 'NURTURE'"),
            Map.entry(Figure.STOPPED_LOST, STOPPED + " and now_st.kind = 'LOST'"),
            Map.entry(Figure.STOPPED_STILL_THERE, STOPPED + " and now_st.kind not in ('NURTURE', 'LOST')"),
            Map.entry(Figure.DECIDED, """
                    select sc.client_id from stage_change sc join client c on c.id = sc.client_id
                      join stage f on f.id = sc.from_stage_id
                    where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome = :key""".formatted(VALID, IN_PERIOD, OWNER)),
            Map.entry(Figure.NOT_NOW_THEN_HIRED, """
                    select sc.client_id from stage_change sc join client c on c.id = sc.client_id
                      join stage f on f.id = sc.from_stage_id
                    where %s and %s and %s and f.kind = 'DECIDING' and sc.outcome = 'NOT_NOW'
                      and exists (select 1 from stage_change h join stage hs on hs.id = h.to_stage_id
                                  where h.client_id = sc.client_id and h.changed_at > sc.changed_at
                                    and hs.kind = 'ACTIVE' and %s)""".formatted(VALID, IN_PERIOD, OWNER, counts("h"))),
            Map.entry(Figure.SOURCE, "select c.id from client c where " + CREATED + " and c.source = :key"),
            Map.entry(
                    Figure.SOURCE_HIRED,
                    "select c.id from client c where " + CREATED + " and c.source = :key and c.hires > 0"),
            Map.entry(Figure.LOOP_ENTERED, LOOP_ENTERED),
            Map.entry(Figure.LOOP_RETURNED, LOOP_ENTERED + """
                     and exists (select 1 from stage_change r join stage rs on rs.id = r.to_stage_id
                                 where r.client_id = sc.client_id and r.changed_at > sc.changed_at
                                   and r.changed_at <= sc.changed_at + interval '365' day
                                   and rs.kind = 'ACTIVE' and %s)""".formatted(counts("r"))),
            Map.entry(Figure.REPEAT, CURRENT + " and c.engagements >= 2"),
            Map.entry(Figure.LOOP_QUIET, CURRENT + " and st.phase = 'BETWEEN_ENGAGEMENTS' and c.next_touch_due < :now"),
            Map.entry(Figure.ADVOCATES, CURRENT + " and st.kind = 'ADVOCATE'"),
            Map.entry(
                    Figure.REFERRED,
                    "select c.id from client c where " + CREATED + " and c.referred_by_id is not null"),
            Map.entry(
                    Figure.REFERRED_HIRED,
                    "select c.id from client c where " + CREATED
                            + " and c.referred_by_id is not null and c.engagements > 0"),
            Map.entry(Figure.TOUCHED, """
                    select tp.client_id from touch_point tp join client c on c.id = tp.client_id
                    where tp.occurred_at >= :from and tp.occurred_at < :to and %s
                      and tp.type = :type and tp.direction = :direction and tp.stage_id = :key""".formatted(OWNER)),
            Map.entry(Figure.IN_STAGE, CURRENT + " and c.stage_id = :key"),
            Map.entry(Figure.QUIET, CURRENT + " and c.stage_id = :key and c.next_touch_due < :now"),
            Map.entry(Figure.LEFT_STAGE, """
                    select sc.client_id from stage_change sc join client c on c.id = sc.client_id
                    where %s and %s and %s and sc.from_stage_id = :key and sc.from_entered_at is not null""".formatted(VALID, IN_PERIOD, OWNER)),
            Map.entry(
                    Figure.REFERRED_BY, "select c.id from client c where " + CREATED + " and c.referred_by_id = :key"),
            Map.entry(Figure.NEW_PROSPECT, ARRIVALS + " and sc.from_stage_id is null"),
            Map.entry(
                    Figure.RETURNED,
                    ARRIVALS + " and st.kind = 'ACTIVE' and sc.from_stage_id in "
                            + "(select p.id from stage p where p.phase = 'BETWEEN_ENGAGEMENTS')"),
            // a client's first stage makes it a new prospect, whichever stage that is (an imported former client)
            Map.entry(
                    Figure.LOST_OR_GONE,
                    ARRIVALS + " and st.kind in ('LOST', 'GONE') and sc.from_stage_id is not null"),
            Map.entry(Figure.CROSS_SELL, """
                    select c.id from client c join client_offering co on co.client_id = c.id
                    where %s
                    group by c.id
                    having sum(case when co.bought then 1 else 0 end) = 1
                       and sum(case when co.aware and not co.bought then 1 else 0 end) = 0""".formatted(OWNER)));

    private ClientSets() {}

    static String of(Figure figure) {
        return SQL.get(figure);
    }
}
