package com.journeycrm.client.ui;

import com.journeycrm.base.ui.TopBarItem;
import com.journeycrm.client.ClientSearchHit;
import com.journeycrm.client.ClientService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.Command;
import java.util.stream.Stream;

/**
 * The top bar's search, on every page: type part of a client's name or website, or of a contact's name, email or
 * phone, and pick the client to open it. Each suggestion says why it was found (the contact that matched).
 */
@org.springframework.stereotype.Component
class ClientQuickSearch implements TopBarItem {

    static final int SUGGESTIONS = 20;

    private final ClientService clients;

    ClientQuickSearch(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public Component create() {
        var search = new ComboBox<ClientSearchHit>();
        search.addClassName("quick-search");
        search.setPlaceholder(search.getTranslation("client.search.placeholder"));
        search.setAriaLabel(search.getTranslation("client.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setAllowCustomValue(false);
        search.setItemLabelGenerator(ClientSearchHit::name);
        // the clients that matched come first; a contact that matched stands indented under its client's name
        search.setRenderer(LitRenderer.<ClientSearchHit>of("""
                        <div class="hit ${item.contact ? 'hit-contact' : ''}"><div class="hit-name">${item.name}</div>
                        <div class="hit-detail">${item.detail}</div></div>""")
                .withProperty("name", ClientSearchHit::name)
                .withProperty("contact", hit -> hit.contactName() != null)
                .withProperty("detail", ClientSearchHit::detail));
        // Ctrl+K (⌘K) from anywhere in the app puts the cursor in the search
        Command focus = search::focus;
        Shortcuts.addShortcutListener(search, focus, Key.KEY_K, KeyModifier.CONTROL)
                .listenOn(UI.getCurrent());
        search.setItems(query -> {
            int offset = query.getOffset();
            int limit = query.getLimit();
            String text = query.getFilter().orElse("");
            return offset > 0 ? Stream.empty() : clients.quickSearch(text, Math.min(limit, SUGGESTIONS)).stream();
        });
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                long id = e.getValue().id();
                search.clear();
                UI.getCurrent().navigate(ClientDetailView.class, ClientDetailView.params(id));
            }
        });
        return search;
    }
}
