package com.journeycrm.board;

import com.journeycrm.client.ClientChanged;
import com.journeycrm.client.ClientsImported;
import com.journeycrm.stage.StagesChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed board changes out to every open board in this JVM, and (on PostgreSQL) to the other app
 * instances through {@link PostgresBoardRelay}. Boards register while attached and apply the change in their own
 * UI thread (server push).
 */
@Component
public class BoardBroadcaster {

    private final List<Consumer<BoardChange>> listeners = new CopyOnWriteArrayList<>();
    private final PostgresBoardRelay relay;

    BoardBroadcaster(PostgresBoardRelay relay) {
        this.relay = relay;
        relay.onRemoteChange(this::deliver);
    }

    /** @return call it to unregister (on detach) */
    public Runnable register(Consumer<BoardChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void afterCommit(ClientChanged event) {
        var change = BoardChange.of(event);
        if (change != null) {
            deliver(change);
        }
    }

    @TransactionalEventListener
    void afterCommit(StagesChanged event) {
        deliver(BoardChange.stagesReshaped(event.byUserId(), event.byName()));
    }

    /** An import adds many clients at once: every open board reloads, as when the stages change. */
    @TransactionalEventListener
    void afterCommit(ClientsImported event) {
        deliver(BoardChange.stagesReshaped(event.byUserId(), event.byName()));
    }

    /*
     * The other instances are told within the change's own transaction: PostgreSQL sends a NOTIFY when, and only if,
     * that transaction commits. Told after the commit, each change would need a second connection while its own is
     * still held, and as many changes at once as the pool has connections would wait on each other.
     */

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void beforeCommit(ClientChanged event) {
        var change = BoardChange.of(event);
        if (change != null) {
            relay.publish(change);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void beforeCommit(StagesChanged event) {
        relay.publish(BoardChange.stagesReshaped(event.byUserId(), event.byName()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void beforeCommit(ClientsImported event) {
        relay.publish(BoardChange.stagesReshaped(event.byUserId(), event.byName()));
    }

    void deliver(BoardChange event) {
        for (var listener : listeners) {
            listener.accept(event);
        }
    }
}
