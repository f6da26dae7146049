package com.journeycrm.activity.ui;

import com.journeycrm.activity.TimelineEntry;
import com.journeycrm.activity.TimelineService;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TemplateWords;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.client.TouchPointType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A client's touch points and stage changes, newest first, loaded a page at a time; filter by type.
 * Entries the user may change offer Edit and Delete.
 */
public class Timeline extends Composite<VerticalLayout> {

    private static final String TEMPLATE = """
            <div class="timeline-entry ${item.kind}">
              <vaadin-icon icon="${item.icon}" title="${item.typeLabel}"></vaadin-icon>
              <div class="timeline-body">
                <div class="timeline-title">${item.title}</div>
                <div class="timeline-meta">${item.meta}</div>
                <div class="timeline-detail" ?hidden=${!item.detail}>${item.detail}</div>
              </div>
              <div class="timeline-actions" ?hidden=${!item.editable}>
                <vaadin-button theme="small tertiary" @click=${edit}>{{edit}}</vaadin-button>
                <vaadin-button theme="small tertiary error" @click=${remove}>{{delete}}</vaadin-button>
              </div>
            </div>""";

    final MultiSelectComboBox<TouchPointType> types =
            new MultiSelectComboBox<>(getTranslation("activity.timeline.types"));
    final Checkbox stageChanges = new Checkbox(getTranslation("activity.timeline.stageChanges"), true);
    final Grid<TimelineEntry> grid = new Grid<>();
    private long clientId;

    public Timeline(
            TimelineService timelines,
            UserTime time,
            Consumer<TimelineEntry> onEdit,
            Consumer<TimelineEntry> onDelete) {
        types.setItems(TouchPointType.values());
        types.setItemLabelGenerator(t -> getTranslation(Translations.key(t)));
        types.setPlaceholder(getTranslation("activity.timeline.allTypes"));
        types.setClearButtonVisible(true);
        types.addValueChangeListener(e -> show(clientId));
        stageChanges.addValueChangeListener(e -> show(clientId));

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(25);
        grid.addColumn(LitRenderer.<TimelineEntry>of(TemplateWords.fill(
                        this, TEMPLATE, Map.of("edit", "common.edit", "delete", "activity.touch.delete")))
                .withProperty("kind", e -> switch (e.kind()) {
                    case TOUCH_POINT -> "touch";
                    case STAGE_CHANGE -> "stage-change";
                    case SNOOZE -> "snooze";
                })
                .withProperty("icon", e -> switch (e.kind()) {
                    case TOUCH_POINT -> "vaadin:" + iconName(e.type());
                    case STAGE_CHANGE -> "vaadin:flag";
                    case SNOOZE -> "vaadin:alarm";
                })
                .withProperty("typeLabel", e -> switch (e.kind()) {
                    case TOUCH_POINT -> I18NProvider.translate(Translations.key(e.type()));
                    case STAGE_CHANGE -> I18NProvider.translate("activity.timeline.stageChange");
                    case SNOOZE -> I18NProvider.translate("activity.timeline.snooze");
                })
                .withProperty("title", Timeline::title)
                .withProperty("meta", e -> meta(e, time))
                .withProperty("detail", Timeline::detail)
                .withProperty("editable", TimelineEntry::editable)
                // the buttons are hidden on other rows, but a tampered browser can call these for any row
                .withFunction("edit", e -> ifChangeable(e, onEdit))
                .withFunction("remove", e -> ifChangeable(e, onDelete)));
        grid.setItems(
                query -> timelines
                        .timeline(
                                clientId, selectedTypes(), stageChanges.getValue(), query.getOffset(), query.getLimit())
                        .stream(),
                query -> timelines.timelineCount(clientId, selectedTypes(), stageChanges.getValue()));
        grid.setHeight("60vh");

        var filters = new HorizontalLayout(types, stageChanges);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(filters, grid);
    }

    Set<TouchPointType> selectedTypes() {
        return types.isEmpty() ? EnumSet.allOf(TouchPointType.class) : EnumSet.copyOf(types.getValue());
    }

    /** Shows another client's timeline (the view is reused for every client), or the same one re-read. */
    public void show(long clientId) {
        this.clientId = clientId;
        grid.getDataProvider().refreshAll();
    }

    private static void ifChangeable(TimelineEntry entry, Consumer<TimelineEntry> action) {
        if (entry.editable() && entry.isTouchPoint()) {
            action.accept(entry);
        }
    }

    /** What a user typed, or what the app says of a stage change or snooze, in the reader's words. */
    private static String title(TimelineEntry e) {
        return e.headline() == null
                ? e.title()
                : I18NProvider.translate(e.headline().key(), e.headline().arguments());
    }

    private static String detail(TimelineEntry e) {
        if (e.outcome() == null) {
            return e.detail();
        }
        String outcome = I18NProvider.translate(Translations.key(e.outcome()));
        return e.detail() == null
                ? outcome
                : I18NProvider.translate("activity.timeline.outcomeAndReason", outcome, e.detail());
    }

    private static String iconName(TouchPointType type) {
        return type.icon().toLowerCase().replace('_', '-');
    }

    private static String meta(TimelineEntry e, UserTime time) {
        var parts = new StringBuilder(time.dateTime(e.at()));
        if (e.until() != null) {
            parts.append(" · ").append(I18NProvider.translate("activity.timeline.until", time.date(e.until())));
        }
        if (e.direction() != null) {
            parts.append(" · ")
                    .append(I18NProvider.translate(
                            "activity.timeline.typeAndDirection",
                            e.type(),
                            I18NProvider.translate(Translations.key(e.direction()))
                                    .toLowerCase(time.locale())));
        }
        parts.append(" · ")
                .append(
                        e.contactName() == null
                                ? e.author()
                                : I18NProvider.translate("activity.timeline.authorWith", e.author(), e.contactName()));
        return parts.toString();
    }
}
