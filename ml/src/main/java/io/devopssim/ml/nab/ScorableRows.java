package io.devopssim.ml.nab;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every row of a corpus that counts, past each file's probation: its detector score, the window it
 * lies in (or -1) and its worth per unit of {@code A_TP} or {@code A_FP} if detected.
 */
final class ScorableRows {

    final double[] score;
    final int[] window;
    final double[] unitWeight;
    final int windows;
    final int[] byScoreDescending;

    private ScorableRows(double[] score, int[] window, double[] unitWeight, int windows) {
        this.score = score;
        this.window = window;
        this.unitWeight = unitWeight;
        this.windows = windows;
        this.byScoreDescending =
                IntStream.range(0, score.length)
                        .boxed()
                        .sorted(Comparator.comparingDouble((Integer i) -> score[i]).reversed())
                        .mapToInt(Integer::intValue)
                        .toArray();
    }

    static ScorableRows of(List<NabSeries> series, Map<String, double[]> scores) {
        int total = 0;
        for (NabSeries s : series) {
            total += s.size() - s.probationRows();
        }
        double[] score = new double[total];
        int[] window = new int[total];
        double[] unit = new double[total];
        int at = 0;
        int windowIds = 0;
        for (NabSeries s : series) {
            double[] rowScores = scores.get(s.name());
            int firstId = windowIds - firstScoredWindow(s);
            for (int row = s.probationRows(); row < s.size(); row++, at++) {
                score[at] = rowScores[row] + 0.0; // folds -0.0 into 0.0
                int k = fill(s, row, unit, at);
                window[at] = k < 0 ? -1 : firstId + k;
            }
            windowIds = firstId + s.windows().size();
        }
        return new ScorableRows(score, window, unit, windowIds);
    }

    /**
     * Stores the unit weight of {@code row} of {@code s} at {@code at}; returns the index of the
     * window of {@code s} holding the row, or -1 outside windows.
     */
    private static int fill(NabSeries s, int row, double[] unit, int at) {
        List<NabWindow> windows = s.windows();
        int k = precedingOrContaining(windows, row);
        if (k >= 0 && row <= windows.get(k).lastRow()) {
            unit[at] = ScaledSigmoid.truePositive(windows.get(k), row);
            return k;
        }
        unit[at] = k < 0 ? -1 : ScaledSigmoid.falsePositiveAfter(windows.get(k), row);
        return -1;
    }

    /** Returns the index of the last window starting at or before {@code row}, or -1. */
    private static int precedingOrContaining(List<NabWindow> windows, int row) {
        int lo = 0;
        int hi = windows.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (windows.get(mid).firstRow() <= row) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Returns the index of the first window of {@code s} that ends past probation. */
    static int firstScoredWindow(NabSeries s) {
        List<NabWindow> windows = s.windows();
        int k = 0;
        while (k < windows.size() && windows.get(k).lastRow() < s.probationRows()) {
            k++;
        }
        return k;
    }
}
