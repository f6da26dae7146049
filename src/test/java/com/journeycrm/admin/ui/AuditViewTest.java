package com.journeycrm.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.journeycrm.KaribuTest;
import com.journeycrm.TestConfig;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditRow;
import com.journeycrm.client.ClientSearchHit;
import com.journeycrm.client.SnoozeService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    SnoozeService snoozes;

    private static List<AuditRow> rows(AuditView view) {
        return GridKt._fetch(view.grid, 0, 200);
    }

    @Test
    void the_admin_narrows_the_trail_by_client_kind_user_and_day() {
        var client = data.client(data.unique("Traced"), "sales", "Interested");
        data.loginAs("sales");
        snoozes.snooze(client.getId(), TestConfig.NOW.plus(Duration.ofDays(9)), "After the audit");
        login("admin");
        navigate("admin/audit");
        var view = _get(AuditView.class);
        assertThat(rows(view)).isNotEmpty();

        view.client.setValue(new ClientSearchHit(
                client.getId(), client.getName(), "Interested", "Dana Sales", null, null, null, null));
        assertThat(rows(view)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(AuditKind.SNOOZED);
            assertThat(r.actorName()).isEqualTo("Dana Sales");
        });
        assertThat(rows(view).getFirst().detail()).contains("Snooze reason: — → After the audit");
        assertThat(view.total.getText()).isEqualTo("1 entry");

        view.kind.setValue(AuditKind.MOVED);
        assertThat(rows(view)).isEmpty();
        view.kind.clear();
        view.actor.setValue(view.actor
                .getListDataView()
                .getItems()
                .filter(a -> a.username().equals("manager"))
                .findFirst()
                .orElseThrow());
        assertThat(rows(view)).isEmpty();
        view.actor.clear();
        LocalDate today = LocalDate.ofInstant(TestConfig.NOW, ZoneOffset.UTC);
        view.from.setValue(today.plusDays(1));
        assertThat(rows(view)).isEmpty();
        view.from.setValue(today.minusDays(1));
        view.to.setValue(today.plusDays(1));
        assertThat(rows(view)).hasSize(1);
    }

    @Test
    void sales_and_managers_are_refused_the_trail() {
        for (String user : List.of("sales", "manager")) {
            login(user);
            navigate("admin/audit");
            assertThat(_find(AuditView.class)).isEmpty();
        }
    }
}
