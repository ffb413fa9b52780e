package org.normbench.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.normbench.queue.broker.EmbeddedKafkaBroker;

/** Creates the application's Kafka clients with the settings that make delivery at-least-once. */
@ApplicationScoped
public class KafkaClients {

    private final QueueConfig config;
    private final EmbeddedKafkaBroker embeddedBroker;

    public KafkaClients(QueueConfig config, EmbeddedKafkaBroker embeddedBroker) {
        this.config = config;
        this.embeddedBroker = embeddedBroker;
    }

    public String bootstrapServers() {
        return config.bootstrapServers().orElseGet(embeddedBroker::bootstrapServers);
    }

    public QueueConfig config() {
        return config;
    }

    public Properties adminProperties() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return p;
    }

    /**
     * Closes a consumer and leaves its group, so its partitions move on at once; a crashed member instead
     * keeps them until it restarts with the same instance id or its session times out.
     */
    public static void closeAndLeave(KafkaConsumer<String, String> consumer) {
        consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    /** Idempotent producer; a send counts once all in-sync replicas have it. */
    public KafkaProducer<String, String> producer(String clientId) {
        Properties p = new Properties();
        p.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.setProperty(ProducerConfig.ACKS_CONFIG, "all");
        p.setProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A consumer outside any group, for a topic every process reads whole (it assigns partitions itself). */
    public KafkaConsumer<String, String> reader(String clientId) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    /**
     * Manually committed consumer with static membership: a restarted member with the same instance id
     * takes its partitions back at once instead of waiting out the dead member's session.
     */
    public KafkaConsumer<String, String> consumer(String groupId, String instanceId, int maxPollRecords) {
        Properties p = new Properties();
        p.setProperty(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.setProperty(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        p.setProperty(ConsumerConfig.CLIENT_ID_CONFIG, instanceId);
        p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPollRecords));
        p.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // heartbeats come from a background thread, so a long training step never expires the session
        p.setProperty(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(config.sessionTimeout().toMillis()));
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
