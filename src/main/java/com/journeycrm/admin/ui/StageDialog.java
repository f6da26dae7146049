package com.journeycrm.admin.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageSettings;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;

/**
 * A new stage (with its phase) or an existing one's name, colour, quiet threshold and WIP limit. Validates at the
 * fields and fires {@link SaveEvent}; the caller runs the use case and closes it once that went through.
 */
public class StageDialog extends Dialog {

    final Select<Phase> phase = new Select<>();
    final TextField name = new TextField("Name");
    final Select<StagePalette> colour = new Select<>();
    final IntegerField quietDays = new IntegerField("Gone quiet after (days)");
    final IntegerField wipLimit = new IntegerField("WIP limit");
    final Button save = new Button("Save");
    private final BeanValidationBinder<StageSettings> binder = new BeanValidationBinder<>(StageSettings.class);
    private final StageSettings settings;

    public StageDialog(StageSummary existing) {
        setHeaderTitle(existing == null ? "New stage" : "Edit " + existing.name());
        settings = existing == null ? new StageSettings() : StageSettings.of(existing);
        configureFields();
        binder.forField(name).asRequired("Enter the stage's name").bind("name");
        binder.forField(colour).asRequired("Choose a colour").bind("colour");
        binder.forField(quietDays).bind("quietThresholdDays");
        binder.forField(wipLimit).bind("wipLimit");
        binder.readBean(settings);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(settings)) {
                fireEvent(new SaveEvent(this));
            }
        });
        var form = new FormLayout();
        if (existing == null) {
            form.add(phase);
        }
        form.add(name, colour, quietDays, wipLimit);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void configureFields() {
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(Phase::label);
        phase.setValue(Phase.PRE_PURCHASE);
        phase.setHelperText("New stages are ordinary steps; phases and outcomes stay as they are");
        FieldLimits.limit(name, StageSettings.NAME_MAX);
        colour.setLabel("Colour");
        colour.setItems(StagePalette.values());
        colour.setItemLabelGenerator(StagePalette::label);
        colour.setRenderer(new ComponentRenderer<>(c -> {
            var swatch = new Span();
            swatch.addClassName("colour-swatch");
            swatch.getStyle().set("background", c.hex());
            var row = new Span(swatch, new Span(c.label()));
            row.addClassName("colour-option");
            return row;
        }));
        quietDays.setHelperText("Empty: never counts as gone quiet");
        quietDays.setMin(1);
        quietDays.setMax(StageSettings.QUIET_MAX_DAYS);
        quietDays.setStepButtonsVisible(true);
        quietDays.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("At least 1 day")
                .setMaxErrorMessage("At most " + StageSettings.QUIET_MAX_DAYS + " days")
                .setBadInputErrorMessage("Enter a whole number of days"));
        wipLimit.setHelperText("Empty: no limit");
        wipLimit.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage("At least 1")
                .setMaxErrorMessage("At most " + StageSettings.WIP_MAX)
                .setBadInputErrorMessage("Enter a whole number"));
        wipLimit.setMin(1);
        wipLimit.setMax(StageSettings.WIP_MAX);
    }

    public static class SaveEvent extends ComponentEvent<StageDialog> {
        SaveEvent(StageDialog source) {
            super(source, false);
        }

        public StageSettings settings() {
            return getSource().settings;
        }

        public Phase phase() {
            return getSource().phase.getValue();
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
