package com.journeycrm.client.ui;

import com.journeycrm.client.ClientDetails;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * A tab of the client view that a feature above the client feature contributes — a Spring bean in that feature's
 * {@code ui} package — so that the client view names no feature above its own. All tabs stand in ascending
 * {@link #order()}: the view's own ones at {@link #PROFILE}, {@link #CONTACTS}, {@link #REFERRALS} and
 * {@link #CHANGES}, a contributed one at a number between.
 */
public interface ClientTab {

    int PROFILE = 20;
    int CONTACTS = 30;
    int REFERRALS = 60;
    int CHANGES = 70;

    String label();

    /** The tab's name in the address ({@code clients/42?tab=services}), the same in every language. */
    String address();

    int order();

    /** The tab's content for one client view, which shows in it every client it opens. */
    Content create(Actions actions);

    /** One view's tab (or header button, {@link ClientAction}). */
    interface Content {

        Component component();

        /** Shows this client (the view's router may reuse it for another): editable or not. */
        void show(ClientDetails client);
    }

    /** What a contribution may ask of its view. */
    interface Actions {

        /**
         * Runs a change as the view does: a refusal explained, the client shown again in every tab.
         *
         * @return whether the change went through
         */
        boolean act(Runnable change, @Nullable String success);

        /** Shows the client again in every tab, after a change made elsewhere (a move with its own dialogs). */
        void reload();

        /** What the view says it does after a refusal, for a refusal message: it shows the current state. */
        String refusalNote();
    }
}
