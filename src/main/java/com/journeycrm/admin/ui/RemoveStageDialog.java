package com.journeycrm.admin.ui;

import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Removing a stage: a plain confirmation when it is empty; with clients in it, the stage they all move to first
 * (each move recorded). Fires {@link RemoveEvent}; the caller runs the use case.
 */
public class RemoveStageDialog extends Dialog {

    final Select<StageSummary> destination = new Select<>();
    final Button remove = new Button();

    public RemoveStageDialog(StageSummary stage, long clients, List<StageSummary> others) {
        setHeaderTitle("Remove " + stage.name());
        if (clients == 0) {
            add(new Paragraph(stage.name() + " has no clients. It disappears from every board; clients that passed"
                    + " through it keep it in their history."));
            remove.setText("Remove " + stage.name());
        } else {
            add(new Paragraph(stage.name() + " has " + clients + (clients == 1 ? " client" : " clients")
                    + ". They all move to the stage you choose (each move is recorded in their history), then "
                    + stage.name() + " is removed."));
            destination.setLabel("Move them to");
            destination.setItems(others);
            destination.setItemLabelGenerator(s -> s.phase().label() + " · " + s.name());
            destination.setRequiredIndicatorVisible(true);
            destination.setWidthFull();
            add(destination);
            remove.setText("Move " + clients + " and remove");
        }
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            if (clients > 0 && destination.isEmpty()) {
                destination.setErrorMessage("Choose where the clients go");
                destination.setInvalid(true);
                return;
            }
            fireEvent(new RemoveEvent(this, destination.getValue()));
        });
        getFooter().add(new Button("Cancel", e -> close()), remove);
    }

    public static class RemoveEvent extends ComponentEvent<RemoveStageDialog> {
        private final StageSummary destination;

        RemoveEvent(RemoveStageDialog source, StageSummary destination) {
            super(source, false);
            this.destination = destination;
        }

        /** null when the stage was empty */
        public StageSummary destination() {
            return destination;
        }
    }

    public Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }
}
