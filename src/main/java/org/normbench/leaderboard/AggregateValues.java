package org.normbench.leaderboard;

/** An aggregate row's values as a leaderboard query reads them (a projection: nothing for Hibernate to track). */
public record AggregateValues(String settingHash, String metric, String scheme, String parametersJson, long runCount,
        double mean, double m2, double min, long minRunId, double max, long maxRunId) {

    SeedStatistics statistics() {
        return new SeedStatistics(runCount, mean, m2, min, minRunId, max, maxRunId);
    }
}
