package com.journeycrm.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.offering.CatalogueItem;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServicesViewTest extends KaribuTest {

    ServicesView view;

    @BeforeEach
    void openAsAdmin() {
        login("admin");
        navigate("admin/services");
        view = _get(ServicesView.class);
    }

    private List<CatalogueItem> rows() {
        return GridKt._fetch(view.grid, 0, 100);
    }

    private int row(String name) {
        return rows().stream().map(CatalogueItem::name).toList().indexOf(name);
    }

    private void click(String name, String action) {
        _click(_find(GridKt._getCellComponent(view.grid, row(name), "actions"), Button.class).stream()
                .filter(b -> action.equals(b.getText()))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void the_admin_adds_renames_and_retires_a_service() {
        _click(view.newService);
        var dialog = _get(ServiceDialog.class);
        _click(dialog.save);
        assertThat(dialog.name.isInvalid()).isTrue();
        String name = data.unique("Board coaching");
        enter(dialog.name, name);
        enter(dialog.description, "For new board members");
        _click(dialog.save);
        assertThat(_find(ServiceDialog.class)).isEmpty();
        assertThat(GridKt._getFormatted(view.grid, row(name), "status")).isEqualTo("Offered");

        click(name, "Edit");
        var edit = _get(ServiceDialog.class);
        assertThat(edit.description.getValue()).isEqualTo("For new board members");
        enter(edit.name, name + " plus");
        _click(edit.save);
        click(name + " plus", "Retire");

        assertThat(GridKt._getFormatted(view.grid, row(name + " plus"), "status"))
                .isEqualTo("Retired");
        assertThat(notificationTexts())
                .contains(name + " plus is no longer offered; clients who had it keep it on" + " their record.");
        click(name + " plus", "Offer again");
        assertThat(GridKt._getFormatted(view.grid, row(name + " plus"), "status"))
                .isEqualTo("Offered");
    }

    @Test
    void a_name_in_use_keeps_the_dialog_open_with_the_reason() {
        String existing = rows().getFirst().name();
        _click(view.newService);
        var dialog = _get(ServiceDialog.class);
        enter(dialog.name, existing.toUpperCase());
        _click(dialog.save);
        assertThat(_get(ServiceDialog.class)).isSameAs(dialog);
        assertThat(notificationTexts()).contains("There is already a service called " + existing.toUpperCase() + ".");
    }
}
