package org.normbench.perf;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.normbench.experiment.FinishedRunBackfill;
import org.normbench.support.KafkaTestBroker;

/** The portal scale benchmark on PostgreSQL (a program, not part of the suite): run it with {@code bin/bench-portal postgresql}. */
@QuarkusTest
@TestProfile(PostgresScaleBenchmarkProfile.class)
@QuarkusTestResource(KafkaTestBroker.class)
class PostgresPortalScaleBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FinishedRunBackfill backfill;

    @Test
    void run() throws Exception {
        new PortalScale(dataSource, backfill).run("PostgreSQL");
    }
}
