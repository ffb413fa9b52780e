package org.normbench.engine.probe;

import static org.normbench.engine.Vectors.dot;

/**
 * d ↦ (I − A⁺A)d, the projection onto the null space of A (M × N, full row rank), as VVᵀ with V an orthonormal basis
 * of range(Aᵀ) (spec 001 §4.5), built once per draw by modified Gram–Schmidt, twice over for orthogonality to
 * round-off.
 */
final class NullSpaceProjection {

    private final double[][] basis;

    NullSpaceProjection(double[][] a) {
        basis = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            double[] v = a[i].clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < i; j++) {
                    double dot = dot(basis[j], v);
                    for (int n = 0; n < v.length; n++) {
                        v[n] -= dot * basis[j][n];
                    }
                }
            }
            double norm = Math.sqrt(dot(v, v));
            if (!(norm > 0)) {
                throw new IllegalArgumentException("A has dependent rows (row " + i + ")");
            }
            for (int n = 0; n < v.length; n++) {
                v[n] /= norm;
            }
            basis[i] = v;
        }
    }

    /** (I − A⁺A)d. */
    double[] apply(double[] d) {
        double[] result = d.clone();
        for (double[] v : basis) {
            double dot = dot(v, d);
            for (int n = 0; n < result.length; n++) {
                result[n] -= dot * v[n];
            }
        }
        return result;
    }
}
