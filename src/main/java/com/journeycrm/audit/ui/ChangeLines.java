package com.journeycrm.audit.ui;

import com.journeycrm.audit.AuditRow;
import com.vaadin.flow.data.renderer.LitRenderer;

/** An entry's changes one per line ("Industry: Retail → Health"), as text: Lit escapes whatever a user typed. */
public final class ChangeLines {

    private ChangeLines() {}

    public static LitRenderer<AuditRow> renderer() {
        return LitRenderer.<AuditRow>of("<div class=\"change-lines\">${item.detail}</div>")
                .withProperty("detail", r -> r.detail() == null ? "" : r.detail());
    }
}
