package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar (e.g. the client search), so the layout shows it without knowing the
 * feature. Each call makes a new component: every browser tab has its own layout.
 */
public interface TopBarItem {

    Component create();
}
