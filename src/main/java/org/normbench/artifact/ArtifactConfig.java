package org.normbench.artifact;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Artifact store settings ({@code normbench.artifacts.*}, documented in application.properties). */
@ConfigMapping(prefix = "normbench.artifacts")
public interface ArtifactConfig {

    /** Which store keeps the files. */
    enum StoreKind { DIRECTORY, S3 }

    StoreKind store();

    /** The directory of the directory store. */
    Path directory();

    /** The largest file one upload may carry, in bytes. */
    long maxFileBytes();

    /** How long an upload may wait for its next bytes before it is abandoned (and nothing is kept). */
    Duration readTimeout();

    /** The S3-compatible store, used when {@link #store()} is {@code s3}. */
    S3 s3();

    interface S3 {

        /** The bucket; it must exist. Required for the S3 store. */
        Optional<String> bucket();

        /** The service's address for S3-compatible stores (MinIO, Ceph, s3proxy); AWS's own when absent. */
        Optional<URI> endpoint();

        String region();

        /** Bucket in the path rather than the host name, as most self-hosted stores need. */
        boolean pathStyle();

        /** Static credentials; when absent, the AWS default chain (environment, profile, instance role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Files larger than this go up in parts of this size (S3 allows 5 MiB to 5 GiB, at most 10,000 parts). */
        long partBytes();
    }
}
