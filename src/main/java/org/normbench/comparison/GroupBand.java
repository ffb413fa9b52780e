package org.normbench.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * A group's curve from its runs' downsamplers (all over the same steps and buckets): per bucket, the mean of the
 * runs' last values there (geometric when asked, for log-scaled series), at the latest of those steps, and the
 * band from the lowest to the highest point any run had in the bucket. Runs with no point in a bucket (stopped
 * earlier, or logging more sparsely) are left out of it, and n says how many remained.
 */
public final class GroupBand {

    private GroupBand() {
    }

    public static List<Curve.Point> of(List<SeriesDownsampler> runs, boolean geometric) {
        List<Curve.Point> points = new ArrayList<>();
        int buckets = runs.isEmpty() ? 0 : runs.get(0).buckets();
        for (int b = 0; b < buckets; b++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            long step = Long.MIN_VALUE;
            int n = 0;
            for (SeriesDownsampler run : runs) {
                double[] last = run.last(b);
                if (last != null) {
                    sum += geometric ? Math.log(last[1]) : last[1];
                    step = Math.max(step, (long) last[0]);
                    low = Math.min(low, run.lowest(b)[1]);
                    high = Math.max(high, run.highest(b)[1]);
                    n++;
                }
            }
            if (n > 0) {
                double mean = sum / n;
                points.add(new Curve.Point(step, geometric ? Math.exp(mean) : mean, low, high, n));
            }
        }
        return points;
    }
}
