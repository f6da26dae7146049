package com.journeycrm.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admin downloads the template, fills three rows with one mistake: the error table names its row and column
 * and nothing is imported; fixed, the three clients are on the board in their stages.
 */
class ImportIT extends BrowserTest {

    @Test
    void a_template_with_a_mistake_is_refused_row_by_row_and_imports_once_fixed() throws IOException {
        var admin = loginAs("admin", PASSWORD);
        admin.locator(".stage-column .card").first().waitFor();
        admin.navigate(app.baseUrl + "/data");
        var download = admin.waitForDownload(
                () -> admin.getByText("Download the template").click());
        List<String> template = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(template.getFirst()).startsWith("\uFEFFName,Industry,Website,Source,Stage,Owner");

        String tag = UUID.randomUUID().toString().substring(0, 6);
        String header = template.getFirst();
        String rows = header + "\n"
                + "Imported One " + tag + ",Health,one-" + tag + ".example,Referral,Interested,sales,,,,,,\n"
                + "Imported Two " + tag + ",,,Website,Deciding,sales,2099-01-01,,,,,\n"
                + "Imported Three " + tag + ",,,Event,Active engagement,sales2,,,,,,\n";
        Path bad = Files.createTempFile("import", ".csv");
        Files.writeString(bad, rows, StandardCharsets.UTF_8);
        admin.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        assertThat(admin.getByText("3 rows read")).isVisible();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                .click();
        var errors = admin.locator("vaadin-grid.import-errors");
        assertThat(errors).containsText("Last touch");
        assertThat(errors).containsText("A last touch cannot lie in the future");
        assertThat(errors).containsText("2099-01-01");
        assertThat(admin.getByText("1 problem found; nothing has been imported."))
                .isVisible();
        guideScreenshot(admin, "import-errors");

        Path good = Files.createTempFile("import", ".csv");
        Files.writeString(good, rows.replace("2099-01-01", "2026-11-01"), StandardCharsets.UTF_8);
        admin.locator("vaadin-upload input[type=file]").setInputFiles(good);
        assertThat(admin.getByText("3 rows read")).isVisible();
        admin.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Import").setExact(true))
                .click();
        assertThat(admin.getByText("3 clients imported. They are on the board in their stages.")
                        .first())
                .isVisible();

        admin.navigate(app.baseUrl + "/board");
        admin.getByLabel("Search clients by name").fill(tag);
        for (String[] expected :
                new String[][] {{"One", "Interested"}, {"Two", "Deciding"}, {"Three", "Active engagement"}}) {
            var column = admin.locator(".stage-column")
                    .filter(new Locator.FilterOptions()
                            .setHas(admin.locator(".stage-name", new Page.LocatorOptions().setHasText(expected[1]))));
            assertThat(column.locator(".card")
                            .filter(new Locator.FilterOptions().setHasText("Imported " + expected[0] + " " + tag)))
                    .isVisible();
        }
    }
}
