package org.normbench.engine.task;

import ai.djl.ndarray.NDManager;
import java.util.function.BooleanSupplier;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.train.TrainingResult;

/** One fully specified training job: builds its data and model in {@code manager} and trains them. */
public interface TrainingTask {

    TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled);

    /** Wall time since {@code started} ({@link System#nanoTime()}), for tasks that time themselves. */
    static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
