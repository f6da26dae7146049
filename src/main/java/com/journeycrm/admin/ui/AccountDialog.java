package com.journeycrm.admin.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.security.AccountService;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService.Account;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * A new user (username, name, role, first password) or an existing one's name and role. Checks what it can at the
 * fields and fires {@link SaveEvent}; the caller runs the use case and closes it once that went through.
 */
public class AccountDialog extends Dialog {

    final TextField username = new TextField(getTranslation("users.column.username"));
    final TextField displayName = new TextField(getTranslation("users.column.name"));
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField(getTranslation("users.password"));
    final Button save = new Button(getTranslation("common.save"));

    public AccountDialog(Account existing) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("users.new")
                        : getTranslation("common.edit.named", existing.displayName()));
        FieldLimits.limit(username, AppUser.USERNAME_MAX);
        FieldLimits.limit(displayName, AppUser.DISPLAY_NAME_MAX);
        password.setMaxLength(AccountService.PASSWORD_MAX);
        password.setHelperText(getTranslation("users.password.help", AccountService.PASSWORD_MIN));
        role.setLabel(getTranslation("users.column.role"));
        role.setItems(Role.assignable());
        role.setItemLabelGenerator(r -> getTranslation(Translations.key(r)));
        role.setValue(existing == null ? Role.SALES : existing.role());
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            password.setVisible(false);
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (valid(existing == null)) {
                fireEvent(new SaveEvent(this));
            }
        });
        add(new FormLayout(username, displayName, role, password));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private boolean valid(boolean isNew) {
        boolean ok = true;
        ok &= mark(displayName, !displayName.getValue().isBlank(), getTranslation("users.name.needed"));
        if (isNew) {
            ok &= mark(username, !username.getValue().isBlank(), getTranslation("users.username.needed"));
            ok &= markPassword(
                    password.getValue().length() >= AccountService.PASSWORD_MIN,
                    getTranslation("users.password.atLeast", AccountService.PASSWORD_MIN));
        }
        return ok;
    }

    private static boolean mark(TextField field, boolean ok, String message) {
        field.setErrorMessage(message);
        field.setInvalid(!ok);
        return ok;
    }

    private boolean markPassword(boolean ok, String message) {
        password.setErrorMessage(message);
        password.setInvalid(!ok);
        return ok;
    }

    public static class SaveEvent extends ComponentEvent<AccountDialog> {
        SaveEvent(AccountDialog source) {
            super(source, false);
        }

        public String username() {
            return getSource().username.getValue();
        }

        public String displayName() {
            return getSource().displayName.getValue();
        }

        public Role role() {
            return getSource().role.getValue();
        }

        public String password() {
            return getSource().password.getValue();
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
