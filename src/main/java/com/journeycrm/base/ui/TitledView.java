package com.journeycrm.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view whose title — the browser tab's "Board · Journey CRM" and the top bar's "Board" — is its words in the
 * user's language; its {@code @Menu} entry names the same key (the side navigation translates it).
 */
public interface TitledView extends HasDynamicTitle {

    /** The key of the view's name, e.g. {@code menu.board}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        var ui = UI.getCurrent();
        return ui.getTranslation("page.title", ui.getTranslation(titleKey()));
    }
}
