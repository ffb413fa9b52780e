package org.normbench.worker;

import ai.djl.ndarray.NDManager;
import java.util.function.BooleanSupplier;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/**
 * A run's wall-clock limit (its experiment's {@code timeLimitSeconds}, spec 000's pilot capped each net at 150 s):
 * the training loop stops at the first step past it as if cancelled — its probes finish and the final snapshot is
 * saved — and the run is reported with what it has, ended by {@link StopReason#TIME_LIMIT}.
 */
final class TimeLimit {

    private TimeLimit() {
    }

    /**
     * Runs {@code task} until it ends, {@code stopping} says so, or {@code seconds} have passed (null: no limit).
     *
     * @return the task's result; CANCELLED only when {@code stopping} stopped it
     */
    static TrainingResult train(TrainingTask task, NDManager manager, MetricSink sink, BooleanSupplier stopping,
            Long seconds) {
        if (seconds == null) {
            return task.run(manager, sink, stopping);
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        BooleanSupplier passed = () -> System.nanoTime() - deadline >= 0;
        TrainingResult result = task.run(manager, sink, () -> stopping.getAsBoolean() || passed.getAsBoolean());
        return result.reason() == StopReason.CANCELLED && !stopping.getAsBoolean() && passed.getAsBoolean()
                ? result.withReason(StopReason.TIME_LIMIT) : result;
    }
}
