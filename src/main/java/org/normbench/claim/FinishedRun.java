package org.normbench.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.normbench.leaderboard.AggregateUpdater;
import org.normbench.leaderboard.SeedStatistics;

/** A run that finished, with its summary metrics: how claims are judged where there are no aggregates. */
public record FinishedRun(long id, String scheme, Map<String, Double> parameters, long seed,
        Map<String, Double> summary) {

    /** Claims' measurements over {@code runs}. */
    public static Measurements measurements(List<FinishedRun> runs) {
        return new Measurements() {
            @Override
            public List<SettingStatistics> settings(String metric) {
                record Key(String scheme, Map<String, Double> parameters, boolean converged) {
                }
                Map<Key, SeedStatistics> settings = new LinkedHashMap<>();
                for (RunValue run : runs(metric, null)) {
                    settings.merge(new Key(run.scheme(), run.parameters(), run.converged()),
                            SeedStatistics.of(run.value(), run.runId()), SeedStatistics::merge);
                }
                List<SettingStatistics> result = new ArrayList<>();
                settings.forEach((k, s) -> result.add(new SettingStatistics(setting(k.scheme, k.parameters), k.scheme,
                        k.parameters, k.converged, s)));
                return result;
            }

            /** Runs without a finite value of the metric are left out; null settings: every setting. */
            @Override
            public List<RunValue> runs(String metric, Set<String> settings) {
                List<RunValue> values = new ArrayList<>();
                for (FinishedRun run : runs) {
                    Double value = run.summary.get(metric);
                    if (value != null && Double.isFinite(value)
                            && (settings == null || settings.contains(setting(run.scheme, run.parameters)))) {
                        values.add(new RunValue(run.id, run.scheme, run.parameters, run.seed,
                                run.summary.getOrDefault(AggregateUpdater.CONVERGED, 0.0) == 1.0, value));
                    }
                }
                return values;
            }
        };
    }

    /** A setting's identity among local runs: its scheme and its parameters in name order. */
    private static String setting(String scheme, Map<String, Double> parameters) {
        return scheme + " " + new TreeMap<>(parameters);
    }
}
