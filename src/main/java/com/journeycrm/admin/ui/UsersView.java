package com.journeycrm.admin.ui;

import com.journeycrm.activity.HandOverService;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.base.ui.RowButton;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.security.AccountService;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService;
import com.journeycrm.security.UserService.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Admins see every account and shape the team: add a user, change a name or role, disable (their sessions end at
 * once) and enable, unlock after failed logins.
 */
@Route("admin/users")
@Menu(order = 90, title = "menu.users", icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements TitledView {

    private final UserService users;
    private final AccountService accounts;
    private final HandOverService handOvers;
    final Grid<Account> grid = new Grid<>();
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());

    public UsersView(UserService users, AccountService accounts, HandOverService handOvers) {
        this.users = users;
        this.accounts = accounts;
        this.handOvers = handOvers;
        setSizeFull();
        configureGrid();
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> openCreate());
        var toolbar = new Div(newUser);
        toolbar.addClassName("list-toolbar");
        add(toolbar, grid);
        // a phone keeps who, the role and the actions
        WindowWidth.whenNarrow(
                this,
                narrow -> List.of("username", "status", "locked")
                        .forEach(key -> grid.getColumnByKey(key).setVisible(!narrow)));
        refresh();
    }

    void openCreate() {
        var dialog = new AccountDialog(null);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> accounts.create(e.username(), e.displayName(), e.role(), e.password()),
                e.displayName().strip() + " can now log in as " + e.username().strip() + "."));
        dialog.open();
    }

    void openEdit(Account account) {
        var dialog = new AccountDialog(account);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> accounts.update(account.id(), e.displayName(), e.role(), account.version()),
                "Saved " + e.displayName().strip() + "."));
        dialog.open();
    }

    private void closeOnSuccess(AccountDialog dialog, Runnable change, String success) {
        if (Attempt.run(change, success)) {
            dialog.close();
        }
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(Account::displayName)
                .setHeader("Name")
                .setKey("name")
                .setAutoWidth(true)
                .setComparator(Account::displayName);
        grid.addColumn(Account::username)
                .setHeader("Username")
                .setKey("username")
                .setComparator(Account::username);
        grid.addColumn(a -> a.role().label())
                .setHeader("Role")
                .setKey("role")
                .setComparator(a -> a.role().label());
        grid.addColumn(a -> a.enabled() ? "Enabled" : "Disabled")
                .setHeader("Status")
                .setKey("status")
                .setComparator(Account::enabled);
        grid.addColumn(a -> a.locked() ? "Locked" : "")
                .setHeader("Sign-in")
                .setKey("locked")
                .setComparator(Account::locked);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true);
    }

    private Div actions(Account a) {
        var edit = RowButton.of("Edit", a.displayName(), () -> openEdit(a));
        var toggle = a.enabled()
                ? RowButton.of(
                        "Disable",
                        a.displayName(),
                        () -> act(
                                () -> accounts.disable(a.id(), a.version()),
                                a.displayName() + " can no longer log in; their open sessions have ended."))
                : RowButton.of(
                        "Enable",
                        a.displayName(),
                        () -> act(() -> accounts.enable(a.id(), a.version()), a.displayName() + " can log in again."));
        var unlock = RowButton.of(
                "Unlock",
                a.displayName(),
                () -> act(() -> users.unlock(a.id()), a.displayName() + " can sign in again."));
        var reset = RowButton.of("Reset password", a.displayName(), () -> resetPassword(a));
        var handOver = RowButton.of("Hand over…", a.displayName(), () -> openHandOver(a));
        unlock.setVisible(a.locked());
        var row = new Div(edit, toggle, reset, handOver, unlock);
        row.addClassName("row-actions");
        return row;
    }

    void openHandOver(Account from) {
        var dialog = new HandOverDialog(from, users.listActiveUsers());
        dialog.addHandOverListener(e -> {
            HandOverService.HandedOver[] done = new HandOverService.HandedOver[1];
            if (Attempt.run(() -> done[0] = handOvers.handOver(from.id(), e.to().id()), null)) {
                Notifications.info("Handed " + count(done[0].clients(), "client") + " and "
                        + count(done[0].followUps(), "open follow-up") + " from " + from.displayName() + " to "
                        + e.to().displayName() + ".");
                dialog.close();
            }
        });
        dialog.open();
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** The temporary password is shown once, to be passed on; the user must replace it at the next login. */
    void resetPassword(Account a) {
        String[] temporary = new String[1];
        if (Attempt.run(() -> temporary[0] = accounts.resetPassword(a.id(), a.version()), null)) {
            var shown = new Dialog();
            shown.setHeaderTitle("Temporary password for " + a.displayName());
            var password = new Span(temporary[0]);
            password.addClassName("temporary-password");
            shown.add(
                    new Paragraph("Pass it on to " + a.displayName() + ": they choose their own at the next"
                            + " login. It is not shown again."),
                    password);
            shown.getFooter().add(new Button("Done", e -> shown.close()));
            shown.open();
        }
        refresh();
    }

    private void act(Runnable change, String success) {
        Attempt.run(change, success);
        refresh();
    }

    private void refresh() {
        grid.setItems(users.listAccounts());
    }

    @Override
    public String titleKey() {
        return "menu.users";
    }
}
