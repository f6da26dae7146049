package com.journeycrm.admin.ui;

import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.base.ui.RowButton;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.WindowWidth;
import com.journeycrm.journey.MoveAllService;
import com.journeycrm.security.Role;
import com.journeycrm.stage.StageAdminService;
import com.journeycrm.stage.StageRemoval;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The journey's stages in board order, as an admin shapes them. Every change shows on open boards at once.
 */
@Route("admin/stages")
@Menu(order = 91, title = "menu.stages", icon = "vaadin:road-branches")
@RolesAllowed(Role.ADMIN_NAME)
public class StagesView extends VerticalLayout implements TitledView {

    private final StageService stages;
    private final StageAdminService admin;
    private final MoveAllService moveAll;
    final Grid<StageSummary> grid = new Grid<>();
    /** The stages the grid shows, in journey order: which are first or last of their phase. */
    private List<StageSummary> shown = List.of();

    final Button newStage = new Button(getTranslation("stages.new"), VaadinIcon.PLUS.create());

    public StagesView(StageService stages, StageAdminService admin, MoveAllService moveAll) {
        this.stages = stages;
        this.admin = admin;
        this.moveAll = moveAll;
        setSizeFull();
        configureGrid();
        newStage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newStage.addClickListener(e -> openCreate());
        var note = new Span(getTranslation("stages.note"));
        note.addClassName("view-note");
        var toolbar = new Div(newStage, note);
        toolbar.addClassName("list-toolbar");
        add(toolbar, grid);
        // a phone keeps the stage and its actions, two to a line
        WindowWidth.listOnPhone(this, grid, List.of("wip"), List.of("phase", "quiet"));
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(s -> {
                    var swatch = new Span();
                    swatch.addClassName("colour-swatch");
                    swatch.getStyle().set("background", s.colour());
                    var name = new Span(swatch, new Span(s.name()));
                    name.addClassName("colour-option");
                    return name;
                })
                .setHeader(getTranslation("stages.column.stage"))
                .setKey("name")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation(Translations.key(s.phase())))
                .setHeader(getTranslation("stages.phase"))
                .setKey("phase")
                .setAutoWidth(true);
        grid.addColumn(s -> s.quietThresholdDays() == null
                        ? getTranslation("stages.never")
                        : getTranslation("reminder.days", s.quietThresholdDays()))
                .setHeader(getTranslation("stages.column.quiet"))
                .setKey("quiet")
                .setAutoWidth(true);
        grid.addColumn(s -> s.wipLimit() == null ? "—" : String.valueOf(s.wipLimit()))
                .setHeader(getTranslation("stages.wipLimit"))
                .setKey("wip")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setKey("actions")
                .setAutoWidth(true);
    }

    private Div actions(StageSummary s) {
        var phase = shown.stream().filter(other -> other.phase() == s.phase()).toList();
        var earlier = RowButton.of(
                getTranslation("stages.earlier"), s.name(), () -> act(() -> admin.reorder(s.id(), true), null));
        earlier.setEnabled(!phase.isEmpty() && phase.getFirst().id() != s.id());
        var later = RowButton.of(
                getTranslation("stages.later"), s.name(), () -> act(() -> admin.reorder(s.id(), false), null));
        later.setEnabled(!phase.isEmpty() && phase.getLast().id() != s.id());
        var row = new Div(
                RowButton.of(getTranslation("common.edit"), s.name(), () -> openEdit(s)),
                earlier,
                later,
                removeButton(s));
        row.addClassName("row-actions");
        return row;
    }

    /**
     * "Remove…" on a stage that cannot be removed whoever is in it says why at once (on hover and on a click), instead
     * of asking where its clients should go first.
     */
    private Button removeButton(StageSummary s) {
        var refusal = StageRemoval.refusal(s, shown);
        var remove = RowButton.of(
                getTranslation("stages.remove"),
                s.name(),
                () -> refusal.ifPresentOrElse(
                        why -> Notifications.error(getTranslation(why.key(), why.arguments())), () -> openRemove(s)));
        refusal.ifPresent(why -> {
            remove.setTooltipText(getTranslation(why.key(), why.arguments()));
            remove.addClassName("refused");
        });
        return remove;
    }

    void openCreate() {
        var dialog = new StageDialog(null);
        dialog.addSaveListener(e -> {
            if (Attempt.run(
                    () -> admin.add(e.phase(), e.settings()),
                    getTranslation("stages.added", e.settings().getName().strip(), e.phase()))) {
                dialog.close();
            }
            refresh();
        });
        dialog.open();
    }

    void openEdit(StageSummary stage) {
        var dialog = new StageDialog(stage);
        dialog.addSaveListener(e -> {
            if (Attempt.run(
                    () -> admin.update(stage.id(), stage.version(), e.settings()),
                    getTranslation("common.saved", e.settings().getName().strip()))) {
                dialog.close();
            }
            refresh();
        });
        dialog.open();
    }

    void openRemove(StageSummary stage) {
        long clients = admin.clientsIn(stage.id());
        var others =
                stages.listStages().stream().filter(s -> s.id() != stage.id()).toList();
        var dialog = new RemoveStageDialog(stage, clients, others);
        dialog.addRemoveListener(e -> {
            Runnable change = e.destination() == null
                    ? () -> admin.remove(stage.id())
                    : () -> moveAll.moveAllAndRemove(stage.id(), e.destination().id());
            if (Attempt.run(
                    change,
                    e.destination() == null
                            ? getTranslation("stages.removed", stage.name())
                            : getTranslation(
                                    "stages.removedMoved",
                                    stage.name(),
                                    e.destination().name()))) {
                dialog.close();
            }
            refresh();
        });
        dialog.open();
    }

    private void act(Runnable change, String success) {
        Attempt.run(change, success);
        refresh();
    }

    private void refresh() {
        shown = stages.listStages();
        grid.setItems(shown);
    }

    @Override
    public String titleKey() {
        return "menu.stages";
    }
}
