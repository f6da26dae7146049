package com.journeycrm.activity.ui;

import com.journeycrm.activity.FollowUpItem;
import com.journeycrm.base.ui.UserTime;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/** The client's follow-ups: the editor to schedule one (for those who may), and the list, overdue ones marked. */
class FollowUpsPanel extends Composite<VerticalLayout> {

    final FollowUpEditor editor;
    final Grid<FollowUpItem> grid = new Grid<>();
    private boolean editable;

    FollowUpsPanel(FollowUpEditor editor, UserTime time, Consumer<FollowUpItem> onDone) {
        this.editor = editor;
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.addColumn(FollowUpItem::what)
                .setHeader(getTranslation("reminder.column.what"))
                .setKey("what")
                .setFlexGrow(3);
        grid.addColumn(f -> f.overdue(time.now())
                        ? getTranslation("activity.followUp.dueOverdue", time.date(f.dueAt()))
                        : time.date(f.dueAt()))
                .setHeader(getTranslation("activity.followUp.due"))
                .setKey("due")
                .setAutoWidth(true);
        grid.addColumn(FollowUpItem::assigneeName)
                .setHeader(getTranslation("activity.followUp.assignee"))
                .setKey("assignee")
                .setAutoWidth(true);
        grid.addComponentColumn(f -> {
                    if (f.doneAt() != null) {
                        return new Span(getTranslation("activity.followUp.doneOn", time.date(f.doneAt())));
                    }
                    var done = new Button(getTranslation("activity.followUp.markDone"), e -> onDone.accept(f));
                    done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    done.setAriaLabel(getTranslation("activity.followUp.markDone.named", f.what()));
                    done.setEnabled(editable);
                    return done;
                })
                .setKey("status")
                .setAutoWidth(true);
        grid.setPartNameGenerator(f -> f.overdue(time.now()) ? "overdue" : f.doneAt() != null ? "done" : null);
        grid.setEmptyStateText(getTranslation("activity.followUp.none"));
        grid.setAllRowsVisible(true);
        getContent().setPadding(false);
        getContent().add(editor, grid);
    }

    void show(List<FollowUpItem> followUps, boolean editable) {
        this.editable = editable;
        editor.setVisible(editable);
        grid.setItems(followUps);
    }
}
