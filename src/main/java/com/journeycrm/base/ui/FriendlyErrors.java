package com.journeycrm.base.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.UnexpectedErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The last line of defence: any exception a view did not handle becomes a plain notification (never a stack
 * trace in the browser) and a log entry with the details.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private final UnexpectedErrors errors;

    FriendlyErrors(UnexpectedErrors errors) {
        this.errors = errors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Throwable cause = rootOf(error);
        String message;
        if (Attempt.isRefusal(cause)) {
            message = Attempt.messageFor(cause);
        } else {
            String id = errors.report(error);
            var ui = UI.getCurrent();
            message = ui == null
                    ? Translations.english("error.unexpected.notice", id)
                    : ui.getTranslation("error.unexpected.notice", id);
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notifications.error(message));
        }
    }

    /** The first exception in the cause chain that has a message fit for users, else the original. */
    private static Throwable rootOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (Attempt.isRefusal(t)) {
                return t;
            }
        }
        return error;
    }
}
