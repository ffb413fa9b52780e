package org.normbench.artifact;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;

/** Artifact store settings ({@code normbench.artifacts.*}, documented in application.properties). */
@ConfigMapping(prefix = "normbench.artifacts")
public interface ArtifactConfig {

    /** The directory of the default store. */
    Path directory();

    /** The largest file one upload may carry, in bytes. */
    long maxFileBytes();

    /** How long an upload may wait for its next bytes before it is abandoned (and nothing is kept). */
    Duration readTimeout();
}
