package org.normbench.queue;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Kafka settings ({@code normbench.kafka.*} in application.properties, where each is documented). */
@ConfigMapping(prefix = "normbench.kafka")
public interface QueueConfig {

    /** An external cluster; when absent the application starts its own broker ({@link #embedded()}). */
    Optional<String> bootstrapServers();

    String requestsTopic();

    String eventsTopic();

    /** Cancellations of runs that may be training; every worker reads all of it (one partition). */
    String cancellationsTopic();

    /** How long cancellations stay readable: a worker that starts later still learns of recent ones. */
    Duration cancellationsRetention();

    int requestsPartitions();

    int eventsPartitions();

    /** How long one poll waits for records. */
    Duration pollTimeout();

    /** A consumer that stops heartbeating (crashed) loses its partitions after this long. */
    Duration sessionTimeout();

    /** Events the portal stores per poll (one commit each). */
    int ingestBatchSize();

    /** Replication factor for the topics this application creates. */
    short replicationFactor();

    Embedded embedded();

    interface Embedded {

        int port();

        int controllerPort();

        Path dataDir();

        /** The Kafka server jars, assembled by the build (kept off the application's classpath). */
        Path libDir();

        Duration startTimeout();

        String heap();
    }
}
