package com.journeycrm.security.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.MainLayout;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.security.AccountService;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Change my password: the current one, then the new one twice. Also where a user whose password an admin set
 * (a new account, a reset) is sent before anything else.
 */
@Route(value = PasswordView.ROUTE, layout = MainLayout.class)
@PermitAll
public class PasswordView extends VerticalLayout implements TitledView {

    public static final String ROUTE = "password";

    final Paragraph why = new Paragraph();
    final PasswordField current = new PasswordField(getTranslation("password.current"));
    final PasswordField chosen = new PasswordField(getTranslation("password.new"));
    final PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
    final Button save = new Button(getTranslation("password.change"));

    public PasswordView(UserService users) {
        addClassName("error-page");
        boolean forced = users.mustChangePassword();
        why.setText(forced ? getTranslation("password.forced") : getTranslation("password.choose"));
        chosen.setHelperText(getTranslation("password.help", AccountService.PASSWORD_MIN));
        current.setMaxLength(200);
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setRequiredIndicatorVisible(true);
        }
        chosen.setMaxLength(AccountService.PASSWORD_MAX);
        repeated.setMaxLength(AccountService.PASSWORD_MAX);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.differ"));
                repeated.setInvalid(true);
                return;
            }
            repeated.setInvalid(false);
            if (Attempt.run(
                    () -> users.changeOwnPassword(current.getValue(), chosen.getValue()),
                    getTranslation("password.changed"))) {
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        var form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(why, form, save);
    }

    @Override
    public String titleKey() {
        return "page.password";
    }
}
