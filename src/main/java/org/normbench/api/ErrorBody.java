package org.normbench.api;

import java.util.List;
import org.normbench.experiment.FieldError;

/** The body of every error response: a status, a message, and the bad fields where there are any. */
public record ErrorBody(int status, String message, List<FieldError> errors) {
}
