package org.normbench.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The application built for PostgreSQL (db-kind is a build-time setting, so this profile re-augments) and
 * on topics of its own, so no run of the H2 tests wanders into it.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "normbench.kafka.requests-topic", "pg.run-requests",
                "normbench.kafka.events-topic", "pg.run-events");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresTestServer.class));
    }
}
