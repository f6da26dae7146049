package com.journeycrm.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.MutableClock;
import com.journeycrm.TestData;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.insight.Insights.FunnelStep;
import com.journeycrm.insight.Insights.HeatCell;
import com.journeycrm.insight.Insights.MonthTrend;
import com.journeycrm.insight.Insights.SourceRow;
import com.journeycrm.insight.Insights.StageTime;
import com.journeycrm.journey.MoveService;
import com.journeycrm.offering.OfferingService;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StageSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A small hand-made history, owned by one new sales user (so the demo data stays out of the figures), and every
 * figure as computed by hand. Days are counted from B = 2026-01-01T00:00Z; the period is [B, B + 100 days) and
 * "now" is its end.
 *
 * <pre>
 * A   created d1 in Aware → Interested d2 → Deciding d3 → Active d4 (hired, "Great fit"); bought one service
 * Bc  created d1 in Aware → Interested d2, stays; source Referral, referred by G
 * Cc  created d1 in Interested → Deciding d2 → Not now d3 ("Budget next year") → Deciding d13 → Active d14 (hired)
 * D   created d1 in Deciding → Lost d2 ("Too expensive")
 * E   created B−30 in Active → Between d5 → Active d20 (a return) → Between d40, stays
 * F   created B−30 in Between engagements, stays
 * G   created B−30 in Active → Former — advocate d6
 * touch points: A call out d2 12:00 (in Interested), E email in d10 (Between), E meeting out d30 (Active)
 * </pre>
 */
@IntegrationTest
class InsightServiceTest {

    static final Instant B = Instant.parse("2026-01-01T00:00:00Z");

    @Autowired
    InsightService insights;

    @Autowired
    MoveService moves;

    @Autowired
    ClientService clients;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    OfferingService offerings;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StageAdminService stageAdmin;

    @Autowired
    Journeys journeys;

    AppUser owner;
    Client a;
    Client bc;
    Client cc;
    Client d;
    Client e;
    Client f;
    Client g;

    static Instant day(int n) {
        return B.plus(Duration.ofDays(n));
    }

    @BeforeEach
    void history() {
        owner = data.newUser(Role.SALES, "pw");
        String who = owner.getUsername();
        String p = data.unique("Hist");
        a = data.client(p + " A", who, "Aware", day(1));
        bc = data.client(p + " Bc", who, "Aware", day(1));
        cc = data.client(p + " Cc", who, "Interested", day(1));
        d = data.client(p + " D", who, "Deciding", day(1));
        e = data.client(p + " E", who, "Active engagement", day(-30));
        f = data.client(p + " F", who, "Between engagements", day(-30));
        g = data.client(p + " G", who, "Active engagement", day(-30));
        data.loginAs(who);

        move(bc, "Interested", 2, null, null);
        move(a, "Interested", 2, null, null);
        move(cc, "Deciding", 2, null, null);
        move(d, "Lost", 2, Outcome.NO_WAY, "Too expensive");
        touch(a, TouchPointType.CALL, Direction.OUTBOUND, day(2).plus(Duration.ofHours(12)));
        move(a, "Deciding", 3, null, null);
        move(cc, "Not now (nurture)", 3, Outcome.NOT_NOW, "Budget next year");
        move(a, "Active engagement", 4, Outcome.HIRED, "Great fit");
        move(e, "Between engagements", 5, null, null);
        move(g, "Former — advocate", 6, Outcome.GOOD_EXPERIENCE, null);
        touch(e, TouchPointType.EMAIL, Direction.INBOUND, day(10));
        move(cc, "Deciding", 13, null, null);
        move(cc, "Active engagement", 14, Outcome.HIRED, "Budget approved");
        move(e, "Active engagement", 20, null, null);
        touch(e, TouchPointType.MEETING, Direction.OUTBOUND, day(30));
        move(e, "Between engagements", 40, null, null);

        var profile = ClientProfile.of(clients.details(bc.getId()));
        profile.setSource(Source.REFERRAL);
        profile.setReferredBy(new ClientRef(g.getId(), g.getName()));
        clients.updateProfile(bc.getId(), profile, clients.details(bc.getId()).version());
        var services = offerings.services(a.getId());
        offerings.setService(a.getId(), services.get(0).offeringId(), true, true);
        offerings.setService(cc.getId(), services.get(0).offeringId(), true, true);
        offerings.setService(cc.getId(), services.get(1).offeringId(), false, true);

        clock.set(day(100));
        data.loginAs("manager");
    }

