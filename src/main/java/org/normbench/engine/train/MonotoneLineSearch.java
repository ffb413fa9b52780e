package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Spec 001's monotone line search (pilot {@code dln.run}) with a learning rate per parameter tensor: the step is
 * h = c·bound, where {@code bound} is the largest stable step the model allows at the current point (1/(m·curv)),
 * and each tensor θ_i moves by h·η_i·∇_{θ_i}L, η_i its rate (WN: η̃ or r² for the radius, 1 for the direction).
 * A trial point whose loss is higher (or not finite) is undone exactly from a snapshot, c is halved and the same
 * gradient is tried again — the pilot's rejected iterations, folded into one step; an accepted step multiplies
 * c by the growth factor up to its cap. Any scalar step only changes the speed along the same gradient flow.
 */
public final class MonotoneLineSearch implements Optimizer {

    /**
     * @param initialFactor c(0) (pilot: 0.5)
     * @param growth        c's multiplier after an accepted step (1.02)
     * @param maxFactor     the cap on c (64)
     * @param minFactor     below this c the run has stalled: no step lowers the loss
     */
    public record Settings(double initialFactor, double growth, double maxFactor, double minFactor) {

        public Settings {
            if (!(initialFactor > 0 && initialFactor <= maxFactor) || Double.isInfinite(maxFactor)) {
                throw new IllegalArgumentException("need 0 < c(0) ≤ cap < ∞, got c(0) = " + initialFactor
                        + ", cap = " + maxFactor);
            }
            if (!(growth >= 1) || Double.isInfinite(growth)) {
                throw new IllegalArgumentException("growth factor must be at least 1, got " + growth);
            }
            if (!(minFactor > 0 && minFactor < initialFactor)) {
                throw new IllegalArgumentException("stall factor must lie in (0, c(0)), got " + minFactor);
            }
        }
    }

    private final Settings settings;
    private final DoubleSupplier stepBound;
    private final List<DoubleSupplier> rates;
    private double factor;

    /**
     * @param stepBound the step that c = 1 stands for, at the current parameters (read before each step)
     * @param rates     one learning rate per parameter tensor, in {@link Objective#parameters()} order, read at the
     *                  current parameters before each step
     */
    public MonotoneLineSearch(Settings settings, DoubleSupplier stepBound, List<DoubleSupplier> rates) {
        this.settings = settings;
        this.stepBound = stepBound;
        this.rates = List.copyOf(rates);
        this.factor = settings.initialFactor();
    }

    /** The current c. */
    public double factor() {
        return factor;
    }

    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        if (parameters.size() != rates.size()) {
            throw new IllegalStateException(parameters.size() + " parameter tensors but " + rates.size() + " rates");
        }
        double loss = Math.exp(logLoss);
        double bound = stepBound.getAsDouble();
        ParameterSnapshot snapshot = ParameterSnapshot.of(parameters);
        List<NDArray> directions = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            NDArray parameter = parameters.get(i);
            // ∇L = L·∇ln L, times the tensor's rate
            directions.add(parameter.getGradient().mul(loss * rates.get(i).getAsDouble()));
        }
        while (factor >= settings.minFactor()) {
            double h = factor * bound;
            for (int i = 0; i < parameters.size(); i++) {
                parameters.get(i).subi(directions.get(i).mul(h));
            }
            double trial = objective.logLoss().getDouble();
            if (trial <= logLoss) {
                factor = Math.min(factor * settings.growth(), settings.maxFactor());
                return h;
            }
            snapshot.restore(parameters);
            factor /= 2;
        }
        return 0;
    }
}
