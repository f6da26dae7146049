package com.journeycrm.journey;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans committed board changes out to every open board in this JVM. Boards register while attached and
 * apply the change in their own UI thread (server push). Across several instances, the same event would be
 * relayed through PostgreSQL LISTEN/NOTIFY; that relay is not built yet.
 */
@Component
public class BoardBroadcaster {

    private final List<Consumer<ClientMoved>> listeners = new CopyOnWriteArrayList<>();

    /** @return call it to unregister (on detach) */
    public Runnable register(Consumer<ClientMoved> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener
    void afterCommit(ClientMoved event) {
        for (var listener : listeners) {
            listener.accept(event);
        }
    }
}
