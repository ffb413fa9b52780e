package org.normbench.perf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.normbench.support.KafkaTestBroker;

/**
 * The portal scale benchmark on PostgreSQL (a program, not part of the suite): run it with {@code bin/bench-portal
 * postgresql}.
 */
@QuarkusTest
@TestProfile(PostgresScaleBenchmarkProfile.class)
@QuarkusTestResource(KafkaTestBroker.class)
class PostgresPortalScaleBenchmark extends ScaleBenchmarkBase {

    @Test
    void benchmark() throws Exception {
        run("PostgreSQL");
    }
}
