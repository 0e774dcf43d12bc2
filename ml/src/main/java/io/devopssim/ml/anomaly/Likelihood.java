package io.devopssim.ml.anomaly;

import org.apache.commons.math3.special.Erf;

/**
 * How unusual the mean of the latest few values of a signal is against its long-run distribution.
 *
 * <p>The long-run mean and standard deviation come from running sums over a ring of the last {@code
 * long} values; the result is the Gaussian tail probability of the recent mean, on a log scale in
 * [0, 1]. Mirrors {@code detector.Likelihood} of the training scripts.
 */
final class Likelihood {

    /** A tail probability of this (or less) scores 1. */
    static final double TAIL_FLOOR = 1e-10;

    private static final double LOG_TAIL_FLOOR = Math.log(TAIL_FLOOR);

    private final double[] history;
    private final double[] recent;
    private final int minHistory;
    private long count;
    private double sum;
    private double sumOfSquares;
    private double recentSum;

    Likelihood(int longWindow, int shortWindow, int minHistory) {
        this.history = new double[longWindow];
        this.recent = new double[shortWindow];
        this.minHistory = minHistory;
    }

    /** Adds a value of the signal and returns its score, from the values before it. */
    double update(double value) {
        int shortWindow = recent.length;
        int longWindow = history.length;
        if (count >= shortWindow) {
            recentSum -= recent[(int) (count % shortWindow)];
        }
        recent[(int) (count % shortWindow)] = value;
        recentSum += value;

        double score = 0.0;
        if (count >= minHistory) {
            double n = Math.min(count, longWindow);
            double mu = sum / n;
            double sd = Math.sqrt(Math.max(sumOfSquares / n - mu * mu, 0.0));
            sd = Math.max(Math.max(sd, 1e-3 * mu), 1e-6);
            score = tailScore((recentSum / Math.min(count + 1, shortWindow) - mu) / sd);
        }

        if (count >= longWindow) {
            double old = history[(int) (count % longWindow)];
            sum -= old;
            sumOfSquares -= old * old;
        }
        history[(int) (count % longWindow)] = value;
        sum += value;
        sumOfSquares += value * value;
        count++;
        return score;
    }

    /** Returns 0 for z at or below 0, else the log two-sided tail probability scaled to [0, 1]. */
    static double tailScore(double z) {
        if (!(z > 0.0)) {
            return 0.0;
        }
        double tail = Erf.erfc(z / Math.sqrt(2.0));
        return Math.min(1.0, Math.max(0.0, Math.log(tail + TAIL_FLOOR) / LOG_TAIL_FLOOR));
    }
}