    private void move(Client client, String stage, int day, Outcome outcome, String reason) {
        clock.set(day(day));
        moves.moveClient(
                client.getId(),
                data.stage(stage).getId(),
                outcome,
                reason,
                data.reload(client.getId()).getVersion());
    }

    private void touch(Client client, TouchPointType type, Direction direction, Instant at) {
        clock.set(at.plus(Duration.ofMinutes(1)));
        var form = new TouchPointDetails();
        form.setType(type);
        form.setDirection(direction);
        form.setOccurredAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        form.setSummary(type.name());
        touchPoints.logTouchPoint(client.getId(), form, ZoneOffset.UTC);
    }

    private InsightFilter period() {
        return new InsightFilter(B, day(100), owner.getId());
    }

    private Insights figures() {
        return insights.insights(period(), ZoneOffset.UTC);
    }

    private long stage(String name) {
        return data.stage(name).getId();
    }

    @Test
    void the_funnel_counts_clients_who_entered_and_reached_each_step_and_where_the_rest_went() {
        var funnel = figures().funnel();
        assertThat(funnel)
                .extracting(
                        FunnelStep::stage,
                        FunnelStep::entered,
                        FunnelStep::reached,
                        FunnelStep::notNow,
                        FunnelStep::lost,
                        FunnelStep::stillThere)
                .containsExactly(
                        Tuple.tuple("Aware", 2L, 4L, 0L, 0L, 0L),
                        Tuple.tuple("Interested", 3L, 4L, 0L, 0L, 1L),
                        Tuple.tuple("On our list", 0L, 3L, 0L, 0L, 0L),
                        Tuple.tuple("Asked for information", 0L, 3L, 0L, 0L, 0L),
                        Tuple.tuple("Informed", 0L, 3L, 0L, 0L, 0L),
                        Tuple.tuple("Deciding", 3L, 3L, 0L, 1L, 0L));
        assertThat(figures().hired()).isEqualTo(2);
    }

    @Test
    void every_figure_lists_exactly_the_clients_it_counts() {
        assertThat(names(Figure.REACHED, String.valueOf(stage("Interested")))).containsExactly("A", "Bc", "Cc", "D");
        assertThat(names(Figure.ENTERED, String.valueOf(stage("Aware")))).containsExactly("A", "Bc");
        assertThat(names(Figure.STOPPED_STILL_THERE, String.valueOf(stage("Interested"))))
                .containsExactly("Bc");
        assertThat(names(Figure.STOPPED_LOST, String.valueOf(stage("Deciding"))))
                .containsExactly("D");
        assertThat(names(Figure.HIRED, null)).containsExactly("A", "Cc");
        assertThat(names(Figure.DECIDED, "NOT_NOW")).containsExactly("Cc");
        assertThat(names(Figure.SOURCE_HIRED, "WEBSITE")).containsExactly("A", "Cc");
        assertThat(names(Figure.TOUCHED, stage("Between engagements") + ":EMAIL:INBOUND"))
                .containsExactly("E");
        assertThat(names(Figure.LOOP_QUIET, null)).containsExactly("E", "F");
        assertThat(names(Figure.CROSS_SELL, null)).containsExactly("A");
        assertThat(names(Figure.REFERRED, String.valueOf(g.getId()))).containsExactly("Bc");
        assertThat(names(Figure.NEW_PROSPECT, null)).containsExactly("A", "Bc", "Cc", "D");
        assertThat(names(Figure.RETURNED, null)).containsExactly("E");
        assertThat(names(Figure.LOST_OR_GONE, null)).containsExactly("D");
        assertThat(names(Figure.LEFT_STAGE, String.valueOf(stage("Deciding")))).containsExactly("A", "Cc", "D");
        assertThat(insights.drillDown(period(), Figure.REACHED, String.valueOf(stage("Interested")))
                        .size())
                .isEqualTo(4);
    }

