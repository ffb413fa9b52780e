package org.normbench.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.Random;
import org.normbench.engine.Tensors;
import org.normbench.engine.scheme.Unnormalized;

/**
 * Spec 003 E7's classifier: logits = W₂ ReLU(W₁ x), no biases anywhere (a bias is a constant input feature), so
 * the network is homogeneous of degree 2 and f/ρ with ρ = ‖W₁‖_F ‖W₂‖_F is its normalized version. W₁ ~ N(0, 2/d),
 * W₂ ~ N(0, 1/width), both from {@code random}.
 */
public final class BiasFreeClassifier implements ImageClassifier {

    private final DenseLayer hidden;
    private final DenseLayer output;
    private final NDList parameters = new NDList();

    public BiasFreeClassifier(NDManager manager, int inputs, int width, int classes, Random random) {
        hidden = DenseLayer.trained(manager, new Unnormalized(), LayerInitialization.kaimingNormal(width, inputs, 1,
                random));
        // Kaiming's √(2/width) times √½: N(0, 1/width)
        output = DenseLayer.trained(manager, new Unnormalized(), LayerInitialization.kaimingNormal(classes, width,
                Math.sqrt(0.5), random));
        parameters.addAll(hidden.parameters());
        parameters.addAll(output.parameters());
    }

    @Override
    public NDArray logits(NDArray x) {
        NDArray z = hidden.apply(x);
        return output.apply(z.maximum(Tensors.constant(z, 0)));
    }

    @Override
    public NDList parameters() {
        return parameters;
    }

    /** ρ = ‖W₁‖_F ‖W₂‖_F, the product of the layers' norms. */
    public double rho() {
        return hidden.weights().norm().getDouble() * output.weights().norm().getDouble();
    }
}
