package org.normbench.comparison;

import java.util.List;

/**
 * Curves of one series side by side over steps [from, to]. {@code logScale} is chosen from the data (positive
 * and spanning two decades or more); group means are then geometric, which {@code mean} names.
 */
public record Comparison(String series, long from, long to, boolean logScale, String mean, List<Curve> curves) {

    public static final String ARITHMETIC = "arithmetic";
    public static final String GEOMETRIC = "geometric";
}
