package com.journeycrm.base.ui;

import com.journeycrm.base.Translations;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every view: side navigation built from {@code @Menu} entries (Vaadin filters them by
 * the user's access, so each role sees only what it may open), the current view's title and the features' top-bar
 * items (search), the user's name and role, logout, and a light/dark toggle that the browser remembers.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final SignedInUser user;
    static final String THEME_KEY = "journey-theme";
    static final String APP_NAME = "Journey CRM";
    /** The security feature's own page for it; the layout knows only its address. */
    static final String PASSWORD_ROUTE = "password";

    private final Map<MenuBadge, Span> badges = new LinkedHashMap<>();
    private @Nullable Registration changes;
    final H1 title = new H1(APP_NAME);

    public MainLayout(
            SignedInUser user, List<MenuBadge> badges, List<TopBarItem> topBar, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.user = user;
        badges.forEach(badge -> this.badges.put(badge, new Span()));
        setPrimarySection(Section.DRAWER);
        title.addClassName("navbar-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        var items = new Div();
        items.addClassName("navbar-items");
        topBar.forEach(item -> items.add(item.create()));
        addToNavbar(toggle, title, items);
        addToDrawer(createBrand(), createNavigation(), createUserFooter());
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
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
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
        var role = new Span(getTranslation(user.roleKey()));
        role.getElement().getThemeList().add("badge contrast small");
        role.addClassName("user-role");

        var theme = new Button(new Icon(VaadinIcon.ADJUST), e -> toggleDarkMode());
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        theme.setAriaLabel(getTranslation("layout.theme"));
        theme.setTooltipText(getTranslation("layout.theme"));

        var logout = new Button(
                getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var who = new Div(name, role);
        who.addClassName("user-who");
        var password = new Button(new Icon(VaadinIcon.KEY), e -> UI.getCurrent().navigate(PASSWORD_ROUTE));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setAriaLabel(getTranslation("layout.password"));
        password.setTooltipText(getTranslation("layout.password"));
        var buttons = new Div(theme, password, logout);
        buttons.addClassName("user-buttons");
        var footer = new Div(who, createLanguageChoice(), buttons);
        footer.addClassName("user-footer");
        return footer;
    }

    /**
     * Each offered language named in itself ("Deutsch", "English"), so a user who cannot read the current one still
     * finds theirs; the choice is remembered for the user and the page opens again in it.
     */
    private Component createLanguageChoice() {
        var language = new Select<Locale>();
        language.addClassName("language-choice");
        language.addThemeVariants(SelectVariant.LUMO_SMALL);
        language.setAriaLabel(getTranslation("layout.language"));
        language.setTooltipText(getTranslation("layout.language"));
        language.setPrefixComponent(new Icon(VaadinIcon.GLOBE));
        language.setItems(Translations.LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Translations.LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst()
                .orElse(Translations.LANGUAGES.getFirst()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                user.chooseLanguage(e.getValue());
                var ui = UI.getCurrent();
                ui.getSession().setLocale(e.getValue());
                ui.getPage().reload();
            }
        });
        return language;
    }

    /** The view is the page's main landmark, so screen-reader users can jump past the navigation. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the choice lives in the browser: it belongs to the device (a dark office screen), not to the account
        event.getUI()
                .getPage()
                .executeJs("return window.localStorage.getItem($0)", THEME_KEY)
                .then(String.class, stored -> applyTheme(event.getUI(), Lumo.DARK.equals(stored)));
        changes = Changed.listen(event.getUI(), this::refreshBadges);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
    }

    /**
     * A count can change with anything the user just did, so badges are re-read on every navigation and after every
     * change the user makes ({@link Changed}).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(MenuConfiguration.getPageHeader(getContent())
                .map(MainLayout::withoutAppName)
                .orElse(APP_NAME));
        refreshBadges();
    }

    private void refreshBadges() {
        badges.forEach((badge, span) -> {
            long count = badge.count();
            span.setText(String.valueOf(count));
            span.setVisible(count > 0);
            span.getElement().setAttribute("aria-label", badge.describe(count));
        });
    }

    /** "Board · Journey CRM" (the browser tab's title) is "Board" in the top bar, under the brand. */
    static String withoutAppName(String pageTitle) {
        String suffix = " · " + APP_NAME;
        return pageTitle.endsWith(suffix) ? pageTitle.substring(0, pageTitle.length() - suffix.length()) : pageTitle;
    }

    private static void toggleDarkMode() {
        var ui = UI.getCurrent();
        boolean dark = !ui.getElement().getThemeList().contains(Lumo.DARK);
        applyTheme(ui, dark);
        ui.getPage().executeJs("window.localStorage.setItem($0, $1)", THEME_KEY, dark ? Lumo.DARK : Lumo.LIGHT);
    }

    private static void applyTheme(UI ui, boolean dark) {
        ui.getElement().getThemeList().set(Lumo.DARK, dark);
    }
}
