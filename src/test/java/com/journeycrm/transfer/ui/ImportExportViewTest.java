package com.journeycrm.transfer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.journeycrm.KaribuTest;
import com.journeycrm.base.ui.NoAccessView;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientService;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.RowError;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ImportExportViewTest extends KaribuTest {

    @Autowired
    ClientService clients;

    /** The background work finished and its pushed updates reached the page. */
    private static void settle(ImportFlow flow) throws Exception {
        flow.running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void another_crms_file_is_mapped_checked_with_its_errors_shown_then_fixed_and_imported() throws Exception {
        login("manager");
        navigate("data");
        var view = _get(ImportExportView.class);
        String good = data.unique("Northwind");
        String bad = data.unique("Southwind");
        String file = "Company name,Company Domain Name,Lifecycle Stage,Deal owner,Favourite colour\n"
                + good + ",northwind-" + Math.abs(good.hashCode()) + ".example,lead,dana@firm.example,blue\n"
                + bad + ",not a website,customer,sales2,red\n";

        view.flow.receive(file.getBytes(StandardCharsets.UTF_8));

        assertThat(view.flow.columns.get(0).getValue()).contains(ImportField.NAME);
        assertThat(view.flow.columns.get(1).getValue()).contains(ImportField.WEBSITE);
        assertThat(view.flow.columns.get(2).getValue()).contains(ImportField.STAGE);
        assertThat(view.flow.columns.get(3).getValue()).contains(ImportField.OWNER);
        assertThat(view.flow.columns.get(4).getValue()).isEqualTo(Optional.empty());
        assertThat(view.flow.stageValues.get("lead").getValue().name()).isEqualTo("Interested");
        assertThat(view.flow.stageValues.get("customer").getValue().name()).isEqualTo("Active engagement");
        assertThat(view.flow.ownerValues.get("dana@firm.example").getValue().username())
                .as("Dana Sales")
                .isEqualTo("sales");
        view.flow
                .ownerValues
                .get("dana@firm.example")
                .setValue(view.flow.ownerValues.get("sales2").getValue());

        _click(view.flow.check);
        assertThat(view.flow.progress.isVisible()).isTrue();
        settle(view.flow);

        assertThat(view.flow.progress.isVisible()).isFalse();
        assertThat(GridKt._fetch(view.flow.errors, 0, 10)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("Company Domain Name");
            assertThat(e.value()).isEqualTo("not a website");
        });
        assertThat(view.flow.status.getText()).isEqualTo("1 problem found; nothing has been imported.");
        assertThat(view.flow.errorDownload.getChildren()).isNotEmpty();

        view.flow.receive(file.replace("not a website", "southwind-" + Math.abs(bad.hashCode()) + ".example")
                .getBytes(StandardCharsets.UTF_8));
        view.flow
                .ownerValues
                .get("dana@firm.example")
                .setValue(view.flow.ownerValues.get("sales2").getValue());
        _click(view.flow.importNow);
        settle(view.flow);

        assertThat(view.flow.status.getText()).isEqualTo("2 clients imported. They are on the board in their stages.");
        assertThat(GridKt._fetch(view.flow.errors, 0, 10))
                .extracting(RowError::row)
                .isEmpty();
        var found =
                clients.search(new ClientFilter(good, null, null, ClientFilter.Attention.ANY), PageRequest.of(0, 5));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.stageName()).isEqualTo("Interested");
            assertThat(c.ownerName()).isEqualTo("Sven Sales");
        });
    }

    @Test
    void a_file_that_cannot_be_read_says_why_where_the_file_goes() {
        login("admin");
        navigate("data");
        var view = _get(ImportExportView.class);
        view.flow.receive(new byte[] {(byte) 0xC3, (byte) 0x28, 'a', ',', 'b'});
        assertThat(view.flow.status.getText()).contains("not UTF-8");
        assertThat(view.flow.check.isEnabled()).isFalse();
    }

    @Test
    void sales_cannot_open_import_and_export() {
        login("sales");
        navigate("data");
        assertThat(_find(ImportExportView.class)).isEmpty();
        _get(NoAccessView.class);
    }
}
