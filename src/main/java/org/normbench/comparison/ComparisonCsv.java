package org.normbench.comparison;

import org.normbench.metric.Csv;

/** A comparison's plotted data as CSV: one line per point, the same numbers the chart draws. */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    public static String of(Comparison comparison) {
        StringBuilder csv = new StringBuilder("curve,run_id,setting,series,step,value,low,high,n\n");
        for (Curve curve : comparison.curves()) {
            for (Curve.Point p : curve.points()) {
                csv.append(Csv.quote(curve.label())).append(',').append(curve.runId() == null ? "" : curve.runId())
                        .append(',').append(curve.setting() == null ? "" : curve.setting()).append(',')
                        .append(comparison.series()).append(',').append(p.step()).append(',').append(p.value())
                        .append(',').append(p.low()).append(',').append(p.high()).append(',').append(p.n())
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
