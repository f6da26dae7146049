package com.journeycrm.base.ui;

import com.journeycrm.reminder.ReminderService;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every view: side navigation built from {@code @Menu} entries (Vaadin filters them by
 * the user's access, so each role sees only what it may open), the user's name and role, logout, and a
 * light/dark toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final CurrentUser user;
    private final ReminderService reminders;
    private final Span reminderBadge = new Span();

    public MainLayout(UserService users, ReminderService reminders, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.reminders = reminders;
        this.user = users.currentUser();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), createTitle());
        addToDrawer(createBrand(), createNavigation(), createUserFooter());
    }

    private Component createTitle() {
        var title = new H1("Journey CRM");
        title.addClassName("navbar-title");
        return title;
    }

    private Component createBrand() {
        var brand = new Div(new Span("Journey"), new Span("CRM"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav createNavigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (entry.path().replaceFirst("^/", "").equals("reminders")) {
                reminderBadge.getElement().getThemeList().add("badge error pill small");
                reminderBadge.addClassName("reminder-badge");
                item.setSuffixComponent(reminderBadge);
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component createUserFooter() {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(user.role().label());
        role.getElement().getThemeList().add("badge contrast small");
        role.addClassName("user-role");

        var theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleDarkMode());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel("Switch light/dark");
        theme.setTooltipText("Switch light/dark");

        var logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var who = new VerticalLayout(name, role);
        who.setPadding(false);
        who.setSpacing(false);
        var footer = new HorizontalLayout(who, theme, logout);
        footer.addClassName("user-footer");
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        return footer;
    }

    /** The reminder count can change with anything the user just did, so it is re-read on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        long due = reminders.myDueCount();
        reminderBadge.setText(String.valueOf(due));
        reminderBadge.setVisible(due > 0);
        reminderBadge.getElement().setAttribute("aria-label", due + " reminders due");
    }

    private static void toggleDarkMode() {
        var themes = UI.getCurrent().getElement().getThemeList();
        if (themes.contains(Lumo.DARK)) {
            themes.remove(Lumo.DARK);
        } else {
            themes.add(Lumo.DARK);
        }
    }
}
