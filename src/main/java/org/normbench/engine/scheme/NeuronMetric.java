package org.normbench.engine.scheme;

/**
 * How a scheme's trainable tensors move each neuron's effective weight w_k: with u_k = w_k/‖w_k‖ and
 * J_k = ∂w_k/∂θ_k, J_k J_kᵀ = tangential_k (I − u_k u_kᵀ) + radial_k u_k u_kᵀ. This fixes the scheme's
 * neural tangent kernel (spec 002 §2.4: V/α² and G are its two parts for weight normalization).
 */
public record NeuronMetric(double[] tangential, double[] radial) {
}
