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
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries board changes between app instances that share one PostgreSQL database: each committed change is
 * sent with {@code pg_notify}, and a listener thread on a dedicated connection ({@code LISTEN}) hands the other
 * instances' changes to the local boards. Does nothing on H2 (one instance). The payload holds ids and names
 * only: boards reload what they show from the database.
 */
@Component
public class PostgresBoardRelay implements SmartLifecycle {

    static final String CHANNEL = "journey_board";
    private static final Logger log = LoggerFactory.getLogger(PostgresBoardRelay.class);

    private final DataSource dataSource;
    private final String instanceId = UUID.randomUUID().toString();
    private volatile Consumer<BoardChange> onRemote = e -> {};
    private volatile boolean enabled;
    private volatile Thread listener;

    private final Database database;

    PostgresBoardRelay(DataSource dataSource, Database database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    void onRemoteChange(Consumer<BoardChange> consumer) {
        this.onRemote = consumer;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Tells the other instances; failures are logged, never thrown: the move itself has committed. */
    void publish(BoardChange event) {
        if (!enabled) {
            return;
        }
        // a pooled connection of its own, in autocommit: this runs after the move's commit, when code sharing the
        // transaction's connection would join a transaction that never commits (and NOTIFY is sent on commit)
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, encode(instanceId, event));
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not relay a board change to other instances: {}", e.getMessage());
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
