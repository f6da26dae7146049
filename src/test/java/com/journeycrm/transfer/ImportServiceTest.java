package com.journeycrm.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.IntegrationTest;
import com.journeycrm.TestConfig;
import com.journeycrm.TestData;
import com.journeycrm.audit.AuditFilter;
import com.journeycrm.audit.AuditKind;
import com.journeycrm.audit.AuditService;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.client.ClientFilter;
import com.journeycrm.client.ClientListItem;
import com.journeycrm.client.ClientService;
import com.journeycrm.client.ContactService;
import com.journeycrm.client.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Every row checked before any is imported; then all in one transaction, or none. */
@IntegrationTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    AuditService audit;

    @Autowired
    TestData data;

    private static final String TEMPLATE = "Name,Industry,Website,Source,Stage,Owner,Last touch,Notes,"
            + "Contact name,Contact role,Contact email,Contact phone\r\n";

    private static CsvFile csv(String text) {
        return CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The plan the mapping step proposes: obvious columns, stage values by name, owners by username. */
    private ImportPlan plan(CsvFile file) {
        Map<ImportField, Integer> columns = new HashMap<>();
        for (int i = 0; i < file.headers().size(); i++) {
            int column = i;
            ImportField.suggestFor(file.headers().get(i)).ifPresent(f -> columns.putIfAbsent(f, column));
        }
        Map<String, Long> stages = new HashMap<>();
        Map<String, Long> owners = new HashMap<>();
        for (int row = 0; row < file.rowCount(); row++) {
            String stage = columns.containsKey(ImportField.STAGE) ? file.cell(row, columns.get(ImportField.STAGE)) : "";
            data.stages().stream()
                    .filter(s -> s.getName().equalsIgnoreCase(stage))
                    .findFirst()
                    .ifPresent(s -> stages.put(stage, s.getId()));
            String owner = columns.containsKey(ImportField.OWNER) ? file.cell(row, columns.get(ImportField.OWNER)) : "";
            if (!owner.isEmpty()) {
                try {
                    owners.put(owner, data.user(owner).getId());
                } catch (RuntimeException unknown) {
                    // left unmatched: the check reports it
                }
            }
        }
        return new ImportPlan(columns, stages, owners, ZoneOffset.UTC);
    }

    private List<ClientListItem> named(String name) {
        return clients.search(new ClientFilter(name, null, null, ClientFilter.Attention.ANY), PageRequest.of(0, 10));
    }

    @Test
    void a_good_file_imports_every_client_in_its_stage_with_its_contact_and_last_touch() {
        String a = data.unique("Alpha");
        String b = data.unique("Beta");
        String c = data.unique("Gamma");
        var file = csv("\uFEFF" + TEMPLATE
                + a + ",Health,alpha-" + a.hashCode()
                + ".example,Referral,Interested,sales,2026-11-02,\"Met at the fair, twice\","
                + "Ada Byron,CFO,ada@alpha.example,+44 20 7946 0000\r\n"
                + b + ",,,,Active engagement,manager,,\"Two lines\r\nof notes\",,,,\r\n"
                + c + ",Retail,https://www.gamma-" + c.hashCode() + ".example/,website,Aware,,,,,,,\r\n");
        data.loginAs("manager");
        var plan = plan(file);
        assertThat(imports.check(file, plan, p -> {})).isEmpty();

        assertThat(imports.importClients(file, plan, p -> {})).isEqualTo(3);

        var alpha = clients.details(named(a).getFirst().id());
        assertThat(alpha.stageName()).isEqualTo("Interested");
        assertThat(alpha.source()).isEqualTo(Source.REFERRAL);
        assertThat(alpha.website()).isEqualTo("https://alpha-" + a.hashCode() + ".example");
        assertThat(alpha.notes()).isEqualTo("Met at the fair, twice");
        assertThat(alpha.lastTouchAt()).isEqualTo(java.time.Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(contacts.contacts(alpha.id())).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("Ada Byron");
            assertThat(k.email()).isEqualTo("ada@alpha.example");
        });
        assertThat(data.history(alpha.id())).singleElement().satisfies(first -> {
            assertThat(first.isImported())
                    .as("arrived by the import, not as a prospect")
                    .isTrue();
            assertThat(first.getReason()).isNull();
        });
        var beta = clients.details(named(b).getFirst().id());
        assertThat(beta.ownerName()).isEqualTo("Morgan Manager");
        assertThat(beta.notes()).isEqualTo("Two lines\r\nof notes");
        assertThat(clients.details(named(c).getFirst().id()).ownerName())
                .as("no owner: the importer")
                .isEqualTo("Morgan Manager");
        data.loginAs("admin");
        assertThat(audit.search(new AuditFilter(null, null, AuditKind.IMPORTED, null, null), PageRequest.of(0, 1))
                        .getFirst()
                        .detail())
                .startsWith("3 clients from a file of 3 rows");
    }

    @Test
    void semicolons_and_quoted_separators_are_read_as_a_spreadsheet_writes_them() {
        String name = data.unique("Semi; colon");
        var file = csv("Company name;Lifecycle Stage;Notes\n\"" + name + "\";Informed;\"a \"\"quoted\"\" word\"\n");
        assertThat(file.headers()).containsExactly("Company name", "Lifecycle Stage", "Notes");
        assertThat(file.cell(0, 0)).isEqualTo(name);
        assertThat(file.cell(0, 2)).isEqualTo("a \"quoted\" word");
        data.loginAs("admin");
        assertThat(imports.importClients(file, plan(file), p -> {})).isEqualTo(1);
        assertThat(named(name))
                .singleElement()
                .satisfies(item -> assertThat(item.stageName()).isEqualTo("Informed"));
    }

    @Test
    void a_control_character_or_direction_override_in_a_cell_is_named_and_nothing_is_imported() {
        var file = csv(TEMPLATE
                + data.unique("Fine") + ",,,,Interested,sales,,,,,,\r\n"
                + data.unique("Esc\u001b[2J") + ",,,,Interested,sales,,,,,,\r\n"
                + data.unique("Quiet") + ",,,,Interested,sales,,\"Notes\u0000\",,,,\r\n"
                + data.unique("Person") + ",,,,Interested,sales,,,\"Ada \u202Eecalevol\",,,\r\n");
        data.loginAs("admin");
        var errors = imports.check(file, plan(file), p -> {});
        assertThat(errors)
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Name"),
                        org.assertj.core.groups.Tuple.tuple(4, "Notes"),
                        org.assertj.core.groups.Tuple.tuple(5, "Contact name"));
        assertThat(errors).allSatisfy(e -> assertThat(e.problem().english()).contains("control character"));
        assertThat(errors.get(2).value())
                .as("shown as the code to remove, not reversing the text")
                .isEqualTo("Ada ⟨U+202E⟩ecalevol");
    }

    @Test
    void every_kind_of_bad_row_is_named_with_its_column_and_nothing_is_imported() {
        var existing = data.client(data.unique("Existing"), "sales", "Aware");
        String ok = data.unique("Fine");
        String dup = data.unique("Twice");
        String future = TestConfig.NOW.plus(Duration.ofDays(3)).toString().substring(0, 10);
        var file = csv(TEMPLATE
                + ok + ",,,,Interested,sales,,,,,,\r\n" // row 2: fine
                + ",,,,Interested,sales,,,,,,\r\n" // row 3: no name
                + "x".repeat(201) + ",,,,Interested,sales,,,,,,\r\n" // row 4: name too long
                + data.unique("Bad site") + ",,not a site,,Interested,sales,,,,,,\r\n" // row 5
                + data.unique("Bad stage") + ",,,,Nowhere,sales,,,,,,\r\n" // row 6
                + data.unique("Bad owner") + ",,,,Interested,nobody,,,,,,\r\n" // row 7
                + data.unique("Bad date") + ",,,,Interested,sales,31/31/2026,,,,,\r\n" // row 8
                + data.unique("Future") + ",,,,Interested,sales," + future + ",,,,,\r\n" // row 9
                + data.unique("Bad source") + ",,,Carrier pigeon,Interested,sales,,,,,,\r\n" // row 10
                + data.unique("Bad email") + ",,,,Interested,sales,,,Bo,,not-an-email,\r\n" // row 11
                + dup + ",,,,Interested,sales,,,,,,\r\n" // row 12
                + dup + ",,,,Interested,sales,,,,,,\r\n" // row 13: same name as 12
                + existing.getName() + ",,,,Interested,sales,,,,,,\r\n"); // row 14: exists
        data.loginAs("admin");
        var plan = plan(file);

        var errors = imports.check(file, plan, p -> {});

        assertThat(errors)
                .extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Name"),
                        org.assertj.core.groups.Tuple.tuple(4, "Name"),
                        org.assertj.core.groups.Tuple.tuple(5, "Website"),
                        org.assertj.core.groups.Tuple.tuple(6, "Stage"),
                        org.assertj.core.groups.Tuple.tuple(7, "Owner"),
                        org.assertj.core.groups.Tuple.tuple(8, "Last touch"),
                        org.assertj.core.groups.Tuple.tuple(9, "Last touch"),
                        org.assertj.core.groups.Tuple.tuple(10, "Source"),
                        org.assertj.core.groups.Tuple.tuple(11, "Contact email"),
                        org.assertj.core.groups.Tuple.tuple(13, "Name"),
                        org.assertj.core.groups.Tuple.tuple(14, "Name"));
        assertThat(errors.get(9).problem().english()).isEqualTo("The same name as row 12");
        assertThat(errors.get(10).problem().english()).isEqualTo("A client with this name already exists");
        assertThat(errors.get(5).value()).isEqualTo("31/31/2026");
        assertThatThrownBy(() -> imports.importClients(file, plan, p -> {}))
                .isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("11 problems in the file; nothing was imported");
        assertThat(named(ok)).isEmpty();
    }

    @Test
    void files_that_are_not_utf8_too_long_or_not_a_table_are_refused_in_words() {
        byte[] latin1 = "Name,Stage\nCaf\u00e9,Aware\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvFile.parse(latin1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not UTF-8");
        var big = new StringBuilder("Name,Stage\n");
        for (int i = 0; i <= CsvFile.MAX_ROWS; i++) {
            big.append("C").append(i).append(",Aware\n");
        }
        assertThatThrownBy(() -> csv(big.toString())).hasMessageContaining("more than 50,000 rows");
        assertThatThrownBy(() -> csv("Name,Notes\nAcme,\"never closed\n")).hasMessageContaining("CSV");
        assertThatThrownBy(() -> csv("")).hasMessage("The file is empty.");
        assertThatThrownBy(() -> csv("Name,Stage\n")).hasMessage("The file has column names but no rows.");
    }

    @Test
    void sales_may_not_import() {
        var file = csv(TEMPLATE + data.unique("Mine") + ",,,,Interested,,,,,,,\r\n");
        data.loginAs("sales");
        assertThatThrownBy(() -> imports.check(file, plan(file), p -> {})).isInstanceOf(AccessDeniedException.class);
    }
}
