package com.journeycrm.admin.ui;

import com.journeycrm.security.UserService.Account;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Whom a leaver's clients and open follow-ups go to. Fires {@link HandOverEvent}; the caller hands over. */
public class HandOverDialog extends Dialog {

    final ComboBox<UserSummary> to = new ComboBox<>(getTranslation("handOver.to"));
    final Button handOver = new Button(getTranslation("handOver.button"));

    public HandOverDialog(Account from, List<UserSummary> people) {
        setHeaderTitle(getTranslation("handOver.title", from.displayName()));
        to.setItems(people.stream().filter(p -> p.id() != from.id()).toList());
        to.setItemLabelGenerator(UserSummary::displayName);
        to.setRequiredIndicatorVisible(true);
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.addClickListener(e -> {
            if (to.isEmpty()) {
                to.setErrorMessage(getTranslation("handOver.to.needed"));
                to.setInvalid(true);
                return;
            }
            fireEvent(new HandOverEvent(this, to.getValue()));
        });
        add(new Paragraph(getTranslation("handOver.text")), to);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), handOver);
    }

    public static class HandOverEvent extends ComponentEvent<HandOverDialog> {
        private final UserSummary to;

        HandOverEvent(HandOverDialog source, UserSummary to) {
            super(source, false);
            this.to = to;
        }

        public UserSummary to() {
            return to;
        }
    }

    public Registration addHandOverListener(ComponentEventListener<HandOverEvent> listener) {
        return addListener(HandOverEvent.class, listener);
    }
}
