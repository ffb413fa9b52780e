package org.normbench.worker;

import java.util.Map;
import org.normbench.benchmark.BuiltInBenchmarks;
import org.normbench.engine.scheme.Schemes;
import org.normbench.engine.task.TrainingTask;
import org.normbench.engine.task.TwoLayerRegressionTask;
import org.normbench.engine.train.StopRule;
import org.normbench.queue.RunRequest;

/** Turns a run request into the engine's training task for its benchmark. */
final class TaskFactory {

    /** Loss growth over L(0) that counts as divergence. */
    private static final double DIVERGENCE_FACTOR = 1e6;

    private TaskFactory() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the request */
    static TrainingTask create(RunRequest request) {
        Map<String, Double> p = request.parameters();
        if (!BuiltInBenchmarks.DUKLER_WN_CONVERGENCE.equals(request.benchmark())) {
            throw new IllegalArgumentException("this worker cannot run benchmark '" + request.benchmark() + "'");
        }
        return new TwoLayerRegressionTask(new TwoLayerRegressionTask.Config(
                integer(p, "examples"), integer(p, "dimension"), integer(p, "dataSeed"), integer(p, "width"),
                Schemes.create(request.scheme(), p), request.seed(), real(p, "learningRate"),
                new StopRule(real(p, "relativeTolerance"), integer(p, "maxSteps"), DIVERGENCE_FACTOR),
                integer(p, "logEvery"), integer(p, "kernelEvery")));
    }

    private static double real(Map<String, Double> parameters, String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is missing");
        }
        return value;
    }

    private static int integer(Map<String, Double> parameters, String name) {
        double value = real(parameters, name);
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, got " + value);
        }
        return (int) value;
    }
}
