package org.normbench.engine.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import org.normbench.engine.data.L1Reference;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.model.DiagonalLinearNetwork;
import org.normbench.engine.probe.ConvergenceProbe;
import org.normbench.engine.probe.GradientFlowProbe;
import org.normbench.engine.probe.L1ExcessProbe;
import org.normbench.engine.probe.LossProbe;
import org.normbench.engine.probe.MetricSink;
import org.normbench.engine.probe.Probe;
import org.normbench.engine.probe.RecoveryProbe;
import org.normbench.engine.scheme.NormalizationScheme;
import org.normbench.engine.scheme.Unnormalized;
import org.normbench.engine.scheme.WeightNormalization;
import org.normbench.engine.train.TrainingLoop;
import org.normbench.engine.train.MonotoneLineSearch;
import org.normbench.engine.train.SensingObjective;
import org.normbench.engine.train.StopRule;
import org.normbench.engine.train.TrainingResult;

/**
 * Spec 001's setting: a compressed-sensing draw, a depth-L diagonal linear network started at x(0) = r₀|g|/‖g‖
 * (g ~ N(0, I), drawn after the data from the run seed, so every method of one seed starts from the same point),
 * trained on (1/(2L))‖Ax̃ − b‖² by the monotone line search: plain GD on x, or global weight normalization
 * x = r·u/‖u‖ (‖u(0)‖ = 1, r(0) = r₀) with the radius moving at η̃ times the direction's rate (Thm 2.1) or at r²
 * (Thm 2.3), float64. A line search whose factor neither grows nor exceeds its start is a fixed step c (spec 001 C6).
 */
public final class SparseRecoveryTask implements TrainingTask {

    /** How x is trained. */
    public enum Method {
        /** Plain gradient descent on x (eq. 10). */
        GRADIENT_DESCENT,
        /** WN with (η_r, η_u) = (η̃, 1) (eqs. 11–13). */
        WEIGHT_NORMALIZATION,
        /** WN with (η_r, η_u) = (r², 1) (Thm 2.3: the same limit as plain GD). */
        WEIGHT_NORMALIZATION_RADIUS_SQUARED
    }

    /**
     * @param initScale    r₀ = ‖x(0)‖₂
     * @param radiusRate   η̃ (WEIGHT_NORMALIZATION only)
     * @param seed         draws the data, then x(0)
     * @param gradientFlow whether to measure the distance to gradient flow ({@link GradientFlowProbe}: depth 2,
     *                     nonnegative signals)
     */
    public record Config(int dimension, int measurements, int sparsity, SensingProblem.Kind kind, boolean centerRows,
            int depth, Method method, double initScale, double radiusRate, long seed, StopRule stopRule,
            long logEvery, MonotoneLineSearch.Settings search, boolean gradientFlow) {

        public Config {
            if (!(initScale > 0) || Double.isInfinite(initScale)) {
                throw new IllegalArgumentException("initial scale must be a positive finite number, got " + initScale);
            }
            if (method == Method.WEIGHT_NORMALIZATION && (!(radiusRate > 0) || Double.isInfinite(radiusRate))) {
                throw new IllegalArgumentException("radius rate must be a positive finite number, got " + radiusRate);
            }
        }
    }

    private final Config config;

    public SparseRecoveryTask(Config config) {
        this.config = config;
    }

    @Override
    public TrainingResult run(NDManager manager, MetricSink sink, BooleanSupplier cancelled) {
        Random random = new Random(config.seed());
        SensingProblem problem = SensingProblem.draw(config.dimension(), config.measurements(), config.sparsity(),
                config.kind(), config.centerRows(), random);
        boolean normalized = config.method() != Method.GRADIENT_DESCENT;
        NormalizationScheme scheme = normalized ? WeightNormalization.unitDirections() : new Unnormalized();
        DiagonalLinearNetwork network = new DiagonalLinearNetwork(manager, scheme,
                initialPoint(problem.dimension() * (config.kind().signed() ? 2 : 1), random), config.depth(),
                config.kind().signed());
        SensingObjective objective = new SensingObjective(manager, network, problem);
        NDList parameters = network.parameters();
        DoubleSupplier radiusRate = config.method() == Method.WEIGHT_NORMALIZATION ? config::radiusRate
                : () -> {
                    double radius = parameters.get(1).getDouble(0);
                    return radius * radius;
                };
        List<DoubleSupplier> rates = normalized ? List.of(() -> 1.0, radiusRate) : List.of(() -> 1.0);
        // the pilot's step scale: h = c/(m·curv), m = max(η_r, r²/‖u‖²) for WN (the faster of its two rates)
        DoubleSupplier bound = () -> {
            double m = 1;
            if (normalized) {
                NDArray direction = parameters.get(0);
                double radius = parameters.get(1).getDouble(0);
                double directionNorm = direction.norm().getDouble();
                m = Math.max(radiusRate.getAsDouble(), radius * radius / (directionNorm * directionNorm));
            }
            return 1 / (m * objective.curvature());
        };
        MonotoneLineSearch search = new MonotoneLineSearch(config.search(), bound, rates);
        double constantRate = config.method() == Method.WEIGHT_NORMALIZATION ? config.radiusRate() : Double.NaN;
        List<Probe> probes = new ArrayList<>(List.of(new LossProbe(config.logEvery()),
                new ConvergenceProbe(config.logEvery()),
                new RecoveryProbe(network, problem, config.sparsity(), config.logEvery(), constantRate),
                new L1ExcessProbe(network, problem, L1Reference.of(problem))));
        if (config.gradientFlow()) {
            probes.add(new GradientFlowProbe(network, problem, constantRate, config.logEvery()));
        }
        return new TrainingLoop(manager.getEngine()).train(objective, search, config.stopRule(), probes, sink,
                cancelled);
    }

    /** x(0) = r₀|g|/‖g‖ with g ~ N(0, I) (spec 001 §2.3's portal default): positive, of norm r₀. */
    private double[] initialPoint(int length, Random random) {
        double[] x = new double[length];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            x[i] = Math.abs(random.nextGaussian());
            sum += x[i] * x[i];
        }
        double scale = config.initScale() / Math.sqrt(sum);
        for (int i = 0; i < length; i++) {
            x[i] *= scale;
        }
        return x;
    }
}
