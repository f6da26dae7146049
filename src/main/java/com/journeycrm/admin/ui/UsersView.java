package com.journeycrm.admin.ui;

import com.journeycrm.base.ui.Attempt;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService.Account;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins see every account, whether it is locked after failed logins, and can unlock it. */
@Route("admin/users")
@PageTitle("Users · Journey CRM")
@Menu(order = 90, title = "Users", icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final UserService users;
    final Grid<Account> grid = new Grid<>();

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Account::displayName).setHeader("Name").setKey("name").setAutoWidth(true)
                .setComparator(Account::displayName);
        grid.addColumn(Account::username).setHeader("Username").setKey("username").setComparator(Account::username);
        grid.addColumn(a -> a.role().label()).setHeader("Role").setKey("role").setComparator(a -> a.role().label());
        grid.addColumn(a -> a.enabled() ? "Enabled" : "Disabled").setHeader("Status").setKey("status")
                .setComparator(Account::enabled);
        grid.addColumn(a -> a.locked() ? "Locked" : "").setHeader("Sign-in").setKey("locked")
                .setComparator(Account::locked);
        grid.addComponentColumn(a -> {
            var unlock = new Button("Unlock", e -> {
                Attempt.run(() -> users.unlock(a.id()), a.displayName() + " can sign in again.");
                refresh();
            });
            unlock.setAriaLabel("Unlock — " + a.displayName());
            unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unlock.setVisible(a.locked());
            return unlock;
        }).setKey("actions");
    }

    private void refresh() {
        grid.setItems(users.listAccounts());
    }
}
