package org.normbench.experiment;

import java.util.List;

/** A leaderboard or comparison query that names things that do not exist or do not fit together. */
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
