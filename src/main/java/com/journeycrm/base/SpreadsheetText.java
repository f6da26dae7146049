package com.journeycrm.base;

/** Text written into CSV files that people open in a spreadsheet. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * A stage, reason or name a user typed as "=HYPERLINK(…)" must stay text when the file is opened in a
     * spreadsheet: such cells get a leading apostrophe (OWASP's advice on CSV injection).
     */
    public static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
