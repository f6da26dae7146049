package com.journeycrm.transfer;

import com.journeycrm.base.Text;
import com.journeycrm.base.validation.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with one row of an imported file, as the error table shows it: the file's column (null when no
 * column holds the field). A control character or direction
 * override in the value or the column's name is shown as its code ({@code ⟨U+202E⟩}): the user sees what to remove,
 * and the table does not reverse or hide text.
 */
public record RowError(int row, ImportField field, @Nullable String column, String value, Text problem) {

    public RowError {
        column = column == null ? null : TextRules.visible(column);
        value = TextRules.visible(value);
    }
}
