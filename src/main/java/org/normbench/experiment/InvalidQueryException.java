package org.normbench.experiment;

import java.util.List;

/**
 * A request that names things that do not exist or do not fit together (bad paging, filters, leaderboard or
 * comparison queries); answered with 400 and one message per bad field.
 */
public class InvalidQueryException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidQueryException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
