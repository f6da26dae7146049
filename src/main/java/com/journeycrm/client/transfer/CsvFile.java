package com.journeycrm.client.transfer;

import com.journeycrm.base.RuleViolationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file as rows of text: UTF-8 with or without a byte-order mark, comma or semicolon separated (many
 * countries' spreadsheets write semicolons), quoted fields with separators, quotes and line breaks, CRLF or LF.
 * Parsed by Apache Commons CSV; bounded in bytes and rows before anything else is done with it.
 */
public final class CsvFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 10_000;

    private final List<String> headers;
    private final List<List<String>> rows;
    private final List<Integer> rowNumbers;

    private CsvFile(List<String> headers, List<List<String>> rows, List<Integer> rowNumbers) {
        this.headers = headers;
        this.rows = rows;
        this.rowNumbers = rowNumbers;
    }

    /** @throws RuleViolationException with a message for the user when the file cannot be read as such a table */
    public static CsvFile parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RuleViolationException("The file is larger than 10 MB. Split it and import the parts.");
        }
        String text = utf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RuleViolationException("The file is empty.");
        }
        var format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true).get();
        List<String> headers;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (var parser = CSVParser.parse(new StringReader(text), format)) {
            headers = null;
            for (CSVRecord record : parser) {
                List<String> cells = cells(record);
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RuleViolationException("The file has more than " + MAX_ROWS
                            + " rows. Split it and import the parts.");
                }
                rows.add(cells);
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RuleViolationException("The file is not a CSV table this can read (" + reason(e)
                    + "). Save it from your spreadsheet as CSV UTF-8 and try again.");
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new RuleViolationException("The first line of the file must name its columns.");
        }
        if (rows.isEmpty()) {
            throw new RuleViolationException("The file has column names but no rows.");
        }
        return new CsvFile(headers, rows, numbers);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolationException("The file is not UTF-8 text. In your spreadsheet, save it as "
                    + "\"CSV UTF-8\" and try again.");
        }
    }

    /** The separator of the first line (outside quotes): a semicolon when it has more of those than commas. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> cells(CSVRecord record) {
        if (record.size() > MAX_COLUMNS) {
            throw new RuleViolationException("Line " + record.getRecordNumber() + " has more than " + MAX_COLUMNS
                    + " columns.");
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
            if (cell.length() > MAX_CELL) {
                throw new RuleViolationException("Line " + record.getRecordNumber() + " has a value longer than "
                        + MAX_CELL + " characters.");
            }
            cells.add(cell.strip());
        }
        return cells;
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("EOF") ? "a quote is opened and never closed" : "its quotes do not pair up";
    }

    public List<String> headers() {
        return headers;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The row's number as a spreadsheet shows it (the header is row 1; a quoted line break stays in its row). */
    public int rowNumber(int index) {
        return rowNumbers.get(index);
    }

    /** Row {@code index} (0 = the first after the header); a short row reads as empty cells. */
    public String cell(int index, int column) {
        var row = rows.get(index);
        return column < row.size() ? row.get(column) : "";
    }

    /** Up to {@code n} non-empty values of a column, for the mapping step. */
    public List<String> samples(int column, int n) {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < rows.size() && samples.size() < n; i++) {
            String value = cell(i, column);
            if (!value.isEmpty() && !samples.contains(value)) {
                samples.add(value);
            }
        }
        return samples;
    }
}
