package com.journeycrm.client.ui;

import com.journeycrm.audit.AuditRow;
import com.journeycrm.audit.AuditService;
import com.journeycrm.audit.ui.ChangeLines;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.base.ui.WindowWidth;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;

/** The client's entries of the audit trail, newest first, lazily paged: who changed what, and when. */
public class ChangesPanel extends Composite<Grid<AuditRow>> {

    private final AuditService audit;

    public ChangesPanel(AuditService audit, UserTime time) {
        this.audit = audit;
        var grid = getContent();
        grid.addColumn(r -> time.dateTime(r.at()))
                .setHeader(getTranslation("client.changes.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actorName)
                .setHeader(getTranslation("client.changes.who"))
                .setKey("who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation(Translations.key(r.kind())))
                .setHeader(getTranslation("client.changes.what"))
                .setKey("what")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ChangeLines.renderer(this, time))
                .setHeader(getTranslation("client.changes.change"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("changes-grid");
        // a phone keeps when and the change itself, which names what changed
        WindowWidth.whenNarrow(
                this,
                narrow -> List.of("who", "what")
                        .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow)));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
    }

    void show(long clientId) {
        getContent()
                .setItems(
                        query -> audit.forClient(clientId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                        query -> (int) Math.min(Integer.MAX_VALUE, audit.countForClient(clientId)));
    }
}
