package org.normbench.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.normbench.engine.Tensors;
import org.normbench.engine.data.SensingProblem;
import org.normbench.engine.model.DiagonalLinearNetwork;

/**
 * Spec 001 eq. (9): L = (1/(2L))·‖A x̃ − b‖₂² for a diagonal linear network (eq. 22 with [A, −A] when signed),
 * float64, as ln L. Also the model's largest stable step scale, the pilot's curvature
 * curv = L‖A‖²max|x|^{2L−2} + (L − 1)·max|Aᵀ(Ax̃ − b) ⊙ x^{L−2}|.
 */
public final class SensingObjective implements Objective {

    private final DiagonalLinearNetwork network;
    private final NDArray operator;
    private final NDArray targets;
    private final double operatorNormSquared;

    public SensingObjective(NDManager manager, DiagonalLinearNetwork network, SensingProblem problem) {
        this.network = network;
        double[][] a = problem.a();
        double[][] op = network.signed() ? signedOperator(a) : a;
        this.operator = manager.create(op);
        this.targets = manager.create(problem.b());
        this.operatorNormSquared = Math.pow(largestSingularValue(op), 2);
    }

    private static double[][] signedOperator(double[][] a) {
        int n = a[0].length;
        double[][] op = new double[a.length][2 * n];
        for (int m = 0; m < a.length; m++) {
            for (int i = 0; i < n; i++) {
                op[m][i] = a[m][i];
                op[m][n + i] = -a[m][i];
            }
        }
        return op;
    }

    private static double largestSingularValue(double[][] op) {
        double largest = 0;
        for (double value : SingularOps_DDRM.singularValues(new DMatrixRMaj(op))) {
            largest = Math.max(largest, value);
        }
        return largest;
    }

    @Override
    public NDList parameters() {
        return network.parameters();
    }

    /** A x̃ − b, differentiable. */
    private NDArray residual() {
        return operator.matMul(network.power()).sub(targets);
    }

    @Override
    public NDArray logLoss() {
        NDArray residual = residual();
        return residual.mul(residual).sum().mul(Tensors.constant(residual, 0.5 / network.depth())).log();
    }

    /** The pilot's curvature at the current parameters (call with grad mode off). */
    public double curvature() {
        int depth = network.depth();
        NDArray x = network.factor();
        NDArray correlation = operator.transpose().matMul(residual());
        double maxFactor = x.abs().max().getDouble();
        double radial = depth * operatorNormSquared * Math.pow(maxFactor, 2.0 * depth - 2);
        if (depth == 1) {
            return radial;
        }
        NDArray weighted = correlation;
        for (int layer = 2; layer < depth; layer++) {
            weighted = weighted.mul(x);
        }
        return radial + (depth - 1) * weighted.abs().max().getDouble();
    }
}
