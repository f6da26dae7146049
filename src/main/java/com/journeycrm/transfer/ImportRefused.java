package com.journeycrm.transfer;

import com.journeycrm.base.RuleViolationException;
import com.journeycrm.base.Text;
import java.util.List;

/** An import with any invalid row imports nothing; the rows and what is wrong with them go with the refusal. */
public class ImportRefused extends RuleViolationException {

    private final transient List<RowError> errors;

    public ImportRefused(List<RowError> errors) {
        super(new Text("import.refused", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
