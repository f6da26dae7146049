package com.journeycrm.base.ui;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame around every view: side navigation built from {@code @Menu} entries (Vaadin filters them by
 * the user's access, so each role sees only what it may open), the user's name and role, logout, and a
 * light/dark toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final SignedInUser user;
    private final Map<MenuBadge, Span> badges = new LinkedHashMap<>();

    public MainLayout(SignedInUser user, List<MenuBadge> badges, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.user = user;
        badges.forEach(badge -> this.badges.put(badge, new Span()));
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
            String route = entry.path().replaceFirst("^/", "");
            badges.forEach((badge, span) -> {
                if (badge.route().equals(route)) {
                    span.getElement().getThemeList().add("badge error pill small");
                    span.addClassNames("menu-badge", badge.styleName());
                    item.setSuffixComponent(span);
                }
            });
            nav.addItem(item);
        }
        return nav;
    }

    private Component createUserFooter() {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(user.roleLabel());
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

    /** A count can change with anything the user just did, so badges are re-read on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        badges.forEach((badge, span) -> {
            long count = badge.count();
            span.setText(String.valueOf(count));
            span.setVisible(count > 0);
            span.getElement().setAttribute("aria-label", badge.describe(count));
        });
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
