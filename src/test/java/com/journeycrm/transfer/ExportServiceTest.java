package com.journeycrm.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.Application;
import com.journeycrm.IntegrationTest;
import com.journeycrm.TestData;
import com.journeycrm.activity.TouchPointDetails;
import com.journeycrm.activity.TouchPointService;
import com.journeycrm.base.Translations;
import com.journeycrm.client.ClientDetails;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.transfer.ExportService.Dataset;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Everything out as CSV, streamed; an exported clients file imports into an empty database as the same clients. */
@IntegrationTest
class ExportServiceTest {

    @Autowired
    ExportService exports;

    @Autowired
    ClientService clients;

    @Autowired
    TouchPointService touchPoints;

    @Autowired
    TestData data;

    /** The file as a spreadsheet reads it: after its byte order mark, which every export starts with. */
    private String export(Dataset dataset) {
        var out = new StringWriter();
        exports.export(dataset, out, Locale.ENGLISH);
        assertThat(out.toString())
                .as("a byte order mark: Excel opens it as UTF-8")
                .startsWith("\uFEFF");
        return out.toString().substring(1);
    }

    private static List<Map<String, String>> rows(String csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            parser.forEach(r -> rows.add(r.toMap()));
        }
        return rows;
    }

    @Test
    void each_table_exports_with_its_columns_and_every_row_across_batches() throws Exception {
        data.loginAs("manager");
        for (Dataset dataset : Dataset.values()) {
            String csv = export(dataset);
            assertThat(csv.lines().findFirst().orElseThrow())
                    .isEqualTo(dataset.headerKeys().stream()
                            .map(key -> '"' + Translations.english(key) + '"')
                            .collect(java.util.stream.Collectors.joining(",")));
        }
        var all = rows(export(Dataset.CLIENTS));
        assertThat(all).hasSizeGreaterThan(ExportService.BATCH / 10);
        assertThat(all.stream().map(r -> r.get("Name")).distinct().count())
                .as("no row twice")
                .isEqualTo(all.size());
        assertThat(all.size())
                .isEqualTo(clients.countSearch(new ClientFilter(null, null, null, ClientFilter.Attention.ANY)));
    }

    @Test
    void a_formula_typed_as_a_name_stays_text_in_the_spreadsheet() throws Exception {
        var client = data.client("=HYPERLINK(\"x\") " + data.unique("Sly"), "sales", "Aware");
        data.loginAs("admin");
        assertThat(rows(export(Dataset.CLIENTS)))
                .anySatisfy(r -> assertThat(r.get("Name")).isEqualTo("'" + client.getName()));
    }

    @Test
    void no_cell_starts_a_formula_when_a_spreadsheet_splits_on_another_separator() {
        data.loginAs("manager");
        var profile = new com.journeycrm.client.ClientProfile();
        profile.setName("Semi;=cmd|' /C calc'!A0; " + data.unique("x"));
        profile.setSource(com.journeycrm.client.Source.EVENT);
        profile.setNotes("n;=1+1;\n@SUM(1)\tx|-2+3,+4");
        clients.create(profile, data.stage("Aware").getId(), null);
        String csv = export(Dataset.CLIENTS);
        assertThat(csv).contains("Semi;'=cmd");
        // however a spreadsheet splits the file (German and French Excel use ";"), and even if it ignores quotes
        for (String separator : List.of(",", ";", "\t", "\\|", "\r?\n")) {
            for (String cell : csv.split(separator)) {
                String opened = cell.replaceAll("^\"+", "");
                assertThat(opened)
                        .as("a cell split at " + separator)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void sales_may_not_export() {
        data.loginAs("sales");
        assertThatThrownBy(() -> export(Dataset.CLIENTS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exported_clients_import_into_an_empty_database_as_the_same_clients() throws Exception {
        Set<String> names = Set.of(data.unique("Round one"), data.unique("Round two"), data.unique("Round three"));
        List<Long> ids = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            var client = data.client(
                    name,
                    n % 2 == 0 ? "sales" : "manager",
                    List.of("Interested", "Active engagement", "Former — advocate")
                            .get(n++));
            data.loginAs("manager");
            var profile = ClientProfile.of(clients.details(client.getId()));
            profile.setIndustry("Industry " + n);
            profile.setWebsite("https://round-" + n + "-" + Math.abs(name.hashCode()) + ".example");
            profile.setSource(Source.values()[n]);
            profile.setNotes("Notes, with \"quotes\"\nand a second line");
            clients.updateProfile(client.getId(), profile, client.getVersion());
            var touch = new TouchPointDetails();
            touch.setType(TouchPointType.MEETING);
            touch.setDirection(Direction.OUTBOUND);
            touch.setOccurredAt(LocalDateTime.of(2026, 10, n, 9, 30));
            touch.setSummary("Met");
            touchPoints.logTouchPoint(client.getId(), touch, ZoneOffset.UTC);
            ids.add(client.getId());
        }
        data.loginAs("admin");
        String ours = onlyRowsOf(export(Dataset.CLIENTS), names);

        Map<String, ClientDetails> before = new HashMap<>();
        ids.forEach(id -> before.put(clients.details(id).name(), clients.details(id)));
        try (var empty = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:round-trip-" + java.util.UUID.randomUUID(),
                        "--journey.demo-data.enabled=true",
                        "--journey.demo-data.clients=0",
                        "--logging.level.root=WARN")) {
            var contexts = empty.getBean(SecurityContextHolderStrategy.class);
            var admin = empty.getBean(UserDetailsService.class).loadUserByUsername("admin");
            contexts.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            try {
                var file = CsvFile.parse(ours.getBytes(StandardCharsets.UTF_8));
                var otherStages =
                        empty.getBean(com.journeycrm.stage.StageService.class).listStages();
                var otherUsers =
                        empty.getBean(com.journeycrm.security.UserService.class).listActiveUsers();
                Map<ImportField, Integer> columns = new HashMap<>();
                for (int i = 0; i < file.headers().size(); i++) {
                    int column = i;
                    ImportField.suggestFor(file.headers().get(i)).ifPresent(f -> columns.putIfAbsent(f, column));
                }
                Map<String, Long> stageMap = new HashMap<>();
                otherStages.forEach(s -> stageMap.put(s.name(), s.id()));
                Map<String, Long> ownerMap = new HashMap<>();
                otherUsers.forEach(u -> ownerMap.put(u.username(), u.id()));
                var plan = new ImportPlan(columns, stageMap, ownerMap, ZoneOffset.UTC);
                var importer = empty.getBean(ImportService.class);
                assertThat(importer.check(file, plan, p -> {})).isEmpty();
                assertThat(importer.importClients(file, plan, p -> {})).isEqualTo(3);

                var otherClients = empty.getBean(ClientService.class);
                var imported = otherClients.search(
                        new ClientFilter(null, null, null, ClientFilter.Attention.ANY), PageRequest.of(0, 10));
                assertThat(imported).hasSize(3);
                for (var item : imported) {
                    var after = otherClients.details(item.id());
                    var was = before.get(after.name());
                    assertThat(after.industry()).isEqualTo(was.industry());
                    assertThat(after.website()).isEqualTo(was.website());
                    assertThat(after.source()).isEqualTo(was.source());
                    assertThat(after.stageName()).isEqualTo(was.stageName());
                    assertThat(after.ownerName()).isEqualTo(was.ownerName());
                    assertThat(after.notes()).isEqualTo(was.notes());
                    assertThat(after.lastTouchAt()).isEqualTo(was.lastTouchAt());
                }
            } finally {
                contexts.clearContext();
            }
        }
    }

    /** The header and the rows of these clients only: the shared test database holds many others. */
    private static String onlyRowsOf(String csv, Set<String> names) throws Exception {
        var out = new StringWriter();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv));
                var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            boolean header = true;
            for (var record : parser) {
                if (header || names.contains(record.get(0))) {
                    printer.printRecord(record.toList());
                }
                header = false;
            }
        }
        return out.toString();
    }
}
