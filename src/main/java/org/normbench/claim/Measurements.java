package org.normbench.claim;

import java.util.List;
import java.util.Set;

/** Where a claim's numbers come from: a scope's per-setting statistics, and run values for paired claims. */
public interface Measurements {

    /** {@code metric} per setting and convergence over the scope's finished runs. */
    List<SettingStatistics> settings(String metric);

    /** Every finished run's value of {@code metric}, for runs of the given settings ({@link SettingStatistics#setting}). */
    List<RunValue> runs(String metric, Set<String> settings);
}
