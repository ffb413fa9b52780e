package org.normbench.claim;

/**
 * A paper's statement as an executable check: the quoted statement and where it is made, the summary metric that
 * measures it, the prediction with the spec's tolerance built in, and what counts as enough evidence.
 *
 * @param id             stable, unique within the benchmark
 * @param source         the theorem, figure or spec section the statement comes from
 * @param minRuns        fewest runs per group for a verdict (seeds; deterministic runs may need only one)
 * @param convergedOnly  whether only runs that reached the stop rule's target count ("at L = e^−50")
 * @param note           the regime it holds in, or what the spec says about it; may be empty
 */
public record Claim(String id, String benchmark, String statement, String source, String metric,
        Prediction prediction, int minRuns, boolean convergedOnly, String note) {
}
