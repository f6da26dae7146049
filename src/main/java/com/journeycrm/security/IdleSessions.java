package com.journeycrm.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An idle user is logged out. Vaadin's heartbeats keep the HTTP session (which holds the login) alive for as long
 * as a tab is open, so the HTTP timeout alone never fires; with {@code vaadin.closeIdleSessions} Vaadin closes its
 * own session once no real request came for the timeout, but the browser then reloads into the still-logged-in
 * HTTP session. So when Vaadin closes its session, the HTTP session goes with it and the reload lands on the
 * login page.
 */
@Component
class IdleSessions implements VaadinServiceInitListener, HttpSessionListener {

    private final int timeoutSeconds;

    IdleSessions(@Value("${journey.session.idle-timeout:30m}") Duration idleTimeout) {
        this.timeoutSeconds = Math.toIntExact(idleTimeout.toSeconds());
    }

    /** Set per session rather than through the container, whose setting has a granularity of minutes. */
    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(timeoutSeconds);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionDestroyListener(
                        destroyed -> invalidate(destroyed.getSession().getSession()));
    }

    private static void invalidate(WrappedSession session) {
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // the HTTP session ended first (its own timeout or a logout): nothing left to end
        }
    }
}
