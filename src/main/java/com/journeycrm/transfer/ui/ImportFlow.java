package com.journeycrm.transfer.ui;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.SpreadsheetText;
import com.journeycrm.base.Translations;
import com.journeycrm.base.ui.Notifications;
import com.journeycrm.security.UserSummary;
import com.journeycrm.stage.StageSummary;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportPlan;
import com.journeycrm.transfer.ImportRefused;
import com.journeycrm.transfer.ImportService;
import com.journeycrm.transfer.RowError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Import, step by step: a file → which column is which field (obvious ones suggested) → which of our stages and users
 * its values mean → check every row (an error table, also as CSV) → import. Checking and importing run off the
 * request thread; the progress bar and the outcome arrive by server push.
 */
public class ImportFlow extends Composite<VerticalLayout> {

    static final int MAX_DISTINCT = 100;
    static final int SAMPLES = 3;

    private final ImportService imports;
    private final List<StageSummary> stages;
    private final List<UserSummary> users;
    private final ZoneId zone;
    private final Executor executor;
    private final SecurityContextHolderStrategy security;

    final Div mapping = new Div();
    final Div values = new Div();
    final Map<Integer, Select<Optional<ImportField>>> columns = new HashMap<>();
    final Map<String, Select<StageSummary>> stageValues = new HashMap<>();
    final Map<String, Select<UserSummary>> ownerValues = new HashMap<>();
    final Button check = new Button(getTranslation("import.check"));
    final Button importNow = new Button(getTranslation("import.import"));
    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph status = new Paragraph();
    final Grid<RowError> errors = new Grid<>();
    final Div errorDownload = new Div();
    CsvFile file;
    CompletableFuture<?> running = CompletableFuture.completedFuture(null);

    public ImportFlow(
            ImportService imports,
            List<StageSummary> stages,
            List<UserSummary> users,
            ZoneId zone,
            Executor executor,
            SecurityContextHolderStrategy security) {
        this.security = security;
        this.imports = imports;
        this.stages = stages;
        this.users = users;
        this.zone = zone;
        this.executor = executor;
        var layout = getContent();
        layout.setPadding(false);
        configureErrors();
        // leaving the page (or a session that ends) lets the uploaded file go
        addDetachListener(e -> show(null));
        check.addClickListener(e -> run(false));
        importNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importNow.addClickListener(e -> run(true));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        status.addClassName("import-status");
        status.getElement().setAttribute("role", "status");
        var actions = new Div(check, importNow);
        actions.addClassName("list-toolbar");
        layout.add(mapping, values, actions, progress, status, errorDownload, errors);
        show(null);
    }

    /** A file arrived (read already, or refused in words): show it in place of the one before, which is let go. */
    void receive(CsvFile csv) {
        show(csv);
        status.setText(getTranslation("import.read", file.rowCount()));
    }

    void refuse(String reason) {
        show(null);
        status.setText(reason);
    }

    /** For tests: a file from bytes. */
    void receive(byte[] bytes) {
        try {
            show(CsvFile.parse(bytes));
            status.setText(getTranslation("import.read", file.rowCount()));
        } catch (RuleViolationException e) {
            show(null);
            status.setText(words(e));
        }
    }

    private void show(CsvFile csv) {
        CsvFile before = file;
        if (before != null && before != csv) {
            // its file on disk goes as soon as no check or import reads it any more
            running.whenComplete((done, failed) -> before.close());
        }
        file = csv;
        mapping.removeAll();
        values.removeAll();
        columns.clear();
        errors.setItems(List.of());
        errors.setVisible(false);
        errorDownload.removeAll();
        check.setEnabled(csv != null);
        importNow.setEnabled(csv != null);
        if (csv == null) {
            return;
        }
        var form = threeColumns();
        Set<ImportField> taken = new LinkedHashSet<>();
        for (int i = 0; i < csv.headers().size(); i++) {
            var select = new Select<Optional<ImportField>>();
            select.setLabel(
                    csv.headers().get(i).isBlank()
                            ? getTranslation("import.column", i + 1)
                            : csv.headers().get(i));
            List<Optional<ImportField>> options = new ArrayList<>();
            options.add(Optional.empty());
            for (ImportField f : ImportField.values()) {
                options.add(Optional.of(f));
            }
            select.setItems(options);
            select.setItemLabelGenerator(o -> o.map(this::fieldWords).orElseGet(() -> getTranslation("import.ignore")));
            var suggested = ImportField.suggestFor(csv.headers().get(i)).filter(taken::add);
            select.setValue(suggested);
            select.setHelperText(String.join(" · ", csv.samples(i, SAMPLES)));
            select.addValueChangeListener(e -> showValues());
            columns.put(i, select);
            form.add(select);
        }
        mapping.add(new H3(getTranslation("import.step.columns")), form);
        showValues();
    }

