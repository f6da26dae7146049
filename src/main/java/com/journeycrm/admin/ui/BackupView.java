package com.journeycrm.admin.ui;

import com.journeycrm.admin.BackupService;
import com.journeycrm.admin.BackupService.Backup;
import com.journeycrm.base.ui.Attempt;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** Admins: an online backup of the embedded database, and the backups made so far (on the server's disk). */
@Route("admin/backup")
@Menu(order = 21, title = "menu.backup", icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends VerticalLayout implements TitledView {

    final Button backUp = new Button("Back up now");
    final Grid<Backup> backups = new Grid<>();
    private final BackupService service;

    public BackupView(BackupService service) {
        this.service = service;
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> backUpNow());
        backups.addColumn(Backup::fileName).setHeader("File").setKey("file").setAutoWidth(true);
        backups.addColumn(b -> String.format(Locale.ENGLISH, "%,.1f MB", b.bytes() / 1e6))
                .setHeader("Size")
                .setKey("size");
        backups.setEmptyStateText("No backups yet.");
        backups.setAllRowsVisible(true);
        add(
                new Paragraph("A consistent copy of the database while everyone keeps working, as a zip"
                        + " of SQL in " + service.directory()
                        + " on the server. Restoring it into an empty database is described"
                        + " in the README (Operations)."),
                backUp,
                backups);
        backups.setItems(service.backups());
    }

    private void backUpNow() {
        Backup[] made = new Backup[1];
        if (Attempt.run(() -> made[0] = service.backUpNow(), null)) {
            Notifications.info("Backed up to " + made[0].fileName() + ".");
            backups.setItems(service.backups());
        }
    }

    @Override
    public String titleKey() {
        return "menu.backup";
    }
}
