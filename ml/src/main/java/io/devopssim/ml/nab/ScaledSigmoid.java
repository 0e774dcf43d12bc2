package io.devopssim.ml.nab;

/** The benchmark's scaled sigmoid and the per-row weights built on it. */
final class ScaledSigmoid {

    /** {@code s(-1)}, the unnormalised worth of a detection at a window's first row. */
    static final double AT_WINDOW_START = of(-1);

    private ScaledSigmoid() {}

    /** Returns {@code s(y) = 2 / (1 + e^(5y)) - 1}, or -1 when {@code y > 3}. */
    static double of(double y) {
        if (y > 3) {
            return -1;
        }
        return 2 / (1 + Math.exp(5 * y)) - 1;
    }

    /**
     * Returns the worth of a first detection at {@code row} of {@code window}, per unit of {@code
     * A_TP}: 1 at the window's first row, falling towards 0 at its last.
     */
    static double truePositive(NabWindow window, int row) {
        double position = -(window.lastRow() - row + 1) / (double) window.width();
        return of(position) / AT_WINDOW_START;
    }

    /**
     * Returns the worth of a detection at {@code row} after {@code previous}, per unit of {@code
     * A_FP}: near 0 just after the window, -1 far from it. A window one row wide gives -1 at once
     * (its {@code W - 1} is 0).
     */
    static double falsePositiveAfter(NabWindow previous, int row) {
        if (previous.width() == 1) {
            return -1;
        }
        return of(Math.abs(row - previous.lastRow()) / (double) (previous.width() - 1));
    }
}
