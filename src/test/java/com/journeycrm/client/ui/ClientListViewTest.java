package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import org.junit.jupiter.api.Test;

class ClientListViewTest extends KaribuTest {

    @Test
    void a_new_client_from_the_list_opens_its_view() {
        login("sales");
        navigate("clients");
        var list = _get(ClientListView.class);
        _click(list.newClient);
        var dialog = _get(NewClientDialog.class);
        String name = data.unique("Brand new");
        dialog.profile.name.setValue(name);
        _click(dialog.profile.save);

        var view = _get(ClientDetailView.class);
        assertThat(view.header.name.getText()).isEqualTo(name);
        assertThat(view.header.stage.getText()).isEqualTo("Aware");
    }

    @Test
    void the_client_list_searches_by_name() {
        var client = data.client(data.unique("Findable"), "sales3", "Aware");
        login("sales");
        navigate("clients");
        var list = _get(ClientListView.class);
        list.search.setValue(client.getName());
        assertThat(GridKt._fetch(list.grid, 0, 10)).extracting(c -> c.id()).containsExactly(client.getId());
    }
}
