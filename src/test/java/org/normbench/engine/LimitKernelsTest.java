package org.normbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.normbench.engine.data.Dataset;
import org.normbench.engine.kernel.KernelLimitsProbe;
import org.normbench.engine.kernel.LimitKernels;
import org.normbench.engine.kernel.MonteCarloLimits;
import org.normbench.engine.kernel.SymmetricSpectrum;

/**
 * Spec 002 §2.4 / E0: the closed-form limit kernels against the numpy reference on identical inputs, and
 * against a Monte Carlo estimate.
 *
 * <p>{@code spec002/sphere-n50-d50-rng1.csv} is the pilot's data draw {@code sphere_data(50, 50,
 * np.random.default_rng(1))} from {@code ../shared/specs/seed-002-dukler-pilot/wn.py}, written with
 * {@code np.savetxt(..., fmt='%.17g')}; the expected numbers are numpy's {@code eigvalsh} of the pilot's
 * {@code inf_kernels} on it (spec 002 E0 rounds them to 0.2159, 0.2139, 0.00153, α_c = 11.8).
 */
class LimitKernelsTest {

    private static double[][] pilotData() throws IOException {
        try (InputStream in = LimitKernelsTest.class.getResourceAsStream("/spec002/sphere-n50-d50-rng1.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .map(line -> Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        }
    }

    @Test
    void spectraMatchTheNumpyReference() throws IOException {
        LimitKernels kernels = LimitKernels.of(pilotData());
        double[] h = SymmetricSpectrum.eigenvalues(kernels.h());
        double[] v = SymmetricSpectrum.eigenvalues(kernels.v());
        double[] g = SymmetricSpectrum.eigenvalues(kernels.g());
        assertRelative(0.2159410338337139, h[0]);
        assertRelative(1.261121539383721, h[49]);
        assertRelative(0.21394529167933418, v[0]);
        assertRelative(1.230558067457507, v[49]);
        assertRelative(0.0015284327886863713, g[0]);
        assertRelative(0.16867981062358794, g[49]);
        Map<Double, Double> kappaLambda = Map.of(0.1, 5.7523746072868205, 1.0, 5.840119948461727,
                10.0, 47.3401930101397);
        kappaLambda.forEach((alpha, kappa) -> {
            double[] lambda = SymmetricSpectrum.eigenvalues(kernels.lambda(alpha));
            assertRelative(kappa, lambda[49] / lambda[0]);
        });
    }

    @Test
    void theProbeReportsTheRegimeCrossover() throws IOException {
        double[][] x = pilotData();
        Map<String, Double> summary = new KernelLimitsProbe(new Dataset(x, new double[x.length]))
                .onFinish(0, 0, (series, step, value) -> { });
        assertRelative(11.831183595642823, summary.get("alpha_c"));
        assertEquals(0.2139, summary.get("lambda0"), 5e-5);
        assertEquals(0.00153, summary.get("mu0"), 5e-6);
    }

    /**
     * Spec 002 §2.4: Monte Carlo with 2·10⁵ unit directions is within 4e-3 (H, V) and 2e-4 (G), and every entry
     * within a few standard errors; a closed form that is off (G∞ without its 1/d) is hundreds of them away.
     */
    @Test
    void closedFormsAgreeWithMonteCarlo() throws IOException {
        double[][] x = pilotData();
        LimitKernels exact = LimitKernels.of(x);
        MonteCarloLimits check = MonteCarloLimits.estimate(x, exact, 200_000, 7);
        assertTrue(check.maxErrorH() <= 4e-3 && check.maxErrorV() <= 4e-3, check.toString());
        assertTrue(check.maxErrorG() <= 2e-4, check.toString());
        assertTrue(check.maxZ() <= 6, check.toString());
        double d = x[0].length;
        double[][] wrongG = Arrays.stream(exact.g()).map(row -> Arrays.stream(row).map(value -> value * d).toArray())
                .toArray(double[][]::new);
        MonteCarloLimits wrong = MonteCarloLimits.estimate(x, new LimitKernels(exact.h(), exact.v(), wrongG), 200_000,
                7);
        assertTrue(wrong.maxZ() > 100, wrong.toString());
    }

    /**
     * 1e-7: arccos is ill-conditioned near 1, so the diagonal θ_ii ≈ 1e-8 that rounding leaves in either
     * implementation (summation orders differ) moves the spectra by about 1e-9 relative.
     */
    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, 1e-7 * Math.abs(expected));
    }
}
