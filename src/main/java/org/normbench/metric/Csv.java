package org.normbench.metric;

/** RFC 4180 quoting for text fields. */
public final class Csv {

    private Csv() {
    }

    public static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
