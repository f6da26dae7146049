package com.journeycrm.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The open sessions, so that disabling a user ends theirs at once instead of at their next login: the HTTP session
 * (which holds the login) is invalidated, and the browser's next request lands on the login page. Holds only the
 * sessions the server holds anyway, and forgets each when it ends.
 */
@Component
class ActiveSessions implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroyed -> sessions.remove(destroyed.getSession()));
    }

    /** @return how many sessions were ended */
    int endSessionsOf(String username) {
        int ended = 0;
        for (VaadinSession session : sessions) {
            var wrapped = session.getSession();
            if (wrapped == null) {
                continue;
            }
            Object context;
            try {
                context = wrapped.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            } catch (IllegalStateException alreadyEnded) {
                continue;
            }
            if (context instanceof SecurityContext sc
                    && sc.getAuthentication() != null
                    && username.equalsIgnoreCase(sc.getAuthentication().getName())) {
                session.access(() -> {
                    try {
                        wrapped.invalidate();
                    } catch (IllegalStateException alreadyEnded) {
                        // ended meanwhile: nothing left to do
                    }
                });
                ended++;
            }
        }
        return ended;
    }
}
