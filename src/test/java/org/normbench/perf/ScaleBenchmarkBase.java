package org.normbench.perf;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.normbench.experiment.FinishedRunBackfill;

/** What both scale benchmark programs need from the started portal. */
abstract class ScaleBenchmarkBase {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FinishedRunBackfill backfill;

    void run(String database) throws Exception {
        new PortalScale(dataSource, backfill).run(database);
    }
}
