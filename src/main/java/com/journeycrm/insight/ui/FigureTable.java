package com.journeycrm.insight.ui;

import com.journeycrm.base.SpreadsheetText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * The numbers of a picture as a table beside it: for screen readers, for copying, and as links to the clients
 * behind each number. A cell is a {@link String} or a {@link Cell} with a link.
 */
@Tag("table")
class FigureTable extends Component {

    /** A number that opens the clients behind it. */
    record Cell(long number, String href) {}

    /**
     * A count as shown: digits in threes, apart by a narrow no-break space ("42 344"), which reads the same in every
     * language and cannot be taken for a decimal point (the view's decimals are written with a point). The CSV keeps
     * the plain digits for a spreadsheet.
     */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202f');
    }

    private static String shown(Object value) {
        return value instanceof Cell c
                ? count(c.number())
                : value instanceof Long || value instanceof Integer
                        ? count(((Number) value).longValue())
                        : String.valueOf(value);
    }

    private static String exported(Object value) {
        return value instanceof Cell c ? String.valueOf(c.number()) : String.valueOf(value);
    }

    private final String caption;
    private final List<String> headers;
    private final List<List<Object>> rows;

    FigureTable(String caption, List<String> headers, List<List<Object>> rows) {
        this.caption = caption;
        this.headers = headers;
        this.rows = rows;
        getElement().setAttribute("class", "figure-table");
        getElement().appendChild(new Element("caption").setText(caption));
        var head = new Element("tr");
        headers.forEach(h ->
                head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        getElement().appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (List<Object> row : rows) {
            var tr = new Element("tr");
            boolean first = true;
            for (Object value : row) {
                var cell = new Element(first ? "th" : "td");
                if (first) {
                    cell.setAttribute("scope", "row");
                }
                if (value instanceof Cell link && link.href() != null) {
                    cell.appendChild(new Element("a")
                            .setAttribute("href", link.href())
                            .setAttribute("router-link", true)
                            .setText(shown(link)));
                } else {
                    cell.setText(shown(value));
                }
                tr.appendChild(cell);
                first = false;
            }
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }

    /** The table as CSV (RFC 4180), for a spreadsheet. */
    String csv() {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, SpreadsheetText.CSV)) {
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(
                        row.stream().map(v -> SpreadsheetText.safe(exported(v))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A link that downloads the table as a CSV file named after its caption. */
    Anchor download() {
        String file = "insights-" + caption.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, "text/csv", bytes.length);
                }),
                getTranslation("insight.download", caption));
        link.getElement().setAttribute("download", true);
        link.addClassName("csv-download");
        return link;
    }
}
