package com.journeycrm.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.activity.FollowUpService;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ReassignService;
import com.journeycrm.reminder.QuietClient;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Shared set-up for the reminder view tests: a sales user with quiet clients, and row helpers. */
abstract class ReminderViewTestSupport extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    FollowUpService followUpService;

    @Autowired
    ReassignService reassignService;

    long clientNamed(String name) {
        return clients.search(ClientFilter.byName(name), PageRequest.of(0, 2))
                .getFirst()
                .id();
    }

    AppUser salesWithQuietClient(String... names) {
        var owner = data.newUser(Role.SALES, "pw");
        for (String name : names) {
            data.client(name, owner.getUsername(), "Interested", TestConfig.NOW.minus(Duration.ofDays(30)));
        }
        return owner;
    }

    static List<String> quietNames(ReminderLists lists) {
        return GridKt._fetch(lists.quiet, 0, 200).stream()
                .map(QuietClient::name)
                .toList();
    }

    static void clickInRow(Grid<?> grid, int row, String action) {
        var cell = GridKt._getCellComponent(grid, row, "actions");
        if (cell instanceof MenuBar menu) {
            ContextMenuKt._clickItemWithCaption(menu, action);
        } else {
            _click(_find(cell, Button.class).stream()
                    .filter(b -> action.equals(b.getText()))
                    .findFirst()
                    .orElseThrow());
        }
    }

    static int rowOf(ReminderLists lists, String name) {
        return quietNames(lists).indexOf(name);
    }
}
