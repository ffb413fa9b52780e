package org.normbench.engine.data;

import static org.normbench.engine.Vectors.dot;

/**
 * The hard-margin homogeneous SVM of linearly separable data, min ½‖w‖² s.t. y_i w·x_i ≥ 1: the direction
 * u* = w/‖w‖ that gradient descent on an exponential-type loss converges to (spec 003 E1b) and its margin
 * γ* = min_i y_i u*·x_i. Solved in the dual, max Σα − ½αᵀQα over α ≥ 0 with Q_ij = y_i y_j x_i·x_j (no bias, so
 * no equality constraint), by exact coordinate ascent until every KKT condition holds to {@value #TOLERANCE}.
 */
public record MaxMarginDirection(double[] direction, double margin) {

    /** Largest violation of the dual's KKT conditions accepted. */
    static final double TOLERANCE = 1e-13;
    /** Sweeps before giving up (the IRIS problem needs a few hundred). */
    static final int MAX_SWEEPS = 1_000_000;

    public static MaxMarginDirection of(Dataset data) {
        int n = data.size();
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                q[i][j] = data.y()[i] * data.y()[j] * dot(data.x()[i], data.x()[j]);
            }
        }
        double[] alpha = new double[n];
        double[] qAlpha = new double[n];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double worst = 0;
            for (int i = 0; i < n; i++) {
                double gradient = 1 - qAlpha[i];
                double violation = alpha[i] > 0 ? Math.abs(gradient) : Math.max(0, gradient);
                worst = Math.max(worst, violation);
                double updated = Math.max(0, alpha[i] + gradient / q[i][i]);
                double change = updated - alpha[i];
                if (change != 0) {
                    for (int k = 0; k < n; k++) {
                        qAlpha[k] += change * q[k][i];
                    }
                    alpha[i] = updated;
                }
            }
            if (worst <= TOLERANCE) {
                return fromDual(data, alpha);
            }
        }
        throw new IllegalArgumentException("the data are not linearly separable through the origin (the hard-margin"
                + " SVM did not converge in " + MAX_SWEEPS + " sweeps)");
    }

    private static MaxMarginDirection fromDual(Dataset data, double[] alpha) {
        double[] w = new double[data.dimension()];
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < w.length; j++) {
                w[j] += alpha[i] * data.y()[i] * data.x()[i][j];
            }
        }
        double norm = Math.sqrt(dot(w, w));
        double margin = Double.POSITIVE_INFINITY;
        for (int j = 0; j < w.length; j++) {
            w[j] /= norm;
        }
        for (int i = 0; i < data.size(); i++) {
            margin = Math.min(margin, data.y()[i] * dot(w, data.x()[i]));
        }
        return new MaxMarginDirection(w, margin);
    }
}
