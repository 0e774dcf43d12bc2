package io.devopssim.ml.nab;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a detector's per-row anomaly scores on a corpus with the Numenta Anomaly Benchmark's rule.
 *
 * <p>The rule (the corpus's {@code SCORING.md}): the first {@code min(floor(0.15 N), 750)} rows of
 * each file are not scored. A row is a detection when its score is at or above one threshold {@code
 * theta}, the same for every file. In a window {@code [L, R]} of width {@code W} only the first
 * detection counts, worth {@code A_TP s(-(R - i + 1) / W) / s(-1)} with {@code s(y) = 2 / (1 +
 * e^(5y)) - 1} ({@code -1} when {@code y > 3}). A detection outside windows is worth {@code -A_FP}
 * before the file's first window and {@code A_FP s(|i - R| / (W - 1))} after the window {@code [L,
 * R]} that ended last before it. A window without detection costs {@code A_FN}. The threshold is
 * the distinct score value, or "nothing detected", whose total {@code S} is highest; the result is
 * {@code 100 (S - S_null) / (S_perfect - S_null)}, {@code S_null = -A_FN n}, {@code S_perfect =
 * A_TP n} for {@code n} windows.
 *
 * <p>Interpretations where the rule's text is silent; the first three agree with the benchmark's
 * published scorer:
 *
 * <ul>
 *   <li>"Nothing detected" (a threshold above every score) is a candidate too, so a detector that
 *       scores every row alike scores 0, not the cost of flagging every row. It is reported as a
 *       threshold of positive infinity.
 *   <li>Indices {@code i}, {@code L}, {@code R} count every row of the file, probation included:
 *       probation rows are simply never detections. A window lying wholly inside probation can be
 *       neither detected nor missed and is left out of {@code n}; a false alarm after it is still
 *       weighed relative to it.
 *   <li>"The first detection counts" is implemented as "the best detection counts": the worth falls
 *       along the window, so the earliest detection is the best one.
 *   <li>After a window one row wide, {@code W - 1} is 0: such a false alarm is worth {@code -A_FP}.
 *   <li>Among thresholds whose totals tie (within 1e-9), the highest is kept.
 *   <li>TP and FN count windows; FP counts detected rows outside windows. (The published scorer
 *       counts rows for all three; the score does not depend on it.)
 *   <li>{@code s(y) = -1} from {@code y > 3}, as the rule says; the published scorer cuts at {@code
 *       y >= 3}, where {@code s(3) = -0.9999994}.
 * </ul>
 *
 * <p>Cost: O(n log n) in the corpus's rows, for one sort shared by the profiles.
 */
public final class NabScorer {

    private NabScorer() {}

    /**
     * Returns the results of the three standard profiles.
     *
     * @param corpus the labelled corpus
     * @param scores each series' scores by {@link NabSeries#name()}, one per row, in [0, 1]
     * @return standard, reward-low-FP and reward-low-FN results, in that order
     * @throws IllegalArgumentException if a series has no scores, the wrong number of them, or a
     *     score outside [0, 1]
     * @throws NabCorpusException if no window of the corpus lies past probation
     */
    public static List<NabResult> score(NabCorpus corpus, Map<String, double[]> scores) {
        return score(corpus, scores, NabProfile.all());
    }

    /**
     * Returns the result of each profile.
     *
     * @param corpus the labelled corpus
     * @param scores each series' scores by {@link NabSeries#name()}, one per row, in [0, 1]
     * @param profiles the profiles to score
     * @return one result per profile, in the order given
     * @throws IllegalArgumentException if a series has no scores, the wrong number of them, or a
     *     score outside [0, 1]
     * @throws NabCorpusException if no window of the corpus lies past probation
     */
    public static List<NabResult> score(
            NabCorpus corpus, Map<String, double[]> scores, List<NabProfile> profiles) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(profiles, "profiles");
        corpus.series().forEach(s -> check(s, scores.get(s.name())));

        ScorableRows rows = ScorableRows.of(corpus.series(), scores);
        if (rows.windows == 0) {
            throw new NabCorpusException(
                    "corpus "
                            + corpus.folder()
                            + " has no window past probation; the normalised"
                            + " score needs at least one");
        }
        return profiles.stream().map(p -> ThresholdSweep.best(rows, p)).toList();
    }

    private static void check(NabSeries series, double[] scores) {
        if (scores == null) {
            throw new IllegalArgumentException("no scores for series " + series.name());
        }
        if (scores.length != series.size()) {
            throw new IllegalArgumentException(
                    series.name()
                            + ": "
                            + scores.length
                            + " scores, expected one per row ("
                            + series.size()
                            + ")");
        }
        for (int row = 0; row < scores.length; row++) {
            if (!(scores[row] >= 0 && scores[row] <= 1)) {
                throw new IllegalArgumentException(
                        series.name()
                                + ": row "
                                + row
                                + " ("
                                + series.timestamp(row)
                                + "): score "
                                + scores[row]
                                + ", expected a number in [0, 1]");
            }
        }
    }
}
