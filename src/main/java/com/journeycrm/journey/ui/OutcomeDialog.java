package com.journeycrm.journey.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.journey.StageChange;
import com.journeycrm.stage.Outcome;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Asks for the outcome (and an optional reason) of a move that records one. Offers only the outcomes that fit
 * the destination; fires {@link ConfirmEvent} and leaves closing to the caller, which closes it once the move went
 * through. Cancel moves nothing, so the card stays where it was.
 */
public class OutcomeDialog extends Dialog {

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("journey.outcome"));
    final TextArea reason = new TextArea(getTranslation("journey.reason"));
    final Button confirm = new Button(getTranslation("journey.move"));
    final Button cancel = new Button(getTranslation("common.cancel"));

    public OutcomeDialog(String clientName, String fromStage, String toStage, List<Outcome> choices) {
        setHeaderTitle(getTranslation("journey.outcome.title", clientName, toStage));
        setCloseOnOutsideClick(false);

        outcome.setItems(choices);
        outcome.setItemLabelGenerator(o -> getTranslation(Translations.key(o)));
        outcome.setValue(choices.getFirst());
        outcome.setRequiredIndicatorVisible(true);
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        FieldLimits.limit(reason, StageChange.REASON_MAX);
        reason.setHelperText(getTranslation("common.upTo", StageChange.REASON_MAX));
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setWidthFull();

        // one fitting outcome is no choice: the dialog says what is recorded and asks only for the reason
        boolean oneOutcome = choices.size() == 1;
        outcome.setVisible(!oneOutcome);
        var question = new Paragraph(
                oneOutcome
                        ? getTranslation("journey.outcome.only", fromStage, choices.getFirst())
                        : getTranslation("journey.outcome.question", fromStage));
        var body = new VerticalLayout(question, outcome, reason);
        body.setPadding(false);
        add(body);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (outcome.isEmpty()) {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("journey.outcome.choose"));
                return;
            }
            if (reason.isInvalid()) {
                return;
            }
            fireEvent(new ConfirmEvent(this, outcome.getValue(), reason.getValue()));
        });
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }

    public static class ConfirmEvent extends ComponentEvent<OutcomeDialog> {
        private final Outcome outcome;
        private final String reason;

        ConfirmEvent(OutcomeDialog source, Outcome outcome, String reason) {
            super(source, false);
            this.outcome = outcome;
            this.reason = reason;
        }

        public Outcome outcome() {
            return outcome;
        }

        public String reason() {
            return reason;
        }
    }

    public Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
        return addListener(ConfirmEvent.class, listener);
    }
}
