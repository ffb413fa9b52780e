package org.normbench.engine.data;

import static org.normbench.engine.Vectors.norm;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;

/**
 * Spec 001 §2.5's closed-form gradient-flow limits of a depth-2 diagonal linear network, the "theory target" a run's
 * endpoint is compared with. Plain gradient flow from x̃₀ keeps (I − A⁺A)·ln x̃ constant (Lemma 3.6); with Ax̃∞ = b
 * that is the KKT system of the relative-entropy projection of x̃₀ onto {z ≥ 0 : Az = b}, so x̃∞ = x̃₀ ⊙ exp(Aᵀλ)
 * where λ minimizes the smooth convex dual Σ_n x̃₀,n exp((Aᵀλ)_n) − bᵀλ — solved here by damped Newton steps
 * (Hessian A diag(x̃) Aᵀ, M × M, by Cholesky). Weight normalization with radius rate η̃ and ‖u₀‖ = 1 has the limit
 * of plain flow from γ²x̃₀, γ = (r∞/r₀)·exp((r₀² − r∞²)/(2η̃)) (Lemma 3.8), with r∞² = ‖x̃∞‖₁ found by fixed-point
 * iteration, as the pilot's {@code gf.py} does. Computed in log space, so γ² of e^{−1000} is no problem.
 *
 * @param endToEnd    x̃∞
 * @param residual    ‖Ax̃∞ − b‖/‖b‖ (the solve's accuracy)
 * @param limitRadius r∞ = √‖x̃∞‖₁
 */
public record GradientFlowLimit(double[] endToEnd, double residual, double limitRadius) {

    /** exp arguments are clipped here (the pilot's 700): x̃ stays finite while Newton is far from λ*. */
    private static final double MAX_EXPONENT = 700;
    private static final int MAX_NEWTON_STEPS = 500;
    private static final int MAX_HALVINGS = 60;
    private static final double ARMIJO = 1e-4;
    /** Newton stops at ‖Ax̃ − b‖ ≤ this·‖b‖ (the pilot's gtol), or where round-off leaves no progress. */
    private static final double TOLERANCE = 1e-12;
    private static final int MAX_FIXED_POINT_STEPS = 100;

    /**
     * The limit of plain gradient flow from x̃₀ (and of WN with η_r = r², a time change of it: spec 001 Cor. 3.14).
     *
     * @param logInitial ln x̃₀ (x̃₀ > 0)
     * @throws IllegalStateException when Newton does not settle in its step budget
     */
    public static GradientFlowLimit plain(double[][] a, double[] b, double[] logInitial) {
        double[] limit = project(a, b, logInitial);
        double sum = 0;
        for (double v : limit) {
            sum += v;
        }
        return new GradientFlowLimit(limit, residual(a, b, limit), Math.sqrt(sum));
    }

    /**
     * The limit of weight-normalized gradient flow with radius rate η̃ from x̃₀ = r₀²û₀^{⊙2}; only meaningful for
     * r₀ < r∞ (spec 001 §2.5: for r₀ > r∞, γ ≫ 1 and the flow is lazy).
     */
    public static GradientFlowLimit weightNormalized(double[][] a, double[] b, double[] logInitial,
            double initialRadius, double radiusRate) {
        double squared = 0;
        for (double v : b) {
            squared += Math.abs(v);
        }
        squared = Math.max(squared, 1); // the pilot's start for r∞²
        double[] shifted = new double[logInitial.length];
        double[] limit = null;
        for (int i = 0; i < MAX_FIXED_POINT_STEPS; i++) {
            double twoLogGamma = 2 * (0.5 * Math.log(squared) - Math.log(initialRadius))
                    + (initialRadius * initialRadius - squared) / radiusRate;
            for (int n = 0; n < shifted.length; n++) {
                shifted[n] = logInitial[n] + twoLogGamma;
            }
            limit = project(a, b, shifted);
            double next = 0;
            for (double v : limit) {
                next += v;
            }
            boolean settled = Math.abs(next - squared) <= TOLERANCE * next;
            squared = next;
            if (settled) {
                return new GradientFlowLimit(limit, residual(a, b, limit), Math.sqrt(squared));
            }
        }
        throw new IllegalStateException("the limit radius did not settle in " + MAX_FIXED_POINT_STEPS
                + " fixed-point steps (r∞² ≈ " + squared + ")");
    }

