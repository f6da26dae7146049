package com.journeycrm.reminder.ui;

import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Choose a client's new owner. Fires {@link ReassignEvent}; the caller reassigns and closes it once that went through. */
public class ReassignDialog extends Dialog {

    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("reassign.owner"));
    final Button reassign = new Button(getTranslation("reassign.reassign"));

    public ReassignDialog(String clientName, long currentOwnerId, List<UserSummary> people) {
        this(clientName, currentOwnerId, people, "reassign.title", "reassign.owner");
    }

    /** @param titleKey the header, naming what is handed on; {@code fieldKey} the choice's label */
    ReassignDialog(String subject, long currentOwnerId, List<UserSummary> people, String titleKey, String fieldKey) {
        setHeaderTitle(getTranslation(titleKey, subject));
        owner.setLabel(getTranslation(fieldKey));
        owner.setItems(people.stream().filter(p -> p.id() != currentOwnerId).toList());
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setRequiredIndicatorVisible(true);
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.addClickListener(e -> {
            if (owner.isEmpty()) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("reassign.owner.needed"));
                return;
            }
            fireEvent(new ReassignEvent(this, owner.getValue()));
        });
        add(owner);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reassign);
    }

    public static class ReassignEvent extends ComponentEvent<ReassignDialog> {
        private final UserSummary newOwner;

        ReassignEvent(ReassignDialog source, UserSummary newOwner) {
            super(source, false);
            this.newOwner = newOwner;
        }

        public UserSummary newOwner() {
            return newOwner;
        }
    }

    public Registration addReassignListener(ComponentEventListener<ReassignEvent> listener) {
        return addListener(ReassignEvent.class, listener);
    }
}
