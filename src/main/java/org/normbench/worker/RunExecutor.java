package org.normbench.worker;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;
import org.normbench.queue.RunEvent;
import org.normbench.queue.RunRequest;

/**
 * Trains one requested run and reports it: STARTED, PROGRESS with metric points, then — once its files (log,
 * parameter snapshots) are uploaded or, if the portal cannot take them now, sealed in the spool for later —
 * FINISHED or FAILED.
 */
final class RunExecutor {

    /** Whether the run was reported final, or abandoned because the worker is stopping (to be redelivered). */
    enum Outcome { REPORTED, ABANDONED }

    private static final Logger LOG = Logger.getLogger(RunExecutor.class);

    private final String workerId;
    private final RunEventPublisher publisher;
    private final WorkerConfig config;
    private final Map<String, String> environment;
    private final Spool spool;
    private final ArtifactUploader uploader;

    RunExecutor(String workerId, RunEventPublisher publisher, WorkerConfig config, Map<String, String> environment,
            Spool spool, ArtifactUploader uploader) {
        this.workerId = workerId;
        this.publisher = publisher;
        this.config = config;
        this.environment = environment;
        this.spool = spool;
        this.uploader = uploader;
    }

    /** Uploads the files of earlier runs that the portal could not take when they ended. */
    void uploadPending() {
        for (Spool.Sealed sealed : spool.sealed()) {
            if (uploader.upload(sealed) == ArtifactUploader.Result.UNREACHABLE) {
                return; // try again later rather than wait out a timeout per folder
            }
        }
    }

    Outcome execute(RunRequest request, BooleanSupplier stopping) {
        long runId = request.runId();
        String token = request.runToken();
        uploadPending();
        Map<String, String> runEnvironment = WorkerEnvironment.forRun(environment, TaskFactory.dataType(request));
        publisher.sendAndWait(RunEvent.started(runId, token, workerId, runEnvironment));
        RunFolder folder = spool.open(runId);
        folder.log(String.format("run %d: %s v%d, scheme %s, seed %d, parameters %s, on %s %s", runId,
                request.benchmark(), request.benchmarkVersion(), request.scheme(), request.seed(),
                request.parameters(), workerId, runEnvironment));
        PointBuffer buffer = new PointBuffer(runId, token, workerId, publisher, config.maxPointsPerEvent(),
                config.progressInterval().toNanos());
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingTask task = TaskFactory.create(request);
            result = TimeLimit.train(task, manager, new RunSink(buffer, folder, Set.copyOf(request.snapshotSteps())),
                    stopping, request.timeLimitSeconds());
        } catch (RuntimeException e) {
            LOG.warnf(e, "run %d failed", runId);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            folder.log("failed: " + trace);
            handOver(folder, request);
            publisher.sendAndWait(RunEvent.failed(runId, token, workerId, buffer.drain(), describe(e)));
            return Outcome.REPORTED;
        }
        if (result.reason() == StopReason.CANCELLED) {
            publisher.sendAndWait(RunEvent.progress(runId, token, workerId, buffer.drain()));
            folder.delete(); // cancelled for good, or trained again from the start, files and all
            return Outcome.ABANDONED;
        }
        folder.log(String.format("stopped: %s after %d steps in %.1f s (%.1f s in probes), ln L %.6g -> %.6g",
                result.reason(), result.steps(), result.seconds(), result.probeSeconds(), result.initialLogLoss(),
                result.finalLogLoss()));
        handOver(folder, request);
        if (result.reason() == StopReason.DIVERGED) {
            publisher.sendAndWait(RunEvent.failed(runId, token, workerId, buffer.drain(), "diverged at step " + result.steps()
                    + ": the loss went from " + result.initialLoss() + " to " + result.finalLoss()
                    + "; try a smaller learning rate"));
            return Outcome.REPORTED;
        }
        publisher.sendAndWait(RunEvent.finished(runId, token, workerId, buffer.drain(), RunSummary.of(result)));
        LOG.infof("run %d finished: %s after %d steps, loss %.3e -> %.3e", runId, result.reason(), result.steps(),
                result.initialLoss(), result.finalLoss());
        return Outcome.REPORTED;
    }

    /** Seals the run's files and uploads them; what the portal cannot take now stays sealed for later. */
    private void handOver(RunFolder folder, RunRequest request) {
        uploader.upload(spool.seal(folder, request.runId(), request.runToken()));
    }

    private static String describe(RuntimeException e) {
        return e instanceof IllegalArgumentException ? "invalid run configuration: " + e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
