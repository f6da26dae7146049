package com.journeycrm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.journeycrm.Application;
import com.journeycrm.security.UserService;
import com.journeycrm.stage.StageService;
import com.journeycrm.transfer.CsvFile;
import com.journeycrm.transfer.ImportField;
import com.journeycrm.transfer.ImportPlan;
import com.journeycrm.transfer.ImportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A generated 50,000-row file (every field and a contact filled, comma-quoted notes, three owners, five stages)
 * checked and imported into a fresh H2 file database with the 120 demo clients, as the import view runs it:
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmark {

    static final int ROWS = 50_000;

    @Test
    void check_and_import_a_50000_row_file() throws Exception {
        var stageNames = new String[] {"Aware", "Interested", "Informed", "Active engagement", "Between engagements"};
        var owners = new String[] {"sales", "sales2", "sales3"};
        var csv = new StringBuilder("Name,Industry,Website,Source,Stage,Owner,Last touch,Notes,Contact name,"
                + "Contact role,Contact email,Contact phone\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "Imported %05d Ltd,Industry %d,imported-%05d.example,Website,%s,%s,"
                            + "2026-%02d-%02d,\"Notes, with a comma\",Person %d,Buyer,person%d@imported-%05d.example,"
                            + "+44 20 7946 %04d%n",
                    i,
                    i % 40,
                    i,
                    stageNames[i % 5],
                    owners[i % 3],
                    1 + i % 10,
                    1 + i % 28,
                    i,
                    i,
                    i,
                    i % 10_000));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        var dir = Files.createTempDirectory("journey-import-bench");
        try (var ctx = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--journey.db.path=" + dir.resolve("db").toAbsolutePath(),
                        "--journey.demo-data.enabled=true",
                        "--logging.level.root=WARN")) {
            var manager = ctx.getBean(UserDetailsService.class).loadUserByUsername("manager");
            var contexts = ctx.getBean(SecurityContextHolderStrategy.class);
            contexts.getContext()
                    .setAuthentication(
                            new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
            long t0 = System.nanoTime();
            var file = CsvFile.parse(bytes);
            Map<ImportField, Integer> columns = new HashMap<>();
            for (int i = 0; i < file.headers().size(); i++) {
                columns.put(ImportField.suggestFor(file.headers().get(i)).orElseThrow(), i);
            }
            Map<String, Long> stages = new HashMap<>();
            ctx.getBean(StageService.class).listStages().forEach(s -> stages.put(s.name(), s.id()));
            Map<String, Long> users = new HashMap<>();
            ctx.getBean(UserService.class).listActiveUsers().forEach(u -> users.put(u.username(), u.id()));
            var plan = new ImportPlan(columns, stages, users, ZoneOffset.UTC);
            var imports = ctx.getBean(ImportService.class);
            long t1 = System.nanoTime();
            assertThat(imports.check(file, plan, p -> {})).isEmpty();
            long t2 = System.nanoTime();
            assertThat(imports.importClients(file, plan, p -> {})).isEqualTo(ROWS);
            long t3 = System.nanoTime();
            System.out.printf(
                    Locale.ROOT,
                    "%nIMPORT %d rows, %.1f MB: parse %.1f s, check %.1f s, import (checks "
                            + "again) %.1f s; check + import %.1f s; heap used after %d MB%n",
                    ROWS,
                    bytes.length / 1e6,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    (t3 - t2) / 1e9,
                    (t3 - t1) / 1e9,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            contexts.clearContext();
        }
    }
}
