package org.normbench.worker;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;
import org.normbench.queue.RunEvent;
import org.normbench.queue.RunRequest;

/** Trains one requested run and reports it: STARTED, PROGRESS with metric points, then FINISHED or FAILED. */
final class RunExecutor {

    /** Whether the run was reported final, or abandoned because the worker is stopping (to be redelivered). */
    enum Outcome { REPORTED, ABANDONED }

    private static final Logger LOG = Logger.getLogger(RunExecutor.class);

    private final String workerId;
    private final RunEventPublisher publisher;
    private final WorkerConfig config;
    private final Map<String, String> environment;

    RunExecutor(String workerId, RunEventPublisher publisher, WorkerConfig config, Map<String, String> environment) {
        this.workerId = workerId;
        this.publisher = publisher;
        this.config = config;
        this.environment = environment;
    }

    Outcome execute(RunRequest request, BooleanSupplier stopping) {
        long runId = request.runId();
        String token = request.runToken();
        publisher.sendAndWait(RunEvent.started(runId, token, workerId, environment));
        PointBuffer buffer = new PointBuffer(runId, token, workerId, publisher, config.maxPointsPerEvent(),
                config.progressInterval().toNanos());
        TrainingResult result;
        try (NDManager manager = NDManager.newBaseManager()) {
            TrainingTask task = TaskFactory.create(request);
            result = task.run(manager, buffer, stopping);
        } catch (RuntimeException e) {
            LOG.warnf(e, "run %d failed", runId);
            publisher.sendAndWait(RunEvent.failed(runId, token, workerId, buffer.drain(), describe(e)));
            return Outcome.REPORTED;
        }
        if (result.reason() == StopReason.CANCELLED) {
            publisher.sendAndWait(RunEvent.progress(runId, token, workerId, buffer.drain()));
            return Outcome.ABANDONED;
        }
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

    private static String describe(RuntimeException e) {
        return e instanceof IllegalArgumentException ? "invalid run configuration: " + e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
