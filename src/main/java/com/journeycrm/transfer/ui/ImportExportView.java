package com.journeycrm.transfer.ui;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.TitledView;
import com.journeycrm.base.ui.UserTime;
import com.journeycrm.security.Role;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.StageService;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ExportService;
import com.journeycrm.transfer.ExportService.Dataset;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Managers and admins bring clients in from a CSV file and take every table out as CSV. */
@Route("data")
@Menu(order = 80, title = "menu.importExport", icon = "vaadin:exchange")
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
public class ImportExportView extends VerticalLayout implements TitledView {

    private final ExportService exports;
    final ImportFlow flow;
    final Upload upload;

    public ImportExportView(
            ImportService imports,
            ExportService exports,
            StageService stages,
            UserService users,
            Clock clock,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        this.exports = exports;
        this.flow = new ImportFlow(
                imports,
                stages.listStages(),
                users.listActiveUsers(),
                UserTime.of(clock).zone(),
                executor,
                security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
        this.upload = createUpload();
        addClassName("import-export-view");
        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.text", CsvFile.MAX_ROWS)),
                templateLink(),
                upload,
                flow,
                new H2(getTranslation("export.title")),
                exportLinks());
    }

    private Upload createUpload() {
        var ui = UI.getCurrent();
        // the upload goes straight to a temporary file (CsvFile): the session holds its column names, not its rows
        var bounded = new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                CsvFile csv;
                try (var in = event.getInputStream()) {
                    csv = CsvFile.read(in);
                } catch (RuleViolationException refused) {
                    ui.access(() -> flow.refuse(ui.getTranslation(
                            refused.text().key(), refused.text().arguments())));
                    return;
                }
                ui.access(() -> flow.receive(csv));
            }

            // refused by the server too, not only by the browser's upload field
            @Override
            public long getRequestSizeMax() {
                return CsvFile.MAX_BYTES + 64 * 1024;
            }

            @Override
            public long getFileSizeMax() {
                return CsvFile.MAX_BYTES;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
        var field = new Upload(bounded);
        field.setAcceptedFileTypes("text/csv", ".csv");
        field.setMaxFiles(1);
        field.setMaxFileSize(CsvFile.MAX_BYTES);
        field.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        field.setI18n(UploadWords.of(this));
        field.addFileRejectedListener(e -> flow.status.setText(getTranslation("import.rejected", e.getErrorMessage())));
        field.addAllFinishedListener(e -> field.clearFileList());
        return field;
    }

    /** The template's header row in the user's language (the import reads it in every offered one). */
    private Anchor templateLink() {
        String header = String.join(
                ",",
                Arrays.stream(ImportField.values())
                        .map(f -> getTranslation(Translations.key(f)))
                        .toList());
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    String example =
                            "Northwind Advisory,Logistics,northwind.example,Referral,Interested,sales,2026-11-02,"
                                    + "\"Met at the trade fair, wants a proposal\",Ada Byron,CFO,ada@northwind.example,+44 20 7946 0000";
                    byte[] bytes = ("\uFEFF" + header + "\r\n" + example + "\r\n").getBytes(StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes), "clients-template.csv", "text/csv", bytes.length);
                }),
                getTranslation("import.template"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Div exportLinks() {
        Locale language = getLocale();
        var links = new Div();
        links.addClassName("export-links");
        for (Dataset dataset : Dataset.values()) {
            var link = new Anchor(
                    (DownloadHandler) event -> {
                        event.setFileName(dataset.fileName());
                        event.setContentType("text/csv");
                        try (var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                            exports.export(dataset, writer, language);
                        }
                    },
                    getTranslation("export.link", getTranslation(Translations.key(dataset)), dataset.fileName()));
            link.getElement().setAttribute("download", true);
            links.add(link);
        }
        return links;
    }

    @Override
    public String titleKey() {
        return "menu.importExport";
    }
}
