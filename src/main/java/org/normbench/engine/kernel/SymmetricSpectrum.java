package org.normbench.engine.kernel;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** The eigenvalues of a real symmetric matrix, in ascending order (EJML, float64). */
public final class SymmetricSpectrum {

    private SymmetricSpectrum() {
    }

    public static double[] eigenvalues(double[][] symmetric) {
        int n = symmetric.length;
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, false, true);
        if (!decomposition.decompose(new DMatrixRMaj(symmetric))) {
            throw new ArithmeticException("the eigenvalue decomposition of a " + n + "×" + n + " matrix failed");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = decomposition.getEigenvalue(i).getReal();
        }
        Arrays.sort(values);
        return values;
    }
}
