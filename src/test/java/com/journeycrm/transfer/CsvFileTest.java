package com.journeycrm.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.journeycrm.base.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An upload waits on disk, not in the session: it holds its header and a few samples, and goes when let go. */
class CsvFileTest {

    private static final String HEADER = "Name,Industry,Notes\r\n";

    private static byte[] rows(int n, int notes) {
        var text = new StringBuilder(HEADER);
        for (int i = 0; i < n; i++) {
            text.append("Client ")
                    .append(i)
                    .append(",Energy,")
                    .append("x".repeat(notes))
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long tempFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("journey-import-"))
                    .count();
        }
    }

    @Test
    void every_row_is_read_again_from_the_file_in_order_and_the_file_goes_on_close() throws Exception {
        long before = tempFiles();
        var file = CsvFile.parse(rows(1_000, 10));
        assertThat(file.rowCount()).isEqualTo(1_000);
        assertThat(file.samples(0, 3)).containsExactly("Client 0", "Client 1", "Client 2");
        List<String> names = new ArrayList<>();
        file.forEachRow(row -> names.add(row.cell(0)));
        assertThat(names).hasSize(1_000).startsWith("Client 0").endsWith("Client 999");
        assertThat(file.row(7).number()).isEqualTo(9);
        assertThat(tempFiles()).isEqualTo(before + 1);
        file.close();
        file.close();
        assertThat(tempFiles()).isEqualTo(before);
    }

    @Test
    void a_refused_file_leaves_nothing_behind() throws Exception {
        long before = tempFiles();
        assertThatThrownBy(() -> CsvFile.read(new ByteArrayInputStream(new byte[CsvFile.MAX_BYTES + 1])))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("larger than 10 MB");
        assertThatThrownBy(() -> CsvFile.parse(new byte[] {'a', ',', (byte) 0xC3, '\n', 'b'}))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> CsvFile.parse(HEADER.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no rows");
        assertThat(tempFiles()).isEqualTo(before);
    }

    @Test
    void held_uploads_are_few_and_a_held_upload_costs_the_heap_kilobytes_not_its_size() throws Exception {
        byte[] nearlyTenMegabytes = rows(45_000, 180);
        assertThat(nearlyTenMegabytes.length).isBetween(9_000_000, CsvFile.MAX_BYTES);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        List<CsvFile> held = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                held.add(CsvFile.parse(nearlyTenMegabytes));
            }
            System.gc();
            long perUpload = (memory.getHeapMemoryUsage().getUsed() - heapBefore) / held.size();
            System.out.println(
                    "CsvFileTest: heap per held upload of " + nearlyTenMegabytes.length + " bytes: " + perUpload);
            // the rows of one such file took ~29 MB of heap when they were held in memory
            assertThat(perUpload).as("heap per held upload").isLessThan(1_000_000);
            while (held.size() < CsvFile.MAX_HELD) {
                held.add(CsvFile.parse(rows(1, 1)));
            }
            assertThatThrownBy(() -> CsvFile.parse(rows(1, 1)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Too many imports");
        } finally {
            held.forEach(CsvFile::close);
        }
        CsvFile.parse(rows(1, 1)).close();
    }
}
