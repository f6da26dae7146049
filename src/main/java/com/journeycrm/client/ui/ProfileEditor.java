package com.journeycrm.client.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.base.ui.Forms;
import com.journeycrm.base.validation.TextRules;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.Source;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The client's profile. Validates with the form bean's constraints, shows errors at the fields, and only fires
 * {@link SaveEvent} with a valid bean; it never calls a service (the view does).
 */
public class ProfileEditor extends Composite<Div> {

    final TextField name = new TextField(getTranslation("client.profile.name"));
    final TextField industry = new TextField(getTranslation("client.profile.industry"));
    final TextField website = new TextField(getTranslation("client.profile.website"));
    final ComboBox<Source> source = new ComboBox<>(getTranslation("client.profile.source"));
    final ComboBox<ClientRef> referredBy = new ComboBox<>(getTranslation("client.profile.referredBy"));
    final TextArea notes = new TextArea(getTranslation("client.profile.notes"));
    final Button save = new Button(getTranslation("common.save"));
    final Button cancel = new Button(getTranslation("common.cancel"));

    private final BeanValidationBinder<ClientProfile> binder = new BeanValidationBinder<>(ClientProfile.class);
    private ClientProfile bean = new ClientProfile();

    public ProfileEditor(CallbackDataProvider.FetchCallback<ClientRef, String> clientSearch) {
        FieldLimits.limit(name, Client.NAME_MAX);
        FieldLimits.limit(industry, Client.INDUSTRY_MAX);
        FieldLimits.limit(website, TextRules.WEBSITE_MAX);
        name.setRequiredIndicatorVisible(true);
        website.setPlaceholder("example.com");
        source.setItems(Source.values());
        source.setItemLabelGenerator(s -> getTranslation(Translations.key(s)));
        referredBy.setItems(clientSearch);
        referredBy.setItemLabelGenerator(ClientRef::name);
        referredBy.setClearButtonVisible(true);
        referredBy.setHelperText(getTranslation("client.profile.referredBy.help"));
        FieldLimits.limit(notes, Client.NOTES_MAX);
        notes.setHelperText(getTranslation("common.upTo", Client.NOTES_MAX));
        for (TextField field : List.of(name, industry, website)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        // one rule with the import: a bare domain is a web address, kept with https:// in front (shown on leaving)
        binder.forField(website)
                .withConverter(TextRules::webAddress, text -> text)
                .bind("website");
        website.addBlurListener(e -> website.setValue(TextRules.webAddress(website.getValue())));
        binder.bindInstanceFields(this);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Forms.write(binder, bean)) {
                fireEvent(new SaveEvent(this, bean));
            }
        });
        cancel.addClickListener(e -> {
            binder.readBean(bean);
            fireEvent(new CancelEvent(this));
        });

        var form = new FormLayout(name, industry, website, source, referredBy, notes);
        form.setColspan(notes, 2);
        getContent().add(form, new HorizontalLayout(save, cancel));
    }

    public void setProfile(ClientProfile profile) {
        this.bean = profile;
        binder.readBean(profile);
    }

    /** Whether a field holds something not saved yet. */
    public boolean hasChanges() {
        return save.isVisible() && binder.hasChanges();
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        cancel.setVisible(!readOnly);
    }

    public static class SaveEvent extends ComponentEvent<ProfileEditor> {
        private final ClientProfile profile;

        SaveEvent(ProfileEditor source, ClientProfile profile) {
            super(source, false);
            this.profile = profile;
        }

        public ClientProfile profile() {
            return profile;
        }
    }

    public static class CancelEvent extends ComponentEvent<ProfileEditor> {
        CancelEvent(ProfileEditor source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
