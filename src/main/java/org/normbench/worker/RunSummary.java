package org.normbench.worker;

import java.util.LinkedHashMap;
import java.util.Map;
import org.normbench.engine.train.StopReason;
import org.normbench.engine.train.TrainingResult;

/** A finished run's summary metrics: its probes' and the training loop's own (docs/metrics.md). */
final class RunSummary {

    private RunSummary() {
    }

    static Map<String, Double> of(TrainingResult result) {
        Map<String, Double> summary = new LinkedHashMap<>(result.probeSummaries());
        if (!Double.isNaN(result.initialLogLoss())) {
            summary.put("initial_loss", result.initialLoss());
            summary.put("final_loss", result.finalLoss());
            summary.put("final_log_loss", result.finalLogLoss());
        }
        summary.put("steps", (double) result.steps());
        summary.put("seconds", result.seconds());
        summary.put("converged", result.reason() == StopReason.CONVERGED ? 1.0 : 0.0);
        if (Double.isFinite(result.finalLogLoss())) {
            summary.put("loss_reduction_orders", (result.initialLogLoss() - result.finalLogLoss()) / Math.log(10));
        }
        return summary;
    }
}
