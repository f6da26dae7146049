package com.journeycrm.admin;

import com.journeycrm.base.Database;
import com.journeycrm.base.RuleViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database, while people keep working: H2's {@code SCRIPT} writes a consistent
 * copy (schema, data and migration history) as zipped SQL, which {@code RunScript} loads into an empty database.
 * On PostgreSQL the database's own tools do it (README, Operations).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate sql;
    private final Database database;
    private final Path directory;
    private final Clock clock;

    BackupService(JdbcTemplate sql, Database database, @Value("${journey.backup.dir}") Path directory, Clock clock) {
        this.sql = sql;
        this.database = database;
        this.directory = directory;
        this.clock = clock;
    }

    public record Backup(String fileName, long bytes) {}

    /** @return the new backup, in the backup directory */
    public Backup backUpNow() {
        requireH2();
        try {
            Files.createDirectories(directory);
            Path file = directory
                    .resolve("journey-crm-" + STAMP.format(clock.instant()) + ".zip")
                    .toAbsolutePath();
            sql.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP");
            return new Backup(file.getFileName().toString(), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first. */
    public List<Backup> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .map(f -> new Backup(f.getFileName().toString(), f.toFile().length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String directory() {
        return directory.toAbsolutePath().toString();
    }

    private void requireH2() {
        if (!database.isEmbedded()) {
            throw RuleViolationException.of("backup.ownTools");
        }
    }
}
