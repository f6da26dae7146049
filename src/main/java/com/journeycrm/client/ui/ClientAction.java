package com.journeycrm.client.ui;

/**
 * A button of the client view's header that a feature above the client feature contributes ("Move to…", "Log touch
 * point"), a Spring bean in that feature's {@code ui} package; the buttons stand in ascending {@link #order()}.
 */
public interface ClientAction {

    int order();

    /** The button for one client view; {@link ClientTab.Content#show} enables it for a client the user may change. */
    ClientTab.Content create(ClientTab.Actions actions);
}
