package com.journeycrm.journey;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed board changes out to every open board in this JVM, and (on PostgreSQL) to the other app
 * instances through {@link PostgresBoardRelay}. Boards register while attached and apply the change in their own
 * UI thread (server push).
 */
@Component
public class BoardBroadcaster {

    private final List<Consumer<ClientMoved>> listeners = new CopyOnWriteArrayList<>();
    private final PostgresBoardRelay relay;

    BoardBroadcaster(PostgresBoardRelay relay) {
        this.relay = relay;
        relay.onRemoteChange(this::deliver);
    }

    /** @return call it to unregister (on detach) */
    public Runnable register(Consumer<ClientMoved> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void afterCommit(ClientMoved event) {
        deliver(event);
        relay.publish(event);
    }

    void deliver(ClientMoved event) {
        for (var listener : listeners) {
            listener.accept(event);
        }
    }
}
