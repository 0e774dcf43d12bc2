package io.devopssim.core.sim;

/**
 * Zipf hit ratios summed rank by rank, independent of the model's grouped sums: {@code h(n) = Σ p_i
 * (1 - (1 - p_i)^n)}, {@code D(n) = Σ 1 - (1 - p_i)^n}, and Che's fill point {@code D(T_C) = C}.
 */
final class ExactZipf {

    private final double[] p;

    ExactZipf(int keys, double exponent) {
        p = new double[keys];
        double total = 0;
        for (int i = 0; i < keys; i++) {
            p[i] = Math.pow(i + 1, -exponent);
            total += p[i];
        }
        for (int i = 0; i < keys; i++) {
            p[i] /= total;
        }
    }

    double hit(double n) {
        double h = 0;
        for (double pi : p) {
            h += pi * -Math.expm1(n * Math.log1p(-pi));
        }
        return h;
    }

    double distinct(double n) {
        double d = 0;
        for (double pi : p) {
            d += -Math.expm1(n * Math.log1p(-pi));
        }
        return d;
    }

    /** Returns T_C by bisection. */
    double fill(double capacity) {
        double lo = 0;
        double hi = capacity;
        while (distinct(hi) < capacity) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (distinct(mid) < capacity) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** Returns the reads after which a cold cache's hit ratio reaches {@code target}. */
    double readsToReach(double target, double fill) {
        double lo = 0;
        double hi = fill;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (hit(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
