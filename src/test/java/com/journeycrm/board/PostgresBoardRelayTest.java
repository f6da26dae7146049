package com.journeycrm.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.IntegrationTest;
import com.journeycrm.OnPostgres;
import com.journeycrm.TestData;
import com.journeycrm.journey.MoveService;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Board changes travel between app instances sharing one PostgreSQL database. */
@IntegrationTest
@OnPostgres
class PostgresBoardRelayTest {

    @Autowired
    MoveService moveService;

    @Autowired
    PostgresBoardRelay relay;

    @Autowired
    BoardBroadcaster broadcaster;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestData data;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Value("${spring.datasource.password}")
    String password;

    private final List<Runnable> unregister = new ArrayList<>();

    @AfterEach
    void tearDown() {
        unregister.forEach(Runnable::run);
        data.logout();
    }

    private LinkedBlockingQueue<BoardChange> boardEvents() {
        var queue = new LinkedBlockingQueue<BoardChange>();
        unregister.add(broadcaster.register(queue::add));
        return queue;
    }

    @Test
    void a_move_on_another_instance_reaches_the_boards_of_this_one() throws Exception {
        assertThat(relay.isEnabled()).isTrue();
        var events = boardEvents();
        var other = new BoardChange(4242, "Acme", 1L, 2, 7, "Dana Sales", "Interested");

        jdbc.queryForObject(
                "select pg_notify(?, ?)",
                Object.class,
                PostgresBoardRelay.CHANNEL,
                PostgresBoardRelay.encode("another-instance", other));

        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(other);
    }

    @Test
    void a_move_here_is_announced_to_the_other_instances_and_delivered_here_once() throws Exception {
        var client = data.client(data.unique("Relay"), "sales", "Aware");
        var events = boardEvents();
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("LISTEN " + PostgresBoardRelay.CHANNEL);
            data.loginAs("sales");
            moveService.moveClient(client.getId(), data.stage("Interested").getId(), null, null, client.getVersion());

            var pg = connection.unwrap(PGConnection.class);
            var notifications = pg.getNotifications(10_000);
            assertThat(notifications).isNotNull().hasSize(1);
            var announced = PostgresBoardRelay.decode("some-other-instance", notifications[0].getParameter());
            assertThat(announced.clientId()).isEqualTo(client.getId());
            assertThat(announced.toStageName()).isEqualTo("Interested");
            // this instance ignores its own notification: it delivered the move locally already
            assertThat(PostgresBoardRelay.decode(relay.instanceId(), notifications[0].getParameter()))
                    .isNull();
        }
        assertThat(events.poll(5, TimeUnit.SECONDS).clientId()).isEqualTo(client.getId());
        assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void a_move_is_announced_on_its_own_connection_when_the_pool_has_no_other_to_give() throws Exception {
        var client = data.client(data.unique("Relay"), "sales", "Aware");
        var pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("LISTEN " + PostgresBoardRelay.CHANNEL);
            // what many users saving at once leave: one connection for the move, none besides
            while (pool.getHikariPoolMXBean().getActiveConnections() < pool.getMaximumPoolSize() - 1) {
                held.add(pool.getConnection());
            }
            data.loginAs("sales");
            moveService.moveClient(client.getId(), data.stage("Interested").getId(), null, null, client.getVersion());

            var notifications = connection.unwrap(PGConnection.class).getNotifications(10_000);
            assertThat(notifications).isNotNull().hasSize(1);
        } finally {
            for (var c : held) {
                c.close();
            }
        }
    }
}
