package com.journeycrm.board;

import com.journeycrm.base.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries board changes between app instances that share one PostgreSQL database: each change is sent with
 * {@code pg_notify} within its own transaction, so it goes out when that commits, and a listener thread on a dedicated
 * connection ({@code LISTEN}) hands the other instances' changes to the local boards. Does nothing on H2 (one
 * instance). The payload holds ids and names only: boards reload what they show from the database.
 */
@Component
public class PostgresBoardRelay implements SmartLifecycle {

    static final String CHANNEL = "journey_board";
    private static final Logger log = LoggerFactory.getLogger(PostgresBoardRelay.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final String instanceId = UUID.randomUUID().toString();
    private volatile Consumer<BoardChange> onRemote = e -> {};
    private volatile boolean enabled;
    private volatile Thread listener;

    private final Database database;

    PostgresBoardRelay(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = database;
    }

    void onRemoteChange(Consumer<BoardChange> consumer) {
        this.onRemote = consumer;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Tells the other instances, on the connection of the transaction that made the change (PostgreSQL sends it when
     * that commits, and not at all if it rolls back), or on its own without one.
     */
    void publish(BoardChange event) {
        if (enabled) {
            jdbc.query("select pg_notify(?, ?)", rs -> {}, CHANNEL, encode(instanceId, event));
        }
    }

    @Override
    public void start() {
        enabled = database.isPostgres();
        if (enabled) {
            listener = Thread.ofPlatform().daemon().name("board-relay").start(this::listen);
        }
    }

    private void listen() {
        while (enabled) {
            try (Connection connection = dataSource.getConnection()) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (enabled) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        BoardChange event = decode(instanceId, n.getParameter());
                        if (event != null) {
                            onRemote.accept(event);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (enabled) {
                    log.warn("Board relay lost its connection, retrying: {}", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    @Override
    public void stop() {
        enabled = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return enabled;
    }

    /** What travels: the change and the instance it comes from. */
    record Message(String origin, BoardChange change) {}

    static String encode(String origin, BoardChange change) {
        return JsonMapper.shared().writeValueAsString(new Message(origin, change));
    }

    /** @return the event, or null when it came from this instance (already delivered locally) or is malformed */
    static @Nullable BoardChange decode(String self, String payload) {
        try {
            var message = JsonMapper.shared().readValue(payload, Message.class);
            return message.origin() == null || message.origin().equals(self) || message.change() == null
                    ? null
                    : message.change();
        } catch (JacksonException malformed) {
            return null;
        }
    }

    String instanceId() {
        return instanceId;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