    private List<String> names(Figure figure, String key) {
        return insights.page(insights.drillDown(period(), figure, key), "name", false, 0, 50).stream()
                .map(row -> row.name().substring(row.name().lastIndexOf(' ') + 1))
                .toList();
    }

    @Test
    void decisions_count_outcomes_with_their_commonest_reasons_and_not_now_later_hired() {
        var figures = figures();
        assertThat(figures.decisions())
                .extracting(Insights.Decision::outcome, Insights.Decision::clients, Insights.Decision::topReasons)
                .containsExactly(
                        Tuple.tuple(Outcome.HIRED, 2L, List.of("Budget approved (1)", "Great fit (1)")),
                        Tuple.tuple(Outcome.NOT_NOW, 1L, List.of("Budget next year (1)")),
                        Tuple.tuple(Outcome.NO_WAY, 1L, List.of("Too expensive (1)")));
        assertThat(figures.notNowThenHired()).isEqualTo(1);
        assertThat(figures.notNowToHireMedianDays()).isEqualTo(11.0);
    }

    @Test
    void the_gap_to_a_next_engagement_runs_to_the_first_later_counted_arrival_even_after_the_period() {
        var someone = data.newUser(Role.SALES, "pw");
        String who = someone.getUsername();
        String p = data.unique("Gap");
        var h = data.client(p + " H", who, "Deciding", day(1));
        var k = data.client(p + " K", who, "Deciding", day(1));
        var l = data.client(p + " L", who, "Active engagement", day(-30));
        var m = data.client(p + " M", who, "Active engagement", day(-30));
        data.loginAs(who);
        move(h, "Not now (nurture)", 2, Outcome.NOT_NOW, "Later");
        move(k, "Not now (nurture)", 2, Outcome.NOT_NOW, "Later");
        move(h, "Deciding", 3, null, null);
        move(l, "Between engagements", 5, null, null);
        move(m, "Between engagements", 5, null, null);
        move(h, "Active engagement", 9, Outcome.HIRED, null);
        move(m, "Active engagement", 10, null, null);
        clock.set(day(11));
        long back = jdbc.queryForObject("select max(id) from stage_change where client_id = ?", Long.class, m.getId());
        moves.undoMove(back, data.reload(m.getId()).getVersion());
        move(m, "Active engagement", 20, null, null);
        move(k, "Deciding", 49, null, null);
        move(k, "Active engagement", 60, Outcome.HIRED, null);
        move(l, "Active engagement", 400, null, null);
        data.loginAs("manager");

        // the period ends before K is hired and long before L comes back (after more than a year)
        var period = new InsightFilter(B, day(30), someone.getId());
        var figures = insights.insights(period, ZoneOffset.UTC);
        assertThat(figures.notNowThenHired()).isEqualTo(2);
        assertThat(figures.notNowToHireMedianDays()).isEqualTo((7 + 58) / 2.0);
        // M's return on day 10 was taken back: its next engagement began on day 20
        assertThat(figures.loop())
                .extracting(Insights.Loop::entered, Insights.Loop::returned, Insights.Loop::medianGapDays)
                .containsExactly(2L, 1L, 15.0);
        assertThat(insights.drillDown(period, Figure.NOT_NOW_THEN_HIRED, null).size())
                .isEqualTo(2);
        assertThat(insights.drillDown(period, Figure.LOOP_ENTERED, null).size()).isEqualTo(2);
        assertThat(insights.drillDown(period, Figure.LOOP_RETURNED, null).size())
                .isEqualTo(1);
    }

