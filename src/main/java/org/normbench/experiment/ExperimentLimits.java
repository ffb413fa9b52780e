package org.normbench.experiment;

import io.smallrye.config.ConfigMapping;

/** Input limits for experiments ({@code normbench.experiment.*}, documented in application.properties). */
@ConfigMapping(prefix = "normbench.experiment")
public interface ExperimentLimits {

    int maxRuns();

    int maxSeeds();

    int maxValuesPerParameter();

    int maxNameLength();

    /** Snapshot steps per experiment: each is a copy of every run's parameters. */
    int maxSnapshotSteps();
}