    private static FormLayout threeColumns() {
        var form = new FormLayout();
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("50em", 3));
        return form;
    }

    private Map<ImportField, Integer> columnPlan() {
        Map<ImportField, Integer> plan = new EnumMap<>(ImportField.class);
        columns.forEach((column, select) -> select.getValue().ifPresent(f -> plan.putIfAbsent(f, column)));
        return plan;
    }

    /** The distinct stage and owner values of the columns chosen for them, each with our stage or user. */
    private void showValues() {
        values.removeAll();
        var plan = columnPlan();
        var form = threeColumns();
        stageValues.clear();
        ownerValues.clear();
        if (plan.containsKey(ImportField.STAGE)) {
            for (String value : distinct(plan.get(ImportField.STAGE))) {
                var select = new Select<StageSummary>();
                select.setLabel(getTranslation("import.stageValue", value));
                select.setItems(stages);
                select.setItemLabelGenerator(StageSummary::name);
                ValueMatcher.stage(value, stages).ifPresent(select::setValue);
                stageValues.put(value, select);
                form.add(select);
            }
        }
        if (plan.containsKey(ImportField.OWNER)) {
            for (String value : distinct(plan.get(ImportField.OWNER))) {
                var select = new Select<UserSummary>();
                select.setLabel(getTranslation("import.ownerValue", value));
                select.setItems(users);
                select.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
                ValueMatcher.owner(value, users).ifPresent(select::setValue);
                ownerValues.put(value, select);
                form.add(select);
            }
        }
        var missing = new ArrayList<String>();
        for (ImportField f : ImportField.values()) {
            if (f.required() && !plan.containsKey(f)) {
                missing.add(fieldWords(f));
            }
        }
        if (!missing.isEmpty()) {
            values.add(new Paragraph(getTranslation("import.missing", String.join(", ", missing))));
        }
        values.add(new H3(getTranslation("import.step.values")), form);
    }

    private List<String> distinct(int column) {
        return file.distinct(column, MAX_DISTINCT);
    }

    ImportPlan plan() {
        Map<String, Long> stagePlan = new HashMap<>();
        stageValues.forEach((value, select) -> {
            if (select.getValue() != null) {
                stagePlan.put(value, select.getValue().id());
            }
        });
        Map<String, Long> ownerPlan = new HashMap<>();
        ownerValues.forEach((value, select) -> {
            if (select.getValue() != null) {
                ownerPlan.put(value, select.getValue().id());
            }
        });
        return new ImportPlan(columnPlan(), stagePlan, ownerPlan, zone, getLocale());
    }

    /** Checks (or imports) on another thread; the UI stays responsive and hears of progress by push. */
    private void run(boolean andImport) {
        var plan = plan();
        var missing = java.util.Arrays.stream(ImportField.values())
                .filter(f -> f.required() && !plan.columns().containsKey(f))
                .map(this::fieldWords)
                .toList();
        if (!missing.isEmpty()) {
            status.setText(getTranslation("import.missing", String.join(", ", missing)));
            return;
        }
        var ui = UI.getCurrent();
        var csv = file;
        check.setEnabled(false);
        importNow.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation(andImport ? "import.importing" : "import.checking"));
        DoubleConsumer onProgress = share -> ui.access(() -> progress.setValue(Math.min(1, share)));
        Runnable work = () -> {
            try {
                if (andImport) {
                    int n = imports.importClients(csv, plan, onProgress);
                    ui.access(() -> done(List.of(), getTranslation("import.imported", n), true));
                } else {
                    var found = imports.check(csv, plan, onProgress);
                    ui.access(() -> done(
                            found,
                            found.isEmpty()
                                    ? getTranslation("import.fine")
                                    : getTranslation("import.problems", found.size()),
                            false));
                }
            } catch (ImportRefused refused) {
                ui.access(() -> done(refused.errors(), words(refused), false));
            } catch (RuleViolationException refused) {
                ui.access(() -> done(List.of(), words(refused), false));
            } catch (RuntimeException failed) {
                ui.access(() -> {
                    done(List.of(), getTranslation("import.failed"), false);
                    throw failed;
                });
            }
        };
        // the signed-in user goes along: the use cases check roles on the worker thread too, and the user is the
        // import's author in the audit trail
        var asUser = new DelegatingSecurityContextExecutor(executor, security.getContext());
        asUser.setSecurityContextHolderStrategy(security);
        running = CompletableFuture.runAsync(work, asUser);
    }

    private void done(List<RowError> found, String message, boolean imported) {
        progress.setVisible(false);
        check.setEnabled(file != null);
        importNow.setEnabled(file != null);
        status.setText(message);
        errors.setItems(found);
        errors.setVisible(!found.isEmpty());
        errorDownload.removeAll();
        if (!found.isEmpty()) {
            errorDownload.add(download(found));
            status.scrollIntoView();
        } else if (imported) {
            Notifications.info(message);
        }
    }

    /** A field as the mapping step names it: the template's header, in the user's language. */
    private String fieldWords(ImportField field) {
        return getTranslation(Translations.key(field));
    }

    private String words(RowError e) {
        return getTranslation(e.problem().key(), e.problem().arguments());
    }

    private String words(RuleViolationException refused) {
        return getTranslation(refused.text().key(), refused.text().arguments());
    }

    private String columnOf(RowError e) {
        return e.column() == null ? fieldWords(e.field()) : e.column();
    }

    private void configureErrors() {
        errors.addColumn(RowError::row)
                .setHeader(getTranslation("import.error.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(this::columnOf)
                .setHeader(getTranslation("import.error.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::value)
                .setHeader(getTranslation("import.error.value"))
                .setFlexGrow(1);
        errors.addColumn(this::words)
                .setHeader(getTranslation("import.error.problem"))
                .setFlexGrow(2);
        errors.setAllRowsVisible(false);
        errors.setHeight("24rem");
        errors.addClassName("import-errors");
    }

    private Anchor download(List<RowError> found) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, SpreadsheetText.CSV)) {
            printer.printRecord(
                    getTranslation("import.error.row"),
                    getTranslation("import.error.column"),
                    getTranslation("import.error.value"),
                    getTranslation("import.error.problem"));
            for (RowError e : found) {
                printer.printRecord(
                        e.row(),
                        SpreadsheetText.safe(columnOf(e)),
                        SpreadsheetText.safe(e.value()),
                        SpreadsheetText.safe(words(e)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), "import-problems.csv", "text/csv", bytes.length)),
                getTranslation("import.error.download"));
        link.getElement().setAttribute("download", true);
        return link;
    }
}