    /** x̃₀ ⊙ exp(Aᵀλ*) for λ* the dual's minimizer, from ln x̃₀. */
    private static double[] project(double[][] a, double[] b, double[] logInitial) {
        int m = a.length;
        double normB = norm(b);
        double[] lambda = new double[m];
        double[] z = primal(a, logInitial, lambda);
        double value = dual(z, b, lambda);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] gradient = gradient(a, b, z);
            double gradientNorm = norm(gradient);
            if (gradientNorm <= TOLERANCE * normB) {
                return z;
            }
            double[] direction = newtonDirection(a, z, gradient);
            double decrement = 0;
            for (int i = 0; i < m; i++) {
                decrement -= gradient[i] * direction[i];
            }
            if (decrement <= 0) {
                return z; // round-off: no descent left (the caller reads the residual)
            }
            double t = 1;
            boolean accepted = false;
            for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
                double[] trial = step(lambda, direction, t);
                double[] trialZ = primal(a, logInitial, trial);
                double trialValue = dual(trialZ, b, trial);
                if (trialValue < value && trialValue <= value - ARMIJO * t * decrement) {
                    lambda = trial;
                    z = trialZ;
                    value = trialValue;
                    accepted = true;
                }
                t /= 2;
            }
            if (!accepted) {
                // the dual's round-off hides the decrease: the full step still counts if it shrinks the residual
                double[] trial = step(lambda, direction, 1);
                double[] trialZ = primal(a, logInitial, trial);
                if (norm(gradient(a, b, trialZ)) >= gradientNorm) {
                    return z; // the caller reads the residual
                }
                lambda = trial;
                z = trialZ;
                value = dual(trialZ, b, trial);
            }
        }
        throw new IllegalStateException("Newton did not reach ‖Ax̃ − b‖ ≤ " + TOLERANCE + "·‖b‖ in "
                + MAX_NEWTON_STEPS + " steps");
    }

    private static double[] step(double[] lambda, double[] direction, double t) {
        double[] trial = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            trial[i] = lambda[i] + t * direction[i];
        }
        return trial;
    }

    /** x̃(λ) = exp(ln x̃₀ + Aᵀλ), exponents clipped at {@value #MAX_EXPONENT}. */
    private static double[] primal(double[][] a, double[] logInitial, double[] lambda) {
        double[] z = logInitial.clone();
        for (int i = 0; i < a.length; i++) {
            double[] row = a[i];
            for (int n = 0; n < z.length; n++) {
                z[n] += row[n] * lambda[i];
            }
        }
        for (int n = 0; n < z.length; n++) {
            z[n] = Math.exp(Math.min(z[n], MAX_EXPONENT));
        }
        return z;
    }

    private static double dual(double[] z, double[] b, double[] lambda) {
        double value = 0;
        for (double v : z) {
            value += v;
        }
        for (int i = 0; i < b.length; i++) {
            value -= b[i] * lambda[i];
        }
        return value;
    }

    /** Az − b. */
    private static double[] gradient(double[][] a, double[] b, double[] z) {
        double[] g = SensingProblem.times(a, z);
        for (int i = 0; i < g.length; i++) {
            g[i] -= b[i];
        }
        return g;
    }

    /** −(A diag(z) Aᵀ)⁻¹ g, by Cholesky (with a tiny ridge when z has underflowed on a whole row's support). */
    private static double[] newtonDirection(double[][] a, double[] z, double[] g) {
        int m = a.length;
        double[][] hessian = new double[m][m];
        for (int i = 0; i < m; i++) {
            double[] weighted = new double[z.length];
            for (int n = 0; n < z.length; n++) {
                weighted[n] = a[i][n] * z[n];
            }
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                double[] row = a[j];
                for (int n = 0; n < z.length; n++) {
                    sum += weighted[n] * row[n];
                }
                hessian[i][j] = sum;
                hessian[j][i] = sum;
            }
        }
        double[] negative = new double[m];
        for (int i = 0; i < m; i++) {
            negative[i] = -g[i];
        }
        double trace = 0;
        for (int i = 0; i < m; i++) {
            trace += hessian[i][i];
        }
        for (double ridge = 0; ; ridge = ridge == 0 ? 1e-14 * trace / m : ridge * 100) {
            double[][] regularized = new double[m][];
            for (int i = 0; i < m; i++) {
                regularized[i] = hessian[i].clone();
                regularized[i][i] += ridge;
            }
            try {
                return new CholeskyDecomposition(new Array2DRowRealMatrix(regularized, false), 1e-12, 0)
                        .getSolver().solve(new ArrayRealVector(negative, false)).toArray();
            } catch (NonPositiveDefiniteMatrixException e) {
                if (ridge > trace) {
                    throw new IllegalStateException("the dual's Hessian is singular", e);
                }
            }
        }
    }

    private static double residual(double[][] a, double[] b, double[] z) {
        return norm(gradient(a, b, z)) / norm(b);
    }
}
