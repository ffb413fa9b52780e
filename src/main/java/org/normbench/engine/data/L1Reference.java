package org.normbench.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Spec 001 §4.1's ℓ₁ reference of a sensing problem, the linear program its implicit-bias metrics compare with:
 * nonnegative signals Q = min 1ᵀz s.t. Az = b, z ≥ 0; signed signals min 1ᵀ(p + q) s.t. A(p − q) = b, p, q ≥ 0,
 * z = p − q. Solved by commons-math's two-phase simplex (dense tableau: M + 1 rows, about N + M columns; well
 * under a second at N = 1000, M = 150).
 *
 * @param minimum   Q, the least ‖z‖₁ of an interpolant
 * @param minimizer z_LP (a vertex: at most M nonzeros)
 */
public record L1Reference(double minimum, double[] minimizer) {

    /** The simplex's tolerance on reduced costs and feasibility. */
    private static final double EPSILON = 1e-10;
    private static final int MAX_ULPS = 10;
    /** Tableau entries below this are treated as 0 (commons-math's cut-off). */
    private static final double CUT_OFF = 1e-14;
    private static final int MAX_ITERATIONS = 100_000;

    public static L1Reference of(SensingProblem problem) {
        boolean signed = problem.kind().signed();
        int n = problem.dimension();
        int variables = signed ? 2 * n : n;
        double[] ones = new double[variables];
        Arrays.fill(ones, 1);
        List<LinearConstraint> constraints = new ArrayList<>(problem.measurements());
        for (int i = 0; i < problem.measurements(); i++) {
            double[] row = new double[variables];
            for (int j = 0; j < n; j++) {
                row[j] = problem.a()[i][j];
                if (signed) {
                    row[n + j] = -problem.a()[i][j];
                }
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, problem.b()[i]));
        }
        PointValuePair solution = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF).optimize(new MaxIter(MAX_ITERATIONS),
                new LinearObjectiveFunction(ones, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        double[] point = solution.getPoint();
        double[] z = new double[n];
        double minimum = 0;
        for (int j = 0; j < n; j++) {
            z[j] = signed ? point[j] - point[n + j] : point[j];
            minimum += Math.abs(z[j]);
        }
        return new L1Reference(minimum, z);
    }
}
