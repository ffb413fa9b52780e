package org.normbench.queue;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Creates the requests, events and cancellations topics up front (brokers here do not auto-create topics). */
@ApplicationScoped
public class TopicInitializer {

    /** After the embedded broker, before any client. */
    public static final int START_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    void createTopics(@Observes @Priority(START_PRIORITY) StartupEvent event, KafkaClients clients)
            throws InterruptedException, ExecutionException {
        QueueConfig config = clients.config();
        try (Admin admin = Admin.create(clients.adminProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            // requests wait for a worker however long it takes: never delete them by age
            List<NewTopic> missing = List.of(
                    new NewTopic(config.requestsTopic(), config.requestsPartitions(), config.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")),
                    new NewTopic(config.eventsTopic(), config.eventsPartitions(), config.replicationFactor()),
                    new NewTopic(config.cancellationsTopic(), 1, config.replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG,
                                    Long.toString(config.cancellationsRetention().toMillis()))))
                    .stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                    LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    } // another process created them in the meantime
                }
            }
        }
    }
}
