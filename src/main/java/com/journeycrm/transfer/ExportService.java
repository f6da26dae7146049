package com.journeycrm.transfer;

import com.journeycrm.base.SpreadsheetText;
import com.journeycrm.base.Translations;
import com.journeycrm.client.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's data out as CSV, one file per table, written as it is read (batches of {@value #BATCH} rows by id):
 * an export never holds a whole table. The clients file's first columns are the import template's, so an export
 * imports again as it is.
 */
@Service
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
public class ExportService {

    static final int BATCH = 1_000;

    /** What can be exported, with its file name and columns. */
    public enum Dataset {
        CLIENTS(
                "clients.csv",
                """
                select c.id, c.name, c.industry, c.website, c.source, s.name, u.username, c.last_touch_at, c.notes,
                       r.name, c.next_touch_due, c.created_at
                from client c join stage s on s.id = c.stage_id join app_user u on u.id = c.owner_id
                  left join client r on r.id = c.referred_by_id""",
                "c.id",
                "enum.ImportField.NAME",
                "enum.ImportField.INDUSTRY",
                "enum.ImportField.WEBSITE",
                "enum.ImportField.SOURCE",
                "enum.ImportField.STAGE",
                "enum.ImportField.OWNER",
                "enum.ImportField.LAST_TOUCH",
                "enum.ImportField.NOTES",
                "export.referredBy",
                "export.nextTouchDue",
                "export.created"),
        CONTACTS(
                "contacts.csv",
                """
                select k.id, c.name, k.name, k.job_title, k.email, k.phone, k.active
                from contact k join client c on c.id = k.client_id""",
                "k.id",
                "export.client",
                "export.name",
                "export.jobTitle",
                "export.email",
                "export.phone",
                "export.active"),
        TOUCH_POINTS(
                "touch-points.csv",
                """
                select t.id, c.name, t.occurred_at, t.type, t.direction, t.summary, t.notes, u.username, k.name, s.name
                from touch_point t join client c on c.id = t.client_id join app_user u on u.id = t.author_id
                  join stage s on s.id = t.stage_id left join contact k on k.id = t.contact_id""",
                "t.id",
                "export.client",
                "export.when",
                "export.type",
                "export.direction",
                "export.summary",
                "export.notes",
                "export.by",
                "export.contact",
                "export.stageAtTheTime"),
        STAGE_HISTORY(
                "stage-history.csv",
                """
                select h.id, c.name, h.changed_at, f.name, s.name, h.outcome, h.reason, u.username, h.undo_of_id
                from stage_change h join client c on c.id = h.client_id join stage s on s.id = h.to_stage_id
                  left join stage f on f.id = h.from_stage_id join app_user u on u.id = h.changed_by_id""",
                "h.id",
                "export.client",
                "export.when",
                "export.from",
                "export.to",
                "export.outcome",
                "export.reason",
                "export.by",
                "export.undoes"),
        FOLLOW_UPS(
                "follow-ups.csv",
                """
                select f.id, c.name, f.what, f.due_at, a.username, f.done_at, b.username, f.created_at
                from follow_up f join client c on c.id = f.client_id join app_user a on a.id = f.assignee_id
                  join app_user b on b.id = f.created_by_id""",
                "f.id",
                "export.client",
                "export.what",
                "export.due",
                "export.assignedTo",
                "export.done",
                "export.createdBy",
                "export.created");

        private final String fileName;
        private final String select;
        private final String id;
        /** The keys of the columns' names: the file's header row is in the exporting user's language. */
        private final List<String> headerKeys;

        Dataset(String fileName, String select, String id, String... headerKeys) {
            this.fileName = fileName;
            this.select = select;
            this.id = id;
            this.headerKeys = List.of(headerKeys);
        }

        public String fileName() {
            return fileName;
        }

        public List<String> headerKeys() {
            return headerKeys;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Translations translations;

    ExportService(NamedParameterJdbcTemplate jdbc, Translations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** @return how many rows were written (the header not counted) */
    @Transactional(readOnly = true)
    public long export(Dataset dataset, Writer out, Locale language) {
        long rows = 0;
        try {
            // a byte order mark first, as the template has: Excel then opens the file as UTF-8 (the import skips it)
            out.write('\uFEFF');
            var printer = new CSVPrinter(out, SpreadsheetText.CSV);
            printer.printRecord(dataset.headerKeys.stream()
                    .map(key -> translations.getTranslation(key, language))
                    .toList());
            long after = 0;
            while (true) {
                List<List<String>> batch = jdbc.query(
                        dataset.select + " where " + dataset.id + " > :after order by " + dataset.id + " fetch first "
                                + BATCH + " rows only",
                        new MapSqlParameterSource("after", after),
                        (rs, i) -> row(rs, dataset.headerKeys.size(), language));
                for (List<String> row : batch) {
                    printer.printRecord(row.subList(1, row.size()).stream()
                            .map(SpreadsheetText::safe)
                            .toList());
                }
                rows += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                after = Long.parseLong(batch.getLast().getFirst());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The id, then each column as text: instants in UTC (ISO 8601), sources in the user's words (the import reads them
     * in every offered language), empty for null.
     */
    private List<String> row(ResultSet rs, int columns, Locale language) throws SQLException {
        List<String> row = new ArrayList<>(columns + 1);
        row.add(String.valueOf(rs.getLong(1)));
        for (int i = 2; i <= columns + 1; i++) {
            Object value = rs.getObject(i);
            if (value instanceof OffsetDateTime || value instanceof java.sql.Timestamp) {
                value = rs.getObject(i, OffsetDateTime.class).toInstant();
            }
            String text = value == null ? "" : value.toString();
            if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("source") && !text.isEmpty()) {
                text = translations.getTranslation(Translations.key(Source.valueOf(text)), language);
            }
            row.add(text);
        }
        return row;
    }
}
