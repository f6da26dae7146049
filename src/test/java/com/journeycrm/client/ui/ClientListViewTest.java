package com.journeycrm.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.journeycrm.UserInput.enter;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.client.ClientFilter.Attention;
import com.journeycrm.client.ClientListItem;
import com.journeycrm.client.ContactService;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClientListViewTest extends KaribuTest {

    @Autowired
    ContactService contacts;

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
    void a_new_client_can_come_with_its_first_contact_and_a_bad_contact_saves_neither() {
        login("sales");
        navigate("clients");
        var list = _get(ClientListView.class);
        _click(list.newClient);
        var dialog = _get(NewClientDialog.class);
        String name = data.unique("With contact");
        enter(dialog.profile.name, name);
        enter(dialog.contact.name, "Grace Hopper");
        enter(dialog.contact.email, "not an address");
        _click(dialog.profile.save);

        assertThat(_get(NewClientDialog.class)).isSameAs(dialog);
        assertThat(dialog.contactSection.isOpened()).isTrue();
        assertThat(dialog.contact.email.isInvalid()).isTrue();
        enter(list.search, name);
        assertThat(list.total.getText()).isEqualTo("0 clients");

        enter(dialog.contact.email, "grace@navy.example");
        _click(dialog.profile.save);
        var view = _get(ClientDetailView.class);
        assertThat(contacts.contacts(view.client().id()))
                .extracting(c -> c.name() + " " + c.email())
                .containsExactly("Grace Hopper grace@navy.example");
    }

    @Test
    void the_client_list_searches_by_name() {
        var client = data.client(data.unique("Findable"), "sales3", "Aware");
        login("sales");
        navigate("clients");
        var list = _get(ClientListView.class);
        list.search.setValue(client.getName());
        assertThat(GridKt._fetch(list.grid, 0, 10)).extracting(c -> c.id()).containsExactly(client.getId());
        assertThat(list.total.getText()).isEqualTo("1 client");
    }

    @Test
    void the_list_filters_by_stage_owner_and_what_needs_attention_and_counts_what_it_shows() {
        String prefix = data.unique("Filtered");
        var quiet = data.client(prefix + " quiet", "sales3", "Interested", TestConfig.NOW.minus(Duration.ofDays(200)));
        var fresh = data.client(prefix + " fresh", "sales3", "Interested");
        var elsewhere = data.client(prefix + " elsewhere", "sales", "Aware");
        login("manager");
        navigate("clients");
        var list = _get(ClientListView.class);
        enter(list.search, prefix);
        assertThat(ids(list)).containsExactlyInAnyOrder(quiet.getId(), fresh.getId(), elsewhere.getId());

        list.stage.setValue(list.stage
                .getListDataView()
                .getItems()
                .filter(s -> s.name().equals("Interested"))
                .findFirst()
                .orElseThrow());
        assertThat(ids(list)).containsExactlyInAnyOrder(quiet.getId(), fresh.getId());
        list.owner.setValue(list.owner
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("sales3"))
                .findFirst()
                .orElseThrow());
        list.attention.setValue(Attention.QUIET);
        assertThat(ids(list)).containsExactly(quiet.getId());
        assertThat(list.total.getText()).isEqualTo("1 client");
        assertThat(GridKt._fetch(list.grid, 0, 1).getFirst().quiet(TestConfig.NOW))
                .isTrue();
    }

    @Test
    void columns_sort_both_ways_and_names_break_ties_by_id() {
        String prefix = data.unique("Sorted");
        var b = data.client(prefix + " B", "sales", "Aware");
        var a = data.client(prefix + " A", "sales3", "Aware");
        login("manager");
        navigate("clients");
        var list = _get(ClientListView.class);
        enter(list.search, prefix);
        assertThat(ids(list)).containsExactly(a.getId(), b.getId());

        list.grid.sort(GridSortOrder.desc(list.grid.getColumnByKey("name")).build());
        assertThat(ids(list)).containsExactly(b.getId(), a.getId());
        list.grid.sort(GridSortOrder.asc(list.grid.getColumnByKey("owner")).build());
        // "Dana Sales" (sales) before "Priya Sales" (sales3): by the owner's name, not the client's
        assertThat(GridKt._fetch(list.grid, 0, 10))
                .extracting(ClientListItem::ownerName)
                .isSorted();
        assertThat(list.grid.getSortOrder().getFirst().getDirection()).isEqualTo(SortDirection.ASCENDING);
    }

    private static List<Long> ids(ClientListView list) {
        return GridKt._fetch(list.grid, 0, 100).stream().map(ClientListItem::id).toList();
    }
}
