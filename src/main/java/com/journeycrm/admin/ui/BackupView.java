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

/** Admins: an online backup of the embedded database, and the backups made so far (on the server's disk). */
@Route("admin/backup")
@Menu(order = 21, title = "menu.backup", icon = "vaadin:archive")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupView extends VerticalLayout implements TitledView {

    final Button backUp = new Button(getTranslation("backup.now"));
    final Grid<Backup> backups = new Grid<>();
    private final BackupService service;

    public BackupView(BackupService service) {
        this.service = service;
        backUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUp.addClickListener(e -> backUpNow());
        backups.addColumn(Backup::fileName)
                .setHeader(getTranslation("backup.file"))
                .setKey("file")
                .setAutoWidth(true);
        backups.addColumn(b -> getTranslation("backup.megabytes", b.bytes() / 1e6))
                .setHeader(getTranslation("backup.size"))
                .setKey("size");
        backups.setEmptyStateText(getTranslation("backup.none"));
        backups.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("backup.text", String.valueOf(service.directory()))), backUp, backups);
        backups.setItems(service.backups());
    }

    private void backUpNow() {
        Backup[] made = new Backup[1];
        if (Attempt.run(() -> made[0] = service.backUpNow(), null)) {
            Notifications.info(getTranslation("backup.done", made[0].fileName()));
            backups.setItems(service.backups());
        }
    }

    @Override
    public String titleKey() {
        return "menu.backup";
    }
}
