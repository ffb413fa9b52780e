package org.normbench.engine.kernel;

import java.util.Map;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;

/**
 * Reports the data's infinite-width kernel constants of spec 002 §2.4 once per run: λ_min(H∞), λ_0 =
 * λ_min(V∞), μ_0 = λ_min(G∞), their condition numbers, and the regime crossover α_c = √(λ_0/μ_0). The
 * eigen-decomposition is O(n³), so data sets above {@link #MAX_EXAMPLES} points are left out.
 */
public final class KernelLimitsProbe implements Probe {

    /** Beyond this the n×n eigen-decompositions would cost more than a typical run. */
    public static final int MAX_EXAMPLES = 2000;

    private final Dataset data;

    public KernelLimitsProbe(Dataset data) {
        this.data = data;
    }

    @Override
    public void onStep(long step, double logLoss, MetricSink sink) {
        // the limits depend on the data alone
    }

    @Override
    public Map<String, Double> onFinish(long step, double logLoss, MetricSink sink) {
        if (data.size() > MAX_EXAMPLES) {
            return Map.of();
        }
        return LimitKernels.of(data.x()).constants();
    }
}
