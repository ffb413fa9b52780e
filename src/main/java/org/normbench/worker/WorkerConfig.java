package org.normbench.worker;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Worker settings ({@code normbench.worker.*}, documented in application.properties). */
@ConfigMapping(prefix = "normbench.worker")
public interface WorkerConfig {

    /** Unique per worker process and stable across its restarts (Kafka static membership); default: host name. */
    Optional<String> id();

    /** Send buffered metric points at least this often. */
    Duration progressInterval();

    /** Send a progress event once this many points are buffered. */
    int maxPointsPerEvent();

    /** libtorch intra-op and inter-op threads. */
    int threads();
}
