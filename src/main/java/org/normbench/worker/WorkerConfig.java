package org.normbench.worker;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.nio.file.Path;
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

    /** Where run files wait until the portal has them (see {@link Spool}). */
    Path spoolDirectory();

    /**
     * The portal that takes this worker's uploads and serves the snapshots of runs it prunes again; unset: this
     * process's own portal (roles portal and worker).
     */
    Optional<URI> portalUrl();

    /** The longest wait for the portal's answer to one uploaded or downloaded file. */
    Duration uploadTimeout();

    /** How often an idle worker retries uploads the portal could not take. */
    Duration uploadRetryInterval();
}
