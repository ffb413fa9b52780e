package org.normbench.engine.kernel;

import java.util.LinkedHashMap;
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
        LimitKernels kernels = LimitKernels.of(data.x());
        double[] h = SymmetricSpectrum.eigenvalues(kernels.h());
        double[] v = SymmetricSpectrum.eigenvalues(kernels.v());
        double[] g = SymmetricSpectrum.eigenvalues(kernels.g());
        Map<String, Double> summary = new LinkedHashMap<>();
        summary.put("lambda_min_h_inf", h[0]);
        summary.put("kappa_h_inf", h[h.length - 1] / h[0]);
        summary.put("lambda0", v[0]);
        summary.put("kappa_v_inf", v[v.length - 1] / v[0]);
        summary.put("mu0", g[0]);
        summary.put("kappa_g_inf", g[g.length - 1] / g[0]);
        summary.put("alpha_c", Math.sqrt(v[0] / g[0]));
        return summary;
    }
}
