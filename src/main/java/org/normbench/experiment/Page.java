package org.normbench.experiment;

import java.util.List;

/** A slice of a long list: the items from {@code offset}, and how many there are in all. */
public record Page<T>(List<T> items, long offset, long total) {
}
