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
import java.util.List;

/** The board's filters: my clients, one owner, a name search, only quiet or overdue. */
public class BoardFilters extends Composite<HorizontalLayout> {

    final Checkbox mine = new Checkbox(getTranslation("board.filter.mine"));
    final ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("board.filter.owner"));
    final TextField search = new TextField();
    final Checkbox attentionOnly = new Checkbox(getTranslation("board.filter.attention"));
    private final CurrentUser me;

    public BoardFilters(List<UserSummary> people, CurrentUser me, Runnable onChange) {
        this.me = me;
        owner.setItems(people);
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setPlaceholder(getTranslation("board.filter.everyone"));
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> onChange.run());
        mine.addValueChangeListener(e -> {
            owner.setEnabled(!e.getValue());
            onChange.run();
        });
        search.setPlaceholder(getTranslation("board.filter.search"));
        search.setAriaLabel(getTranslation("board.filter.search.label"));
        search.setClearButtonVisible(true);
        FieldLimits.limit(search, BoardFilter.SEARCH_MAX);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.run());
        attentionOnly.addValueChangeListener(e -> onChange.run());
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

    /** Room for actions that belong on the same row, such as "New client". */
    public void addAction(Component action) {
        getContent().add(action);
    }
}
