package org.normbench.experiment;

import java.util.List;

/** An experiment that cannot be accepted; nothing was stored. */
public class InvalidExperimentException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidExperimentException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
