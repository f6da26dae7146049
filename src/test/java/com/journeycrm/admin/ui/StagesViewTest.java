package com.journeycrm.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.StagePalette;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StagesViewTest extends KaribuTest {

    @Autowired
    StageService stages;

    StagesView view;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        navigate("admin/stages");
        view = _get(StagesView.class);
    }

    private List<StageSummary> rows() {
        return GridKt._fetch(view.grid, 0, 100);
    }

    private Button action(String name, String text) {
        int row = rows().stream().map(StageSummary::name).toList().indexOf(name);
        return _find(GridKt._getCellComponent(view.grid, row, "actions"), Button.class).stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    private StageDialog addStage(String name, Integer quietDays) {
        _click(view.newStage);
        var dialog = _get(StageDialog.class);
        dialog.phase.setValue(Phase.FORMER_CLIENT);
        enter(dialog.name, name);
        dialog.colour.setValue(StagePalette.TEAL);
        enter(dialog.quietDays, quietDays);
        _click(dialog.save);
        return dialog;
    }

    @Test
    void the_admin_adds_a_stage_and_bad_input_is_marked_at_its_field_with_nothing_saved() {
        String name = data.unique("Alumni");
        var dialog = addStage(name, 0);
        assertThat(dialog.quietDays.isInvalid()).isTrue();
        assertThat(dialog.quietDays.getErrorMessage()).isEqualTo("At least 1 day");
        assertThat(_get(StageDialog.class)).isSameAs(dialog);
        enter(dialog.name, "");
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(stages.listStages()).extracting(StageSummary::name).doesNotContain(name);

        enter(dialog.name, name);
        enter(dialog.quietDays, 120);
        _click(dialog.save);

        assertThat(_find(StageDialog.class)).isEmpty();
        assertThat(rows().getLast().name()).as("last of the last phase").isEqualTo(name);
        assertThat(notificationTexts()).contains("Added " + name + " to Former client.");
        _click(action(name, "Remove…"));
        _click(_get(RemoveStageDialog.class).remove);
        assertThat(rows()).extracting(StageSummary::name).doesNotContain(name);
    }

    @Test
    void a_stage_that_cannot_be_removed_says_why_at_once_and_the_ends_of_a_phase_do_not_move_further() {
        var deciding = action("Deciding", "Remove…");
        assertThat(deciding.getTooltip().getText()).startsWith("Deciding records outcomes");
        _click(deciding);
        assertThat(_find(RemoveStageDialog.class))
                .as("no dialog asks for a destination first")
                .isEmpty();
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Deciding records outcomes"));

        String first = rows().getFirst().name();
        assertThat(action(first, "Earlier").isEnabled()).isFalse();
        assertThat(action(first, "Later").isEnabled()).isTrue();
        assertThat(action(rows().getLast().name(), "Later").isEnabled()).isFalse();
        assertThat(action(rows().get(1).name(), "Earlier").isEnabled()).isTrue();
    }

    @Test
    void a_name_in_use_keeps_the_dialog_open_with_the_reason() {
        _click(action("Informed", "Edit"));
        var dialog = _get(StageDialog.class);
        enter(dialog.name, "Aware");
        _click(dialog.save);
        assertThat(_get(StageDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("There is already a stage called Aware"));
    }

    @Test
    void removing_a_stage_with_clients_asks_where_they_go_and_moves_them() {
        String name = data.unique("Temporary");
        addStage(name, 30);
        var client = data.client(data.unique("Waiting"), "sales", name);
        _click(action(name, "Remove…"));
        var dialog = _get(RemoveStageDialog.class);
        assertThat(dialog.remove.getText()).isEqualTo("Move 1 and remove");
        _click(dialog.remove);
        assertThat(dialog.destination.isInvalid()).isTrue();
        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo(name);

        dialog.destination.setValue(rows().stream()
                .filter(s -> s.name().equals("Former — advocate"))
                .findFirst()
                .orElseThrow());
        _click(dialog.remove);

        assertThat(data.reload(client.getId()).getStage().getName()).isEqualTo("Former — advocate");
        assertThat(rows()).extracting(StageSummary::name).doesNotContain(name);
    }

    @Test
    void a_stage_moves_earlier_within_its_phase() {
        String first = data.unique("One");
        String second = data.unique("Two");
        addStage(first, null);
        addStage(second, null);
        _click(action(second, "Earlier"));
        var names = rows().stream().map(StageSummary::name).toList();
        assertThat(names.indexOf(second)).isEqualTo(names.indexOf(first) - 1);
        for (String name : List.of(first, second)) {
            _click(action(name, "Remove…"));
            _click(_get(RemoveStageDialog.class).remove);
        }
    }
}
