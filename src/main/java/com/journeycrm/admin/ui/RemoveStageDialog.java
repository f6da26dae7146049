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
        setHeaderTitle(getTranslation("stages.remove.title", stage.name()));
        if (clients == 0) {
            add(new Paragraph(getTranslation("stages.remove.empty", stage.name())));
            remove.setText(getTranslation("stages.remove.title", stage.name()));
        } else {
            add(new Paragraph(getTranslation("stages.remove.withClients", stage.name(), clients)));
            destination.setLabel(getTranslation("stages.remove.destination"));
            destination.setItems(others);
            destination.setItemLabelGenerator(s -> getTranslation("stages.remove.option", s.phase(), s.name()));
            destination.setRequiredIndicatorVisible(true);
            destination.setWidthFull();
            add(destination);
            remove.setText(getTranslation("stages.remove.moveAndRemove", clients));
        }
        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            if (clients > 0 && destination.isEmpty()) {
                destination.setErrorMessage(getTranslation("stages.remove.destination.needed"));
                destination.setInvalid(true);
                return;
            }
            fireEvent(new RemoveEvent(this, destination.getValue()));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), remove);
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
