package org.normbench.api;

import java.util.List;
import org.normbench.experiment.FieldError;

/** The checks every paged list applies to its offset and limit. */
final class Paging {

    private Paging() {
    }

    static void check(int offset, int limit, int maxPageSize, List<FieldError> errors) {
        if (offset < 0) {
            errors.add(new FieldError("offset", "must be at least 0"));
        }
        if (limit < 1 || limit > maxPageSize) {
            errors.add(new FieldError("limit", "must lie between 1 and " + maxPageSize));
        }
    }
}
