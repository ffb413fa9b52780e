package org.normbench.claim;

import java.util.Locale;

/** How claims write numbers and ranges. */
final class Claims {

    private Claims() {
    }

    /** Four significant digits, no trailing zeros: 0.1319, 70, 1.5e-08. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.4g", value);
        return text.contains("e") ? text.replaceAll("\\.?0+e", "e") : text.replaceAll("\\.?0+$", "");
    }

    /** "in [4, 6]", "≥ 15", "≤ 1.05". */
    static String range(Double low, Double high) {
        if (low == null) {
            return "≤ " + format(high);
        }
        if (high == null) {
            return "≥ " + format(low);
        }
        return "in [" + format(low) + ", " + format(high) + "]";
    }
}
