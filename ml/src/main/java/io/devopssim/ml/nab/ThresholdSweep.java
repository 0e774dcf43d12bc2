package io.devopssim.ml.nab;

import java.util.Arrays;

/**
 * Finds the threshold that scores best by lowering it through every distinct score, adding the rows
 * it lets in one at a time.
 *
 * <p>A false alarm's worth is additive; a window's worth is that of its best, that is earliest,
 * detection, or {@code -A_FN} while it has none. Each added row changes the total in O(1), so the
 * sweep costs O(n) after the O(n log n) sort.
 */
final class ThresholdSweep {

    /** Totals closer than this count as equal, so that rounding cannot pick a lower threshold. */
    static final double TIE = 1e-9;

    private final ScorableRows rows;
    private final NabProfile profile;
    private final double[] windowWorth;
    private double total;
    private int detectedWindows;
    private int falseAlarms;

    private ThresholdSweep(ScorableRows rows, NabProfile profile) {
        this.rows = rows;
        this.profile = profile;
        this.windowWorth = new double[rows.windows];
        Arrays.fill(windowWorth, Double.NaN);
        this.total = -profile.falseNegativeWeight() * rows.windows;
    }

    /** Returns the best result of {@code profile} over {@code rows}. */
    static NabResult best(ScorableRows rows, NabProfile profile) {
        return new ThresholdSweep(rows, profile).run();
    }

    private NabResult run() {
        double bestTotal = total;
        double bestThreshold = Double.POSITIVE_INFINITY;
        int bestDetected = 0;
        int bestFalseAlarms = 0;
        int[] order = rows.byScoreDescending;
        int i = 0;
        while (i < order.length) {
            double threshold = rows.score[order[i]];
            for (; i < order.length && rows.score[order[i]] == threshold; i++) {
                detect(order[i]);
            }
            if (total > bestTotal + TIE) {
                bestTotal = total;
                bestThreshold = threshold;
                bestDetected = detectedWindows;
                bestFalseAlarms = falseAlarms;
            }
        }
        return new NabResult(
                profile,
                normalised(bestTotal),
                bestThreshold,
                bestDetected,
                bestFalseAlarms,
                rows.windows - bestDetected,
                bestTotal);
    }

    private void detect(int row) {
        int w = rows.window[row];
        if (w < 0) {
            total += profile.falsePositiveWeight() * rows.unitWeight[row];
            falseAlarms++;
            return;
        }
        double worth = profile.truePositiveWeight() * rows.unitWeight[row];
        if (Double.isNaN(windowWorth[w])) {
            total += worth + profile.falseNegativeWeight();
            windowWorth[w] = worth;
            detectedWindows++;
        } else if (worth > windowWorth[w]) {
            total += worth - windowWorth[w];
            windowWorth[w] = worth;
        }
    }

    private double normalised(double raw) {
        double nullScore = -profile.falseNegativeWeight() * rows.windows;
        double perfect = profile.truePositiveWeight() * rows.windows;
        return 100 * (raw - nullScore) / (perfect - nullScore);
    }
}
