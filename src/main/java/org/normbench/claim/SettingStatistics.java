package org.normbench.claim;

import java.util.Map;
import org.normbench.leaderboard.SeedStatistics;

/**
 * One metric over the runs of one setting that all converged, or all did not: what claims are judged on.
 *
 * @param setting identifies the setting in its scope, for {@link Measurements#runs}
 */
public record SettingStatistics(String setting, String scheme, Map<String, Double> parameters, boolean converged,
        SeedStatistics statistics) {
}
