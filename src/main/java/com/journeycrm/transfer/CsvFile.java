package com.journeycrm.transfer;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file: UTF-8 with or without a byte-order mark, comma or semicolon separated (many countries'
 * spreadsheets write semicolons), quoted fields with separators, quotes and line breaks, CRLF or LF. Parsed by Apache
 * Commons CSV; bounded in bytes and rows before anything else is done with it.
 *
 * <p>The file stays on disk, in a temporary file of its own, and is read again row by row for each pass: a session
 * that uploaded a file holds its column names, row count and a few samples (kilobytes), not its rows. The file is
 * deleted by {@link #close()}, or once nothing refers to this object any more (a session that ended); at most
 * {@link #MAX_HELD} uploads are held at once.
 */
public final class CsvFile implements AutoCloseable {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    public static final int MAX_COLUMNS = 200;
    public static final int MAX_CELL = 10_000;
    /** Uploads held on disk at once, by every session together: 10 MB each at most. */
    static final int MAX_HELD = 32;

    private static final int SAMPLES = 3;
    private static final int SAMPLE_CHARS = 80;
    private static final Semaphore HELD = new Semaphore(MAX_HELD);
    private static final Cleaner CLEANER = Cleaner.create();

    /** One row after the header: its index (0 = the first), its number as a spreadsheet shows it, its cells. */
    public record Row(int index, int number, List<String> cells) {

        /** A short row reads as empty cells. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    @FunctionalInterface
    public interface RowConsumer {
        void accept(Row row);
    }

    private final Path path;
    private final char separator;
    private final List<String> headers;
    private final int rowCount;
    private final List<List<String>> samples;
    /** Deletes the file and gives its place back, once: on {@link #close()}, or when this object is collected. */
    private Cleaner.Cleanable cleanable;

    private CsvFile(Path path, char separator, List<String> headers, int rowCount, List<List<String>> samples) {
        this.path = path;
        this.separator = separator;
        this.headers = headers;
        this.rowCount = rowCount;
        this.samples = samples;
    }

    /** @throws RuleViolationException with a message for the user when the file cannot be read as such a table */
    public static CsvFile parse(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the upload to a temporary file (refusing it past {@link #MAX_BYTES}) and reads it through once.
     *
     * @throws RuleViolationException with a message for the user when the file cannot be read as such a table
     */
    public static CsvFile read(InputStream upload) throws IOException {
        if (!HELD.tryAcquire()) {
            throw RuleViolationException.of("import.file.tooManyOpen");
        }
        Path path;
        try {
            path = Files.createTempFile("journey-import-", ".csv");
        } catch (IOException | RuntimeException e) {
            HELD.release();
            throw e;
        }
        var release = new Release(path);
        try {
            copyAtMost(upload, path);
            return scan(path, release);
        } catch (IOException | RuntimeException e) {
            release.run();
            throw e;
        }
    }

    /** Deletes the file and gives its place back; safe to call more than once. */
    @Override
    public void close() {
        cleanable.clean();
    }

    /** Runs once: when the file is closed, or when nothing refers to it any more. Holds no reference to it. */
    private static final class Release implements Runnable {
        private final Path path;
        private boolean done;

        Release(Path path) {
            this.path = path;
        }

        @Override
        public synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            } finally {
                HELD.release();
            }
        }
    }

    private static void copyAtMost(InputStream upload, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = upload.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw RuleViolationException.of("import.file.tooLarge");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The first pass: every limit, the header, the row count and a few samples per column. */
    private static CsvFile scan(Path path, Release release) throws IOException {
        char separator = separator(path);
        List<String> headers = new ArrayList<>();
        List<Set<String>> samples = new ArrayList<>();
        int[] rows = {0};
        forEach(path, separator, headers, row -> {
            if (rows[0] == MAX_ROWS) {
                throw RuleViolationException.of("import.file.tooManyRows", MAX_ROWS);
            }
            rows[0]++;
            for (int c = 0; c < row.cells().size(); c++) {
                while (samples.size() <= c) {
                    samples.add(new LinkedHashSet<>());
                }
                String value = row.cell(c);
                if (!value.isEmpty() && samples.get(c).size() < SAMPLES) {
                    samples.get(c).add(value.length() > SAMPLE_CHARS ? value.substring(0, SAMPLE_CHARS) + "…" : value);
                }
            }
        });
        if (headers.isEmpty() || headers.stream().allMatch(String::isBlank)) {
            throw RuleViolationException.of("import.file.noHeader");
        }
        if (rows[0] == 0) {
            throw RuleViolationException.of("import.file.noRows");
        }
        var file = new CsvFile(
                path,
                separator,
                List.copyOf(headers),
                rows[0],
                samples.stream().map(s -> List.copyOf(s)).toList());
        file.cleanable = CLEANER.register(file, release);
        return file;
    }

    /**
     * Every row after the header, in order, read from the file again; skips blank lines. {@code headers} receives
     * the header's cells when it is given.
     */
    private static void forEach(Path path, char separator, List<String> headers, RowConsumer each) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        boolean first = true;
        int index = 0;
        try (var reader = open(path);
                var parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = cells(record);
                if (first) {
                    first = false;
                    if (headers != null) {
                        headers.addAll(cells);
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                each.accept(new Row(index++, (int) record.getRecordNumber(), cells));
            }
            if (first) {
                throw RuleViolationException.of("import.file.empty");
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8();
            }
            throw notATable(e);
        } catch (IOException | IllegalStateException e) {
            throw notATable(e);
        }
    }

    /** The file as UTF-8 text without its byte-order mark; refuses anything that is not UTF-8 while reading. */
    private static Reader open(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new PushbackReader(
                new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 64 * 1024));
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static RuleViolationException notUtf8() {
        return RuleViolationException.of("import.file.notUtf8");
    }

    private static RuleViolationException notATable(Exception e) {
        return RuleViolationException.of("import.file.notCsv", reason(e));
    }

    /** The separator of the first line (outside quotes): a semicolon when it has more of those than commas. */
    static char separator(Path path) throws IOException {
        try (var reader = open(path)) {
            int commas = 0;
            int semicolons = 0;
            boolean quoted = false;
            boolean any = false;
            for (int c; (c = reader.read()) != -1; ) {
                if (!Character.isWhitespace(c)) {
                    any = true;
                }
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r') && any) {
                    break;
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                }
            }
            if (!any) {
                throw RuleViolationException.of("import.file.empty");
            }
            return semicolons > commas ? ';' : ',';
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    private static List<String> cells(CSVRecord record) {
        if (record.size() > MAX_COLUMNS) {
            throw RuleViolationException.of("import.file.tooManyColumns", record.getRecordNumber(), MAX_COLUMNS);
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
            if (cell.length() > MAX_CELL) {
                throw RuleViolationException.of("import.file.cellTooLong", record.getRecordNumber(), MAX_CELL);
            }
            cells.add(cell.strip());
        }
        return cells;
    }

    private static Text reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return new Text(message.contains("EOF") ? "import.file.quoteNotClosed" : "import.file.quotesUnpaired");
    }

    public List<String> headers() {
        return headers;
    }

    public int rowCount() {
        return rowCount;
    }

    /** Every row after the header, in order, read from the file again. */
    public void forEachRow(RowConsumer each) {
        try {
            forEach(path, separator, null, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row {@code index} (0 = the first after the header), read from the file: for a few rows, not a pass. */
    public Row row(int index) {
        Row[] found = new Row[1];
        forEachRow(row -> {
            if (row.index() == index) {
                found[0] = row;
            }
        });
        if (found[0] == null) {
            throw new IndexOutOfBoundsException(index);
        }
        return found[0];
    }

    public String cell(int index, int column) {
        return row(index).cell(column);
    }

    /** Up to {@code n} (at most three) different non-empty values of a column, cut to a line: for the mapping step. */
    public List<String> samples(int column, int n) {
        List<String> column0 = column < samples.size() ? samples.get(column) : List.of();
        return column0.subList(0, Math.min(n, column0.size()));
    }

    /** Up to {@code max} different non-empty values of a column, in the order they first appear (one pass). */
    public List<String> distinct(int column, int max) {
        Set<String> seen = new LinkedHashSet<>();
        forEachRow(row -> {
            String value = row.cell(column);
            if (!value.isEmpty() && seen.size() < max) {
                seen.add(value);
            }
        });
        return List.copyOf(seen);
    }
}
