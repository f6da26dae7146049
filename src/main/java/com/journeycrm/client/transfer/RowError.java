package com.journeycrm.client.transfer;

/** One thing wrong with one row of an imported file, as the error table shows it. */
public record RowError(int row, String column, String value, String problem) {
}
