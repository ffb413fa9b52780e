package org.normbench.worker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.normbench.queue.InvalidMessageException;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunCancellation;
import org.normbench.queue.RunRequest;

/**
 * The runs people cancelled, read from the whole cancellations topic (every worker reads all of it, from the
 * start of its retention, so a worker that starts later still skips a cancelled request). Polled by the worker's
 * loop thread; asked by the training thread at every step.
 */
final class Cancellations {

    private static final Logger LOG = Logger.getLogger(Cancellations.class);

    private final KafkaConsumer<String, String> consumer;
    private final Map<Long, String> tokens = new ConcurrentHashMap<>();

    Cancellations(KafkaConsumer<String, String> consumer, String topic) {
        this.consumer = consumer;
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what arrived since the last call, without waiting. */
    void poll() {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ZERO)) {
            try {
                RunCancellation cancellation = MessageCodec.decodeCancellation(record.value());
                tokens.put(cancellation.runId(), Objects.toString(cancellation.runToken(), ""));
            } catch (InvalidMessageException e) {
                LOG.warnf("skipping malformed cancellation at offset %d: %s", record.offset(), e.getMessage());
            }
        }
    }

    /** Whether the run of this request was cancelled (by a cancellation carrying the request's token). */
    boolean cancelled(RunRequest request) {
        String token = tokens.get(request.runId());
        return token != null && token.equals(Objects.toString(request.runToken(), ""));
    }

    void close() {
        consumer.close();
    }
}
