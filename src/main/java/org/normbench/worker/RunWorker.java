package org.normbench.worker;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;
import org.normbench.queue.InvalidMessageException;
import org.normbench.queue.KafkaClients;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunRequest;

/**
 * A worker: takes run requests from the workers' consumer group one at a time and trains them (or, for a pruning
 * order, prunes the finished run again) on a single dedicated thread (DJL allows one gradient collector per JVM). While a run trains, its partitions are
 * paused and polling goes on, so a long run never triggers a rebalance; the request's offset is committed
 * only after the run's final event was acknowledged, so a crash redelivers the run instead of losing it.
 */
@ApplicationScoped
public class RunWorker {

    static final int START_PRIORITY = 100;
    static final String GROUP = "normbench-workers";

    private static final Logger LOG = Logger.getLogger(RunWorker.class);

    private final KafkaClients clients;
    private final WorkerConfig config;
    private volatile boolean running;
    private volatile boolean busy;
    private String workerId;
    private ExecutorService training;
    private RunEventPublisher publisher;
    private RunExecutor executor;
    private PruningJobExecutor pruner;
    private KafkaConsumer<String, String> consumer;
    private Cancellations cancellations;
    private Thread thread;

    public RunWorker(KafkaClients clients, WorkerConfig config) {
        this.clients = clients;
        this.config = config;
    }

    public String workerId() {
        return workerId;
    }

    void start(@Observes @Priority(START_PRIORITY) StartupEvent event, Roles roles, Instance<HttpServer> httpServer)
            throws InterruptedException, ExecutionException {
        if (!roles.worker()) {
            return;
        }
        Supplier<URI> portal = portalAddress(roles, httpServer);
        workerId = config.id().orElseGet(RunWorker::hostName);
        configureDjl();
        ClassLoader applicationLoader = Thread.currentThread().getContextClassLoader();
        training = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "normbench-training");
            t.setContextClassLoader(applicationLoader); // DJL finds its engine through this loader
            return t;
        });
        Map<String, String> environment = training.submit(() -> WorkerEnvironment.describe(workerId,
                config.threads())).get();
        LOG.infof("worker %s ready: %s", workerId, environment);
        publisher = new RunEventPublisher(clients.producer("normbench-worker-" + workerId),
                clients.config().eventsTopic());
        Spool spool = new Spool(config.spoolDirectory());
        spool.removeUnsealed().forEach(f -> LOG.infof("removed %s: its run was interrupted and will be trained again", f));
        executor = new RunExecutor(workerId, publisher, config, environment, spool,
                new ArtifactUploader(portal, config.uploadTimeout()));
        pruner = new PruningJobExecutor(workerId, publisher, portal, config.uploadTimeout());
        consumer = clients.consumer(GROUP, workerId, 1);
        cancellations = new Cancellations(clients.reader("normbench-worker-" + workerId + "-cancellations"),
                clients.config().cancellationsTopic());
        running = true;
        thread = new Thread(this::loop, "normbench-worker");
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false; // the training loop sees this and abandons its run, which Kafka will redeliver
        thread.join();
        training.shutdown();
        publisher.close();
    }

    /** Where uploads go: the configured portal, or this process's own. */
    private Supplier<URI> portalAddress(Roles roles, Instance<HttpServer> httpServer) {
        if (config.portalUrl().isPresent()) {
            URI portal = config.portalUrl().get();
            return () -> portal;
        }
        if (!roles.portal()) {
            throw new IllegalStateException("a worker without the portal role needs normbench.worker.portal-url"
                    + " (NORMBENCH_WORKER_PORTAL_URL): the portal its run files are uploaded to");
        }
        // read when needed: a random port (tests) is known only once the server listens
        return () -> URI.create("http://localhost:" + httpServer.get().getPort());
    }

    /** DJL reads these only as system properties, and only before the engine loads. */
    private void configureDjl() {
        System.setProperty("ai.djl.offline", "true");
        String threads = Integer.toString(config.threads());
        System.setProperty("ai.djl.pytorch.num_threads", threads);
        System.setProperty("ai.djl.pytorch.num_interop_threads", threads);
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(clients.config().requestsTopic()), new PauseWhileBusy());
            long nextUploadRetry = System.nanoTime();
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(clients.config().pollTimeout())) {
                    process(record);
                }
                cancellations.poll();
                if (System.nanoTime() - nextUploadRetry >= 0) { // idle: on the training thread, never blocking polls
                    training.submit(executor::uploadPending);
                    nextUploadRetry = System.nanoTime() + config.uploadRetryInterval().toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("worker loop stopped", e);
        } finally {
            KafkaClients.closeAndLeave(consumer);
            cancellations.close();
        }
    }

    private void process(ConsumerRecord<String, String> record) throws InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Map<TopicPartition, OffsetAndMetadata> next = Map.of(partition, new OffsetAndMetadata(record.offset() + 1));
        RunRequest request;
        try {
            request = MessageCodec.decodeRequest(record.value());
        } catch (InvalidMessageException e) {
            LOG.warnf("skipping malformed run request at %s offset %d: %s", partition, record.offset(), e.getMessage());
            consumer.commitSync(next);
            return;
        }
        if (cancellations.cancelled(request)) {
            LOG.infof("skipping run %d: it was cancelled", request.runId());
            consumer.commitSync(next);
            return;
        }
        busy = true;
        consumer.pause(consumer.assignment());
        Future<RunExecutor.Outcome> outcome = training.submit(() -> request.pruning() != null
                ? pruner.execute(request)
                : executor.execute(request, () -> !running || cancellations.cancelled(request)));
        while (!outcome.isDone()) {
            consumer.poll(clients.config().pollTimeout()); // heartbeats the group; paused partitions yield nothing
            cancellations.poll();
        }
        busy = false;
        consumer.resume(consumer.paused());
        try {
            // a run stopped because it was cancelled is done with; one abandoned because this worker stops is not
            if (outcome.get() == RunExecutor.Outcome.REPORTED || cancellations.cancelled(request)) {
                consumer.commitSync(next);
            }
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "run %d could not be reported; it will be redelivered", request.runId());
        } catch (KafkaException e) {
            LOG.warnf(e, "committing run %d failed; it may be trained again (its results are stored once)",
                    request.runId());
        }
    }

    private static String hostName() {
        try {
            return "worker-" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "worker-" + ProcessHandle.current().pid();
        }
    }

    /** Partitions assigned while a run trains stay paused until it is done. */
    private final class PauseWhileBusy implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (busy) {
                consumer.pause(partitions);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // nothing to hand over: offsets are committed per finished run
        }
    }
}
