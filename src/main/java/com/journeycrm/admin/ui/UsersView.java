package com.journeycrm.admin.ui;

import com.journeycrm.activity.HandOverService;
import com.journeycrm.base.Translations;
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
    final Button newUser = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create());

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
        WindowWidth.listOnPhone(this, grid, List.of(), List.of("username", "status"));
        refresh();
    }

    void openCreate() {
        var dialog = new AccountDialog(null);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> accounts.create(e.username(), e.displayName(), e.role(), e.password()),
                getTranslation(
                        "users.created", e.displayName().strip(), e.username().strip())));
        dialog.open();
    }

    void openEdit(Account account) {
        var dialog = new AccountDialog(account);
        dialog.addSaveListener(e -> closeOnSuccess(
                dialog,
                () -> accounts.update(account.id(), e.displayName(), e.role(), account.version()),
                getTranslation("common.saved", e.displayName().strip())));
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
                .setHeader(getTranslation("users.column.name"))
                .setKey("name")
                .setAutoWidth(true)
                .setComparator(Account::displayName);
        grid.addColumn(Account::username)
                .setHeader(getTranslation("users.column.username"))
                .setKey("username")
                .setComparator(Account::username);
        grid.addColumn(a -> getTranslation(Translations.key(a.role())))
                .setHeader(getTranslation("users.column.role"))
                .setKey("role")
                .setComparator(a -> getTranslation(Translations.key(a.role())));
        // one column says whether the user can sign in: enabled or not, and locked after failed attempts
        grid.addColumn(a -> a.locked()
                        ? getTranslation(
                                "users.enabledLocked", getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                        : getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.column.status"))
                .setKey("status")
                .setComparator(a -> (a.enabled() ? 0 : 2) + (a.locked() ? 1 : 0));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setKey("actions")
                .setAutoWidth(true);
    }

    private Div actions(Account a) {
        var edit = RowButton.of(getTranslation("common.edit"), a.displayName(), () -> openEdit(a));
        var toggle = a.enabled()
                ? RowButton.of(
                        getTranslation("users.disable"),
                        a.displayName(),
                        () -> act(
                                () -> accounts.disable(a.id(), a.version()),
                                getTranslation("users.disabledNotice", a.displayName())))
                : RowButton.of(
                        getTranslation("users.enable"),
                        a.displayName(),
                        () -> act(
                                () -> accounts.enable(a.id(), a.version()),
                                getTranslation("users.enabledNotice", a.displayName())));
        var unlock = RowButton.of(
                getTranslation("users.unlock"),
                a.displayName(),
                () -> act(() -> users.unlock(a.id()), getTranslation("users.unlockedNotice", a.displayName())));
        var reset = RowButton.of(getTranslation("users.resetPassword"), a.displayName(), () -> resetPassword(a));
        var handOver = RowButton.of(getTranslation("users.handOver"), a.displayName(), () -> openHandOver(a));
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
                Notifications.info(getTranslation(
                        "users.handedOver",
                        done[0].clients(),
                        done[0].followUps(),
                        from.displayName(),
                        e.to().displayName()));
                dialog.close();
            }
        });
        dialog.open();
    }

    /** The temporary password is shown once, to be passed on; the user must replace it at the next login. */
    void resetPassword(Account a) {
        String[] temporary = new String[1];
        if (Attempt.run(() -> temporary[0] = accounts.resetPassword(a.id(), a.version()), null)) {
            var shown = new Dialog();
            shown.setHeaderTitle(getTranslation("users.temporary.title", a.displayName()));
            var password = new Span(temporary[0]);
            password.addClassName("temporary-password");
            shown.add(new Paragraph(getTranslation("users.temporary.text", a.displayName())), password);
            shown.getFooter().add(new Button(getTranslation("common.done"), e -> shown.close()));
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
