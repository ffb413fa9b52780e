package org.normbench.perf;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.normbench.support.KafkaTestBroker;

/** The portal scale benchmark on H2 (a program, not part of the suite): run it with {@code bin/bench-portal h2}. */
@QuarkusTest
@TestProfile(ScaleBenchmarkProfile.class)
@QuarkusTestResource(KafkaTestBroker.class)
class PortalScaleBenchmark extends ScaleBenchmarkBase {

    @Test
    void benchmark() throws Exception {
        run("H2 (file)");
    }
}
