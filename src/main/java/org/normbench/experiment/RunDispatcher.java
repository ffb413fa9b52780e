package org.normbench.experiment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.normbench.app.Roles;
import org.normbench.artifact.Artifact;
import org.normbench.pruning.PruningJob;
import org.normbench.pruning.PruningJobState;
import org.normbench.queue.KafkaClients;
import org.normbench.queue.MessageCodec;
import org.normbench.queue.RunCancellation;
import org.normbench.queue.RunRequest;

/**
 * Moves queued runs and pruning jobs onto the requests topic (a transactional outbox): each is marked dispatched
 * only after Kafka acknowledged its request, so a crash between storing and sending loses nothing; a crash after the
 * send but before the mark sends it twice, which the worker side and the idempotent ingestion absorb.
 */
@ApplicationScoped
public class RunDispatcher {

    /** After topics exist. */
    static final int START_PRIORITY = 200;

    private static final Logger LOG = Logger.getLogger(RunDispatcher.class);

    private final KafkaClients clients;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService executor;
    private KafkaProducer<String, String> producer;

    public RunDispatcher(KafkaClients clients,
            @ConfigProperty(name = "normbench.dispatch.interval") Duration interval,
            @ConfigProperty(name = "normbench.dispatch.batch-size") int batchSize) {
        this.clients = clients;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    void start(@Observes @Priority(START_PRIORITY) StartupEvent event, Roles roles) {
        if (!roles.portal()) {
            return;
        }
        producer = clients.producer("normbench-portal-dispatcher");
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "normbench-dispatcher"));
        executor.scheduleWithFixedDelay(this::dispatchPendingSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
            producer.close();
        }
    }

    /**
     * Tells workers to stop cancelled runs. Best effort: a portal crash before the send leaves a worker to finish
     * the run, whose reports the portal ignores — the cancellation itself is already stored.
     */
    void onCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunsCancelled event) {
        if (producer == null) {
            return;
        }
        for (RunCancellation cancellation : event.runs()) {
            producer.send(new ProducerRecord<>(clients.config().cancellationsTopic(),
                    Long.toString(cancellation.runId()), MessageCodec.encode(cancellation)), (metadata, error) -> {
                        if (error != null) {
                            LOG.warnf(error, "could not tell workers that run %d was cancelled; its worker will"
                                    + " finish it and its reports will be ignored", cancellation.runId());
                        }
                    });
        }
    }

    /** Dispatches now rather than at the next tick (after an experiment was stored). */
    public void dispatchSoon() {
        if (executor != null) {
            executor.execute(this::dispatchPendingSafely);
        }
    }

    private void dispatchPendingSafely() {
        try {
            while (dispatchBatch() == batchSize) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warn("dispatching queued runs failed; retrying at the next tick", e);
        }
    }

    /** Sends a batch of queued runs and one of queued pruning jobs; returns the larger batch's size. */
    private int dispatchBatch() {
        List<RunRequest> runs = QuarkusTransaction.requiringNew().call(() -> Run.<Run>find(
                "dispatchedAt is null and state = ?1 order by id", RunState.QUEUED).page(0, batchSize).list()
                .stream().map(RunDispatcher::request).toList());
        List<Long> sentRuns = send(runs, RunRequest::runId, "run");
        List<RunRequest> jobs = QuarkusTransaction.requiringNew().call(() -> PruningJob.<PruningJob>find(
                "dispatchedAt is null and state = ?1 order by id", PruningJobState.QUEUED).page(0, batchSize).list()
                .stream().map(RunDispatcher::request).toList());
        List<Long> sentJobs = send(jobs, r -> r.pruning().jobId(), "pruning job");
        Instant now = Instant.now();
        if (!sentRuns.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> Run.update("dispatchedAt = ?1 where id in ?2", now, sentRuns));
        }
        if (!sentJobs.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> PruningJob.update("dispatchedAt = ?1 where id in ?2", now,
                    sentJobs));
        }
        LOG.debugf("dispatched %d runs and %d pruning jobs", sentRuns.size(), sentJobs.size());
        return Math.max(runs.size(), jobs.size());
    }

    /** Sends the requests, keyed by run; returns the ids (as {@code id} reads them) of those Kafka acknowledged. */
    private List<Long> send(List<RunRequest> requests, ToLongFunction<RunRequest> id, String what) {
        String topic = clients.config().requestsTopic();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (RunRequest request : requests) {
            sends.add(producer.send(new ProducerRecord<>(topic, Long.toString(request.runId()),
                    MessageCodec.encode(request))));
        }
        producer.flush();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
                sent.add(id.applyAsLong(requests.get(i)));
            } catch (Exception e) {
                LOG.warnf(e, "the request of %s %d was not acknowledged; it stays queued", what,
                        id.applyAsLong(requests.get(i)));
            }
        }
        return sent;
    }

    /** A pruning job's request: its run's, with the run's stored files to fetch the snapshots from. */
    private static RunRequest request(PruningJob job) {
        List<RunRequest.RunFile> files = Artifact.ofRun(job.run.id).stream()
                .map(a -> new RunRequest.RunFile(a.name, a.sizeBytes, a.sha256)).toList();
        return request(job.run).toPrune(new RunRequest.PruningOrder(job.id, files));
    }

    private static RunRequest request(Run run) {
        ExperimentSpec spec = StoredJson.spec(run.experiment);
        return new RunRequest(RunRequest.SCHEMA_VERSION, run.id, run.experiment.benchmark.key,
                run.experiment.benchmark.version, run.scheme, StoredJson.parameters(run), run.seed, run.runToken,
                spec.snapshotSteps(), spec.timeLimitSeconds(), null);
    }
}
