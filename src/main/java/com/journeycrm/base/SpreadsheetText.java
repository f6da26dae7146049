package com.journeycrm.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** Text written into CSV files that people open in a spreadsheet. */
public final class SpreadsheetText {

    /**
     * Every CSV the app writes: RFC 4180 with every cell quoted, so that a spreadsheet splitting on another list
     * separator than the comma still keeps most cells whole; {@link #safe} covers the rest.
     */
    public static final CSVFormat CSV =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /** Where a spreadsheet may start a cell: the comma, and the list separators of other locales and tools. */
    private static final String SEPARATORS = ",;\t|\r\n";

    private static final String FORMULA_STARTS = "=+-@";

    private SpreadsheetText() {}

    /**
     * A name, reason or note a user typed as "=HYPERLINK(…)" must stay text when the file is opened in a
     * spreadsheet (OWASP's advice on CSV injection): an apostrophe goes before a formula's first character at the
     * start of the text and after every character at which a spreadsheet may start a new cell — a German or French
     * Excel splits on ";", so {@code Semi;=cmd|…} would otherwise open as a cell "=cmd|…". A leading tab or carriage
     * return is defused the same way.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean cellStart = i == 0 || SEPARATORS.indexOf(value.charAt(i - 1)) >= 0;
            boolean dangerous = FORMULA_STARTS.indexOf(c) >= 0 || (i == 0 && (c == '\t' || c == '\r'));
            if (cellStart && dangerous) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 4).append(value, 0, i);
                }
                out.append('\'');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