    @Test
    void time_in_stage_gives_median_and_90th_percentile_of_ended_stays_and_of_those_still_sitting() {
        var times = figures().timeInStage();
        assertThat(time(times, "Deciding"))
                .extracting(StageTime::endedStays, StageTime::endedMedianDays)
                .containsExactly(4L, 1.0);
        assertThat(time(times, "Active engagement"))
                .extracting(
                        StageTime::endedStays,
                        StageTime::endedMedianDays,
                        StageTime::endedP90Days,
                        StageTime::sitting,
                        StageTime::sittingMedianDays,
                        StageTime::sittingP90Days)
                .containsExactly(3L, 35.0, 35.8, 2L, 91.0, 95.0);
        assertThat(time(times, "Between engagements"))
                .extracting(StageTime::endedMedianDays, StageTime::sittingMedianDays)
                .containsExactly(15.0, 95.0);
    }

    private static StageTime time(List<StageTime> times, String stage) {
        return times.stream().filter(t -> t.stage().equals(stage)).findFirst().orElseThrow();
    }

    @Test
    void the_loyalty_loop_referrals_and_sources() {
        var figures = figures();
        assertThat(figures.loop()).isEqualTo(new Insights.Loop(1, 1, 15.0, 1, 2, 0, 0));
        assertThat(figures.referrals().advocates()).isEqualTo(1);
        assertThat(figures.referrals().referred()).isEqualTo(1);
        assertThat(figures.referrals().referredHired()).isZero();
        assertThat(figures.referrals().topReferrers())
                .extracting(Insights.Referrer::clientId, Insights.Referrer::referred, Insights.Referrer::hired)
                .containsExactly(Tuple.tuple(g.getId(), 1L, 0L));
        assertThat(figures.sources())
                .filteredOn(row -> row.clients() > 0)
                .extracting(SourceRow::source, SourceRow::clients, SourceRow::hired)
                .containsExactlyInAnyOrder(Tuple.tuple(Source.WEBSITE, 3L, 2L), Tuple.tuple(Source.REFERRAL, 1L, 0L));
        assertThat(figures.crossSellRisk()).isEqualTo(1);
        assertThat(insights.crossSell(period(), "service", true, 0, 10))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(a.getId());
                    assertThat(row.service())
                            .isEqualTo(offerings.services(a.getId()).getFirst().name());
                });
    }

    @Test
    void the_journey_map_counts_touch_points_in_the_stage_of_their_time_and_the_clients_there() {
        var map = figures().journeyMap();
        assertThat(map)
                .extracting(
                        c -> data.stageName(c.stageId()),
                        HeatCell::type,
                        HeatCell::direction,
                        HeatCell::touchPoints,
                        HeatCell::clientsInStage)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("Interested", TouchPointType.CALL, Direction.OUTBOUND, 1L, 3L),
                        Tuple.tuple("Between engagements", TouchPointType.EMAIL, Direction.INBOUND, 1L, 2L),
                        Tuple.tuple("Active engagement", TouchPointType.MEETING, Direction.OUTBOUND, 1L, 4L));
        var between = figures().stagesNow().stream()
                .filter(s -> s.stage().equals("Between engagements"))
                .findFirst()
                .orElseThrow();
        assertThat(between.clients()).isEqualTo(2);
        assertThat(between.quiet()).isEqualTo(2);
    }

    @Test
    void the_journey_map_adds_whole_days_from_the_kept_counts_and_reads_partial_days_raw() {
        // boundaries at midnight, inside a day, on the same day, and a touch point's own instant
        List<Instant[]> periods = List.of(
                new Instant[] {B, day(100)},
                new Instant[] {day(2).plus(Duration.ofHours(6)), day(30).plus(Duration.ofMinutes(1))},
                new Instant[] {day(2).plus(Duration.ofHours(12)), day(10)},
                new Instant[] {day(2).plus(Duration.ofHours(1)), day(2).plus(Duration.ofHours(13))},
                new Instant[] {day(10).plus(Duration.ofHours(1)), day(30)},
                new Instant[] {day(-400), day(100)});
        for (Instant[] p : periods) {
            var cells = insights.insights(new InsightFilter(p[0], p[1], null), ZoneOffset.UTC)
                    .journeyMap();
            assertThat(cells)
                    .extracting(c -> c.stageId() + ":" + c.type() + ":" + c.direction() + "=" + c.touchPoints())
                    .as("period %s – %s", p[0], p[1])
                    .containsExactlyInAnyOrderElementsOf(rawCells(p[0], p[1]));
        }
    }

    @Test
    void the_counts_per_day_follow_every_touch_point_logged_re_timed_re_typed_and_deleted() {
        data.loginAs(owner.getUsername());
        touch(bc, TouchPointType.EMAIL, Direction.OUTBOUND, day(60).plus(Duration.ofHours(23)));
        clock.set(day(100));
        long id = jdbc.queryForObject("select max(id) from touch_point where client_id = ?", Long.class, bc.getId());
        var form = touchPoints.touchPoint(id, ZoneOffset.UTC);
        form.setOccurredAt(LocalDateTime.ofInstant(day(61).plus(Duration.ofHours(1)), ZoneOffset.UTC));
        form.setType(TouchPointType.CALL);
        touchPoints.updateTouchPoint(id, form, ZoneOffset.UTC);
        assertThat(keptDiffersFromRaw()).isZero();
        touchPoints.deleteTouchPoint(id);
        assertThat(keptDiffersFromRaw()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from touch_point_day where touch_points > 0", Long.class))
                .isPositive();
    }

    @Test
    void touch_points_logged_at_once_into_a_new_days_cell_are_all_counted() throws Exception {
        String who = owner.getUsername();
        List<Client> sameStage = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameStage.add(data.client(data.unique("Crowd"), who, "Aware", day(60)));
        }
        clock.set(day(100));
        long before = meetingsInAwareOn(java.time.LocalDate.of(2026, 3, 3));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(sameStage.size());
        try {
            for (int round = 0; round < 5; round++) {
                var start = new java.util.concurrent.CountDownLatch(1);
                Instant at = day(61 + round).plus(Duration.ofHours(10));
                List<java.util.concurrent.Future<?>> logged = new java.util.ArrayList<>();
                for (Client client : sameStage) {
                    logged.add(pool.submit(() -> {
                        data.loginAs(who);
                        var form = new TouchPointDetails();
                        form.setType(TouchPointType.MEETING);
                        form.setDirection(Direction.OUTBOUND);
                        form.setOccurredAt(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                        form.setSummary("Crowded meeting");
                        start.await();
                        touchPoints.logTouchPoint(client.getId(), form, ZoneOffset.UTC);
                        return null;
                    }));
                }
                start.countDown();
                for (var f : logged) {
                    f.get(); // a failed log would throw here
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(keptDiffersFromRaw()).isZero();
        assertThat(meetingsInAwareOn(java.time.LocalDate.of(2026, 3, 3))).isEqualTo(before + 6);
    }

    private long meetingsInAwareOn(java.time.LocalDate day) {
        return jdbc.queryForObject(
                "select coalesce(sum(touch_points), 0) from touch_point_day where on_day = ?"
                        + " and stage_id = ? and type = 'MEETING' and direction = 'OUTBOUND'",
                Long.class,
                day,
                stage("Aware"));
    }

    /** Cells of touch_point_day that disagree with a count of the touch points themselves, either way. */
    private long keptDiffersFromRaw() {
        String raw = """
                select cast(occurred_at at time zone 'UTC' as date) on_day, stage_id, type, direction, count(*) n
                from touch_point group by cast(occurred_at at time zone 'UTC' as date), stage_id, type, direction""";
        return jdbc.queryForObject(
                        "select count(*) from (" + raw + ") r left join touch_point_day d on d.on_day = r.on_day"
                                + " and d.stage_id = r.stage_id and d.type = r.type and d.direction = r.direction"
                                + " where d.touch_points is null or d.touch_points <> r.n",
                        Long.class)
                + jdbc.queryForObject(
                        "select count(*) from touch_point_day d where d.touch_points > 0 and not exists"
                                + " (select 1 from touch_point t where t.stage_id = d.stage_id and t.type = d.type"
                                + " and t.direction = d.direction and cast(t.occurred_at at time zone 'UTC' as date) = d.on_day)",
                        Long.class);
    }

    private List<String> rawCells(Instant from, Instant to) {
        return jdbc.query(
                """
                select stage_id, type, direction, count(*) from touch_point
                where occurred_at >= ? and occurred_at < ? group by stage_id, type, direction""",
                (rs, i) -> rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getString(3) + "=" + rs.getLong(4),
                from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC));
    }

    @Test
    void the_clients_in_a_stage_during_a_period_count_each_client_once_however_often_it_was_there() {
        data.loginAs(owner.getUsername());
        var r = data.client(data.unique("Hist") + " R", owner.getUsername(), "Aware", day(1));
        move(r, "Interested", 5, null, null);
        move(r, "Aware", 8, null, null);
        move(r, "Interested", 12, null, null);
        clock.set(day(13));
        long last = jdbc.queryForObject("select max(id) from stage_change where client_id = ?", Long.class, r.getId());
        moves.undoMove(last, data.reload(r.getId()).getVersion());
        move(r, "Interested", 20, null, null);
        clock.set(day(100));
        data.loginAs("manager");

        List<Instant[]> periods = List.of(
                new Instant[] {B, day(100)},
                new Instant[] {day(6), day(7)},
                new Instant[] {day(9), day(11)},
                new Instant[] {day(12), day(13)},
                new Instant[] {day(13), day(19)},
                new Instant[] {day(5), day(12)},
                new Instant[] {day(21), day(100)},
                new Instant[] {day(-400), day(100)},
                new Instant[] {day(8), day(8).plusSeconds(1)});
        for (Instant[] p : periods) {
            for (Long who : java.util.Arrays.asList(null, owner.getId())) {
                var filter = new InsightFilter(p[0], p[1], who);
                var tally = new Tally(new Span(filter, day(100), journeys.stages()), ZoneOffset.UTC);
                journeys.read(filter, day(100), tally);
                assertThat(tally.stayedIn())
                        .as("period %s – %s", p[0], p[1])
                        .isEqualTo(distinctClientsInStage(p[0], p[1], who));
            }
        }
    }

    /**
     * Straight from the definition: every stay overlapping the period, each (stage, client) once; a move undone, and
     * its undo, make no stay.
     */
    private java.util.Map<Long, Long> distinctClientsInStage(Instant from, Instant to, Long owner) {
        var counts = new java.util.HashMap<Long, Long>();
        jdbc.query(
                """
                select s.stage_id, count(distinct s.client_id) from (
                  select sc.client_id, sc.from_stage_id stage_id from stage_change sc
                  where sc.from_stage_id is not null and sc.changed_at > ? and sc.from_entered_at < ?
                    and sc.undo_of_id is null
                    and not exists (select 1 from stage_change u where u.undo_of_id = sc.id)
                  union all
                  select c.id, c.stage_id from client c where c.stage_entered_at < ?) s
                join client o on o.id = s.client_id where ? = 0 or o.owner_id = ?
                group by s.stage_id""",
                rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                },
                from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC),
                owner == null ? 0 : owner,
                owner == null ? 0 : owner);
        return counts;
    }

    @Test
    void trends_count_clients_once_per_month_and_kind_in_the_users_time_zone() {
        assertThat(figures().trends()).containsExactly(new MonthTrend(YearMonth.of(2026, 1), 4, 2, 1, 1));
        // a period within one month: A and Cc hired, D lost; E came back on day 20, the period's end
        assertThat(insights.insights(new InsightFilter(day(2), day(20), owner.getId()), ZoneOffset.UTC)
                        .trends())
                .containsExactly(new MonthTrend(YearMonth.of(2026, 1), 0, 2, 0, 1));
    }

    @Test
    void everyone_counts_every_owners_clients_and_an_owner_only_their_own() {
        var everyone = new InsightFilter(B, day(100), null);
        var before = insights.insights(everyone, ZoneOffset.UTC);
        var someoneElse = data.newUser(Role.SALES, "pw");
        data.client(data.unique("Elsewhere"), someoneElse.getUsername(), "Aware", day(50));

        var after = insights.insights(everyone, ZoneOffset.UTC);
        assertThat(after.funnel().getFirst().entered())
                .isEqualTo(before.funnel().getFirst().entered() + 1);
        assertThat(after.journeyMap())
                .extracting(HeatCell::touchPoints)
                .isEqualTo(
                        before.journeyMap().stream().map(HeatCell::touchPoints).toList());
        assertThat(after.stagesNow().getFirst().clients())
                .isEqualTo(before.stagesNow().getFirst().clients() + 1);
        assertThat(figures().funnel().getFirst().entered()).isEqualTo(2);
        assertThat(figures().trends()).containsExactly(new MonthTrend(YearMonth.of(2026, 1), 4, 2, 1, 1));
    }

    @Test
    void every_clients_engagements_and_hires_agree_with_its_history() {
        String counted = """
                (select count(*) from stage_change sc join stage st on st.id = sc.to_stage_id
                   left join stage f on f.id = sc.from_stage_id
                 where sc.client_id = c.id and st.kind = 'ACTIVE' and sc.undo_of_id is null
                   and not exists (select 1 from stage_change u where u.undo_of_id = sc.id)%s)""";
        assertThat(jdbc.queryForObject(
                        "select count(*) from client c where c.engagements <> " + counted.formatted("")
                                + " or c.hires <> " + counted.formatted(" and f.phase = 'PRE_PURCHASE'"),
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from client where hires > 0", Long.class))
                .isPositive();
    }

    @Test
    void a_move_counts_until_it_is_undone_and_an_undo_never_counts() {
        data.loginAs(owner.getUsername());
        clock.set(day(50));
        var moved = moves.moveClient(
                bc.getId(),
                stage("Deciding"),
                null,
                null,
                data.reload(bc.getId()).getVersion());
        String deciding = String.valueOf(stage("Deciding"));
        data.loginAs("manager");
        assertThat(names(Figure.ENTERED, deciding)).contains("Bc");
        data.loginAs(owner.getUsername());
        clock.set(day(51));
        var undo = moves.undoMove(moved.stageChangeId(), data.reload(bc.getId()).getVersion());
        data.loginAs("manager");
        assertThat(names(Figure.ENTERED, deciding)).doesNotContain("Bc");
        data.loginAs(owner.getUsername());
        clock.set(day(52));
        moves.undoMove(undo.stageChangeId(), data.reload(bc.getId()).getVersion());
        data.loginAs("manager");
        // back in Deciding by undoing the undo: neither undo counts, and the move they took back stays taken back
        assertThat(names(Figure.ENTERED, deciding)).doesNotContain("Bc");
        assertThat(data.reload(bc.getId()).getStage().getId()).isEqualTo(stage("Deciding"));
    }

    @Test
    void a_removed_funnel_stage_still_counts_as_reached_as_the_drill_down_lists_it() {
        data.loginAs("admin");
        var settings = new StageSettings();
        settings.setName(data.unique("Scoping"));
        var scoping = stageAdmin.add(Phase.PRE_PURCHASE, settings);
        data.loginAs(owner.getUsername());
        var x = data.client(data.unique("Hist") + " X", owner.getUsername(), "Aware", day(50));
        move(x, scoping.name(), 51, null, null);
        move(x, "Interested", 52, null, null);
        data.loginAs("admin");
        stageAdmin.remove(scoping.id());
        clock.set(day(100));
        data.loginAs("manager");

        for (FunnelStep step : figures().funnel()) {
            assertThat(step.reached())
                    .as(step.stage())
                    .isEqualTo(insights.drillDown(period(), Figure.REACHED, String.valueOf(step.stageId()))
                            .size());
        }
        assertThat(names(Figure.REACHED, String.valueOf(stage("Informed")))).contains("X");
    }

    @Test
    void a_move_taken_back_changes_no_figure() {
        var before = figures();
        data.loginAs(owner.getUsername());
        clock.set(day(50));
        var moved = moves.moveClient(
                bc.getId(),
                stage("Deciding"),
                null,
                null,
                data.reload(bc.getId()).getVersion());
        clock.set(day(51));
        moves.undoMove(moved.stageChangeId(), data.reload(bc.getId()).getVersion());
        clock.set(day(100));
        data.loginAs("manager");

        assertThat(figures()).isEqualTo(before);
        assertThat(names(Figure.ENTERED, String.valueOf(stage("Deciding")))).containsExactly("A", "Cc", "D");
    }

    @Test
    void sales_staff_are_refused() {
        data.loginAs("sales");
        assertThatThrownBy(this::figures).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * The whole view is a fixed number of grouped statements, however many clients and moves there are: adding
     * clients to the history changes no count of statements (read from H2's own query statistics).
     */
    @Test
    void the_whole_view_costs_the_same_number_of_statements_whatever_the_history() {
        Assumptions.assumeTrue(isH2(), "H2's query statistics");
        // once before counting: the view's reads run side by side, and the first time may open pool connections,
        // whose set-up statements are not the view's (another period: H2 answers a repeated statement with unchanged
        // parameters and data from its last result, without executing it)
        insights.insights(new InsightFilter(B, day(99), owner.getId()), ZoneOffset.UTC);
        // a change elsewhere, so that H2 runs every statement afresh here too, as it will after the clients below
        data.client(data.unique("Elsewhere"), "sales2", "Interested", day(1));
        long before = statementsFor(this::figures);
        for (int i = 0; i < 20; i++) {
            data.client(data.unique("More"), owner.getUsername(), "Interested", day(i + 1));
        }
        long after = statementsFor(this::figures);
        assertThat(after).isEqualTo(before).isBetween(3L, 30L);
    }

    private long statementsFor(Runnable work) {
        jdbc.execute("SET QUERY_STATISTICS TRUE");
        try {
            long start = executions();
            work.run();
            return executions() - start - 1;
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
        }
    }

    private long executions() {
        // not counted: CALL DATABASE(), which a pool connection runs once when it opens
        // rand(): H2 answers a repeated deterministic statement from its last result when this connection changed
        // nothing meanwhile — and the view's reads ran on other connections
        Long n = jdbc.queryForObject("""
                select coalesce(sum(EXECUTION_COUNT), 0) from INFORMATION_SCHEMA.QUERY_STATISTICS
                where rand() < 2 and SQL_STATEMENT <> 'CALL DATABASE()'""", Long.class);
        return n == null ? 0 : n;
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>)
                c -> c.getMetaData().getDatabaseProductName().contains("H2")));
    }

    @Test
    void the_headline_numbers_are_the_figures_of_the_period_and_time_to_hire_is_the_median_from_creation() {
        var view = figures();
        var headline = view.headline();
        var filter = period();

        assertThat(headline.newProspects())
                .isEqualTo(names(Figure.NEW_PROSPECT, null).size());
        assertThat(headline.hires()).isEqualTo(view.hired());
        assertThat(headline.returns()).isEqualTo(names(Figure.RETURNED, null).size());
        assertThat(headline.referred()).isEqualTo(view.referrals().referred());
        assertThat(headline.conversion())
                .isEqualTo((double) view.hired() / view.funnel().getFirst().reached());
        // straight from the tables: each counted hire of the period, from its client's creation
        var days = jdbc
                .queryForList(
                        """
                        select extract(epoch from (sc.changed_at - c.created_at)) / 86400.0
                        from stage_change sc join client c on c.id = sc.client_id
                          join stage t on t.id = sc.to_stage_id join stage f on f.id = sc.from_stage_id
                        where t.kind = 'ACTIVE' and f.phase = 'PRE_PURCHASE'
                          and sc.changed_at >= ? and sc.changed_at < ? and (? = 0 or c.owner_id = ?)
                          and sc.undo_of_id is null
                          and not exists (select 1 from stage_change u where u.undo_of_id = sc.id)""",
                        Double.class,
                        filter.from().atOffset(ZoneOffset.UTC),
                        filter.to().atOffset(ZoneOffset.UTC),
                        filter.ownerId() == null ? 0 : filter.ownerId(),
                        filter.ownerId() == null ? 0 : filter.ownerId())
                .stream()
                .sorted()
                .toList();
        assertThat(days).isNotEmpty();
        double median = days.size() % 2 == 1
                ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2;
        assertThat(headline.daysToHire()).isCloseTo(median, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(insights.headline(filter, ZoneOffset.UTC))
                .as("the comparison's own, lighter count: the same numbers")
                .isEqualTo(headline);
    }
}
