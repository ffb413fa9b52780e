package org.normbench.comparison;

import java.util.List;

/**
 * One plotted curve: a run's downsampled series, or a group's mean over its runs with the band from the lowest
 * to the highest value any of them took. {@code runId} is set for a run, {@code setting} for a group.
 */
public record Curve(String label, Long runId, String setting, int runs, List<Point> points) {

    /**
     * A point of the curve: for a run low = high = value and n = 1; for a group the mean over the n runs that
     * logged in this stretch of steps, and the band [low, high] over all their points there.
     */
    public record Point(long step, double value, double low, double high, int n) {
    }
}
