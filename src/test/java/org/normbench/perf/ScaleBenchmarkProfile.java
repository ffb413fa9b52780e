package org.normbench.perf;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The portal alone (no worker) on an H2 file database of its own under target/bench-h2, removed beforehand. */
public class ScaleBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/bench-h2/normbench;DB_CLOSE_ON_EXIT=FALSE",
                "normbench.roles", "portal");
    }
}
