package com.journeycrm.transfer;

import com.journeycrm.base.RuleViolationException;
import java.util.List;

/** An import with any invalid row imports nothing; the rows and what is wrong with them go with the refusal. */
public class ImportRefused extends RuleViolationException {

    private final transient List<RowError> errors;

    public ImportRefused(List<RowError> errors) {
        super(errors.size() + (errors.size() == 1 ? " problem" : " problems")
                + " in the file; nothing was imported. Fix them and try again.");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
