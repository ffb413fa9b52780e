package org.normbench.experiment;

/** One problem with one input field, named by its path in the request (e.g. {@code grid.width[0]}). */
public record FieldError(String field, String message) {
}
