package io.devopssim.ml.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the incremental threshold sweep against a direct reading of the rule, which recomputes the
 * total from scratch at every distinct threshold (O(n^2)), on random corpora.
 */
class NabScorerSweepTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void score_randomCorpus_matchesTheRuleAppliedAtEveryThreshold(long seed) {
        Random random = new Random(seed);
        List<NabSeries> series = new ArrayList<>();
        Map<String, double[]> scores = new HashMap<>();
        for (int f = 0; f < 3; f++) {
            NabSeries s = randomSeries("f" + f + ".csv", random);
            series.add(s);
            scores.put(s.name(), randomScores(s.size(), random));
        }
        NabCorpus corpus = Corpora.corpus(series.toArray(NabSeries[]::new));

        List<NabResult> fast = NabScorer.score(corpus, scores);

        for (NabResult r : fast) {
            double[] direct = bestByDirectRule(series, scores, r.profile());
            assertThat(r.rawScore()).as(r.profile().name()).isCloseTo(direct[0], within(1e-9));
            assertThat(r.threshold()).as(r.profile().name()).isEqualTo(direct[1]);
        }
    }

    private static NabSeries randomSeries(String name, Random random) {
        int rows = 40 + random.nextInt(80);
        List<NabWindow> windows = new ArrayList<>();
        int at = random.nextInt(rows / 3);
        while (at < rows - 2 && random.nextDouble() < 0.8) {
            int end = Math.min(rows - 1, at + random.nextInt(12));
            windows.add(new NabWindow(at, end));
            at = end + 2 + random.nextInt(30);
        }
        return Corpora.series(name, rows, windows.toArray(NabWindow[]::new));
    }

    /** Scores on a coarse grid, so that many rows tie. */
    private static double[] randomScores(int rows, Random random) {
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            scores[i] = random.nextInt(21) / 20.0;
        }
        return scores;
    }

    /** Returns {best total, its threshold}, trying "nothing" and then every score, descending. */
    private static double[] bestByDirectRule(
            List<NabSeries> series, Map<String, double[]> scores, NabProfile p) {
        TreeSet<Double> thresholds = new TreeSet<>();
        scores.values().forEach(a -> Arrays.stream(a).forEach(thresholds::add));
        double best = total(series, scores, p, Double.POSITIVE_INFINITY);
        double bestTheta = Double.POSITIVE_INFINITY;
        for (double theta : thresholds.descendingSet()) {
            double t = total(series, scores, p, theta);
            if (t > best + 1e-9) {
                best = t;
                bestTheta = theta;
            }
        }
        return new double[] {best, bestTheta};
    }

    private static double total(
            List<NabSeries> series, Map<String, double[]> scores, NabProfile p, double theta) {
        double total = 0;
        for (NabSeries s : series) {
            double[] score = scores.get(s.name());
            int probation = Math.min((int) Math.floor(0.15 * s.size()), 750);
            for (NabWindow w : s.windows()) {
                if (w.lastRow() < probation) {
                    continue;
                }
                int first = -1;
                for (int i = Math.max(w.firstRow(), probation); i <= w.lastRow(); i++) {
                    if (score[i] >= theta) {
                        first = i;
                        break;
                    }
                }
                double width = w.lastRow() - w.firstRow() + 1;
                total +=
                        first < 0
                                ? -p.falseNegativeWeight()
                                : p.truePositiveWeight()
                                        * sigmoid(-(w.lastRow() - first + 1) / width)
                                        / sigmoid(-1);
            }
            for (int i = probation; i < s.size(); i++) {
                if (score[i] >= theta && windowOf(s, i) == null) {
                    total += p.falsePositiveWeight() * falseAlarm(s, i);
                }
            }
        }
        return total;
    }

    private static double falseAlarm(NabSeries s, int row) {
        NabWindow before = null;
        for (NabWindow w : s.windows()) {
            if (w.lastRow() < row) {
                before = w;
            }
        }
        if (before == null || before.width() == 1) {
            return -1;
        }
        return sigmoid(Math.abs(row - before.lastRow()) / (before.width() - 1.0));
    }

    private static NabWindow windowOf(NabSeries s, int row) {
        return s.windows().stream()
                .filter(w -> w.firstRow() <= row && row <= w.lastRow())
                .findFirst()
                .orElse(null);
    }

    private static double sigmoid(double y) {
        return y > 3 ? -1 : 2 / (1 + Math.exp(5 * y)) - 1;
    }
}
