package com.journeycrm.transfer;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * How to read a file: which column is which field (columns not named are ignored), which of our stages and users
 * the file's stage and owner values mean, and the time zone its dates are days in.
 *
 * @param columns    field → column index
 * @param stages     the file's stage value (as written) → our stage id
 * @param owners     the file's owner value (as written) → our user id
 */
public record ImportPlan(
        Map<ImportField, Integer> columns,
        Map<String, Long> stages,
        Map<String, Long> owners,
        ZoneId zone,
        Locale language) {

    public ImportPlan {
        columns = Map.copyOf(columns);
        stages = Map.copyOf(stages);
        owners = Map.copyOf(owners);
    }

    /** A plan whose problems are worded in English. */
    public ImportPlan(
            Map<ImportField, Integer> columns, Map<String, Long> stages, Map<String, Long> owners, ZoneId zone) {
        this(columns, stages, owners, zone, Locale.ENGLISH);
    }

    String value(CsvFile.Row row, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.cell(column);
    }
}
