package org.normbench.experiment;

import java.util.Set;

/**
 * Fired (synchronously, inside the transaction that stored them) when some of a succeeded run's series and summaries
 * were replaced after it finished — by a pruning job — so the leaderboard aggregates and the series overviews that
 * were built from the old values are rebuilt with them.
 *
 * @param series the names of the replaced series
 */
public record RunResultsReplaced(Run run, Set<String> series) {
}
