package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec 004's SGD and SGD-momentum with coupled L2 weight decay, exactly eqs. (16), (18)–(19) (PyTorch's
 * {@code SGD(momentum=α, dampening=0, weight_decay=λ)}): v_t = α v_{t−1} + g_t + λ w_t, w_{t+1} = w_t − η_t v_t,
 * v_0 = 0, α = 0 giving plain SGD. λ applies only to the tensors given as decayed. DJL's built-in SGD folds η into
 * the buffer, which differs after a learning-rate drop, hence this rule.
 *
 * <p>With {@code rescaleAtDrops}, every tensor in it is multiplied by k^{−1/4} as η drops by k (spec 004 §5.2's
 * trick, which puts the norm at its new equilibrium at once). The paper is silent on the buffer; it is left
 * unchanged, as in the pilot.
 */
public final class HeavyBallMomentum implements Optimizer {

    private final LearningRateSchedule schedule;
    private final double momentum;
    private final double weightDecay;
    private final Map<NDArray, NDArray> buffers = new IdentityHashMap<>();
    private final Map<NDArray, Boolean> decayed = new IdentityHashMap<>();
    private final List<NDArray> rescaledAtDrops;
    private long step;

    /**
     * Creates the zero buffers, so call it outside any per-step {@code NDScope}.
     *
     * @param parameters     every tensor this optimizer updates
     * @param decayedWeights the tensors weight decay applies to
     */
    public HeavyBallMomentum(NDList parameters, List<NDArray> decayedWeights, LearningRateSchedule schedule,
            double momentum, double weightDecay, List<NDArray> rescaledAtDrops) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1), got " + momentum);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a non-negative finite number, got "
                    + weightDecay);
        }
        this.schedule = schedule;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.rescaledAtDrops = List.copyOf(rescaledAtDrops);
        for (NDArray parameter : parameters) {
            buffers.put(parameter, parameter.zerosLike());
        }
        for (NDArray weight : decayedWeights) {
            decayed.put(weight, true);
        }
    }

    /** ∇L = L·∇ln L; the step's buffers and weights change in place. */
    @Override
    public double step(NDList parameters, double logLoss, Objective objective) {
        double rate = schedule.rate(step);
        double loss = Math.exp(logLoss);
        for (NDArray parameter : parameters) {
            NDArray update = parameter.getGradient().mul(loss);
            if (decayed.containsKey(parameter)) {
                update = update.add(parameter.mul(weightDecay));
            }
            NDArray buffer = buffers.get(parameter);
            buffer.muli(momentum).addi(update);
            parameter.subi(buffer.mul(rate));
        }
        step++;
        if (schedule.dropsAt(step)) {
            double factor = Math.pow(schedule.rate(step - 1) / schedule.rate(step), -0.25);
            for (NDArray weight : rescaledAtDrops) {
                weight.muli(factor);
            }
        }
        return rate;
    }

    /** v_{t−1} of {@code parameter}: its buffer before the coming step, weight decay included. */
    public NDArray buffer(NDArray parameter) {
        return buffers.get(parameter);
    }

    public LearningRateSchedule schedule() {
        return schedule;
    }

    public double momentum() {
        return momentum;
    }

    public double weightDecay() {
        return weightDecay;
    }
}
