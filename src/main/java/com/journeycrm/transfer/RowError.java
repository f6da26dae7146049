package com.journeycrm.transfer;

import com.journeycrm.base.validation.TextRules;

/**
 * One thing wrong with one row of an imported file, as the error table shows it. A control character or direction
 * override in the value or the column's name is shown as its code ({@code ⟨U+202E⟩}): the user sees what to remove,
 * and the table does not reverse or hide text.
 */
public record RowError(int row, String column, String value, String problem) {

    public RowError {
        column = TextRules.visible(column);
        value = TextRules.visible(value);
    }
}
