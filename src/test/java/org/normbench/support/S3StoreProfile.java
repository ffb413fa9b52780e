package org.normbench.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application keeping artifacts in an S3-compatible store, on topics of its own like every other profile. */
public class S3StoreProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("normbench.kafka.requests-topic", "s3.run-requests",
                "normbench.kafka.events-topic", "s3.run-events");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3TestServer.class));
    }
}
