package com.journeycrm.client.ui;

import com.journeycrm.client.ClientDetails;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * A tab of the client view that a feature above the client feature contributes — a Spring bean in that feature's
 * {@code ui} package — so that the client view names no feature above its own. Contributed tabs follow Follow-ups,
 * in ascending {@link #order()}.
 */
public interface ClientTab {

    String label();

    int order();

    /** The tab's content for one client view, which shows in it every client it opens. */
    Content create(Actions actions);

    /** One view's tab. */
    interface Content {

        Component component();

        /** Shows this client (the view's router may reuse it for another): editable or not. */
        void show(ClientDetails client);
    }

    /** What a tab may ask of its view: run a change as the view does — a refusal explained, the client shown again. */
    @FunctionalInterface
    interface Actions {

        /** @return whether the change went through */
        boolean act(Runnable change, @Nullable String success);
    }
}
