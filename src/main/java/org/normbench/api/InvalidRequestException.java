package org.normbench.api;

import java.util.List;
import org.normbench.experiment.FieldError;

/** Bad query parameters; answered with 400 and one message per bad field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
