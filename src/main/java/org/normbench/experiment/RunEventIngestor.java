package org.normbench.experiment;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;
import org.normbench.pruning.PruningResultHandler;
import org.normbench.queue.InvalidMessageException;
import org.normbench.queue.KafkaClients;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunEvent;

/**
 * The portal's consumer of run events (a pruning job's go to the {@link PruningResultHandler}). Offsets are committed only after the events are stored, so a crash
 * redelivers (and {@link RunEventHandler} makes that harmless); a malformed record is logged and skipped; a
 * database failure rewinds to the failed record and retries after a pause.
 */
@ApplicationScoped
public class RunEventIngestor {

    static final int START_PRIORITY = 100;

    private static final Logger LOG = Logger.getLogger(RunEventIngestor.class);
    private static final String GROUP = "normbench-portal";

    private final KafkaClients clients;
    private final RunEventHandler handler;
    private final PruningResultHandler pruningResults;
    private final RunUpdates updates;
    private final String instanceId;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private volatile boolean running;
    private KafkaConsumer<String, String> consumer;
    private Thread thread;

    public RunEventIngestor(KafkaClients clients, RunEventHandler handler, PruningResultHandler pruningResults,
            RunUpdates updates, @ConfigProperty(name = "normbench.portal.instance-id") String instanceId,
            @ConfigProperty(name = "normbench.portal.ingest-retry-backoff") Duration retryBackoff) {
        this.clients = clients;
        this.handler = handler;
        this.pruningResults = pruningResults;
        this.updates = updates;
        this.instanceId = instanceId;
        this.pollTimeout = clients.config().pollTimeout();
        this.retryBackoff = retryBackoff;
    }

    void start(@Observes @Priority(START_PRIORITY) StartupEvent event, Roles roles) {
        if (!roles.portal()) {
            return;
        }
        consumer = clients.consumer(GROUP, instanceId, clients.config().ingestBatchSize());
        consumer.subscribe(List.of(clients.config().eventsTopic()));
        running = true;
        thread = new Thread(this::loop, "normbench-ingestor");
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread != null) {
            running = false;
            consumer.wakeup();
            thread.join();
        }
    }

    private void loop() {
        try {
            while (running) {
                ingest(consumer.poll(pollTimeout));
            }
        } catch (WakeupException e) {
            // stopping
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            KafkaClients.closeAndLeave(consumer);
        }
    }

    private void ingest(ConsumerRecords<String, String> records) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            try {
                apply(record);
            } catch (RuntimeException e) {
                LOG.errorf(e, "storing the event at %s offset %d failed; retrying in %s", partition, record.offset(),
                        retryBackoff);
                consumer.commitSync(done);
                for (TopicPartition p : records.partitions()) {
                    OffsetAndMetadata next = done.get(p);
                    consumer.seek(p, next != null ? next.offset() : records.records(p).get(0).offset());
                }
                Thread.sleep(retryBackoff.toMillis());
                return;
            }
            done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        RunEvent event;
        try {
            event = MessageCodec.decodeEvent(record.value());
        } catch (InvalidMessageException e) {
            LOG.warnf("skipping malformed run event at %s-%d offset %d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        Optional<Long> experimentId = event.type().ofPruningJob() ? pruningResults.apply(event)
                : handler.apply(event);
        experimentId.ifPresent(id -> updates.fire(new RunUpdates.RunUpdate(id, event.runId())));
    }
}
