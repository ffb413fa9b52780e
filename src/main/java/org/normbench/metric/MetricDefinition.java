package org.normbench.metric;

/**
 * What a metric means: its unit, which direction is better, the headline family it belongs to, which summary of
 * the run it is (so a leaderboard can name it in its header), a one-line description and the spec section it
 * comes from (docs/metrics.md has the formulas).
 */
public record MetricDefinition(String name, String unit, Direction direction, Family family, Summary summary,
        String description, String source) {

    /** Which values rank first on a leaderboard; NONE for properties of the data or diagnostics. */
    public enum Direction { HIGHER, LOWER, NONE }

    /** The comparison a metric serves; the built-in leaderboards are one per headline family. */
    public enum Family {
        CONVERGENCE("Convergence rate"), SPARSITY("Sparsity"), PRUNING("Pruning accuracy"), DYNAMICS("Dynamics"),
        KERNEL("Tangent kernel"), RUN("Run");

        public final String title;

        Family(String title) {
            this.title = title;
        }
    }

    /** Which part of a run a summary metric sums up. */
    public enum Summary {
        FINAL("final value"), INITIAL("at the start"), AT_LOSS_LEVEL("at a loss level"),
        FIT("fitted over a window"), MINIMUM("minimum over the run"), WHOLE_RUN("whole run"),
        DATA("property of the data"), SERIES("per logged step");

        public final String label;

        Summary(String label) {
            this.label = label;
        }
    }
}
