package com.journeycrm.board.ui;

import com.journeycrm.base.ui.FieldLimits;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.security.CurrentUser;
import com.journeycrm.security.UserSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The board's filters: my clients, one owner, a name search, only quiet or overdue. */
public class BoardFilters extends Composite<HorizontalLayout> {

    final Checkbox mine = new Checkbox(getTranslation("board.filter.mine"));
    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("board.filter.owner"));
    final TextField search = new TextField();
    final Checkbox attentionOnly = new Checkbox(getTranslation("board.filter.attention"));
    private final CurrentUser me;
    private final List<UserSummary> people;
    /** Set while the filters are taken from the address: one refresh afterwards, not one per field. */
    private boolean applying;

    public BoardFilters(List<UserSummary> people, CurrentUser me, Runnable onChange) {
        this.me = me;
        this.people = people;
        Runnable changed = () -> {
            if (!applying) {
                onChange.run();
            }
        };
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setPlaceholder(getTranslation("board.filter.everyone"));
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> changed.run());
        mine.addValueChangeListener(e -> {
            owner.setEnabled(!e.getValue());
            changed.run();
        });
        search.setPlaceholder(getTranslation("board.filter.search"));
        search.setAriaLabel(getTranslation("board.filter.search.label"));
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, BoardFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> changed.run());
        attentionOnly.addValueChangeListener(e -> changed.run());
        var layout = getContent();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.addClassName("board-filters");
        layout.add(mine, owner, search, attentionOnly);
    }

    public BoardFilter value() {
        Long ownerId = mine.getValue()
                ? Long.valueOf(me.id())
                : owner.getValue() == null ? null : owner.getValue().id();
        return new BoardFilter(ownerId, search.getValue(), attentionOnly.getValue());
    }

    /** The filters as the address carries them: {@code mine=1}, {@code owner=<id>}, {@code q=<text>}, {@code attention=1}. */
    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (mine.getValue()) {
            query.put("mine", List.of("1"));
        } else if (owner.getValue() != null) {
            query.put("owner", List.of(String.valueOf(owner.getValue().id())));
        }
        if (!search.getValue().isBlank()) {
            query.put("q", List.of(search.getValue()));
        }
        if (attentionOnly.getValue()) {
            query.put("attention", List.of("1"));
        }
        return query;
    }

    /**
     * Takes the filters from the address (a bookmark, Back): what it does not name is cleared; an owner who is not
     * an active user and a search longer than the field takes are left out, not refused.
     */
    public void apply(QueryParameters address) {
        var query = address.getParameters();
        applying = true;
        try {
            mine.setValue(query.containsKey("mine"));
            String ownerId = first(query, "owner");
            owner.setValue(people.stream()
                    .filter(p -> String.valueOf(p.id()).equals(ownerId))
                    .findFirst()
                    .orElse(null));
            String text = first(query, "q");
            search.setValue(text == null || text.length() > BoardFilter.SEARCH_MAX ? "" : text);
            attentionOnly.setValue(query.containsKey("attention"));
        } finally {
            applying = false;
        }
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }

    /** Room for actions that belong on the same row, such as "New client". */
    public void addAction(Component action) {
        getContent().add(action);
    }
}
