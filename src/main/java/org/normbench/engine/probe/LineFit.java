package org.normbench.engine.probe;

import java.util.List;

/** A least-squares line through (x, y) points: its slope and R². */
record LineFit(double slope, double r2) {

    static LineFit of(List<double[]> points) {
        double mx = 0;
        double my = 0;
        for (double[] p : points) {
            mx += p[0] / points.size();
            my += p[1] / points.size();
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] p : points) {
            sxx += (p[0] - mx) * (p[0] - mx);
            sxy += (p[0] - mx) * (p[1] - my);
            syy += (p[1] - my) * (p[1] - my);
        }
        return new LineFit(sxy / sxx, syy == 0 ? 1 : sxy * sxy / (sxx * syy));
    }
}
