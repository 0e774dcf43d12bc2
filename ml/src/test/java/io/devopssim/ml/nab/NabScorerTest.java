package io.devopssim.ml.nab;

import static io.devopssim.ml.nab.Corpora.byName;
import static io.devopssim.ml.nab.Corpora.corpus;
import static io.devopssim.ml.nab.Corpora.scores;
import static io.devopssim.ml.nab.Corpora.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the benchmark's rule. Unless said otherwise a series has 100 rows, so its
 * probation is min(floor(15.0), 750) = 15 rows, and one window [50, 59], W = 10. Constants used:
 * s(-1) = 2 / (1 + e^-5) - 1 = 2 / 1.0067379 - 1 = 0.9866143; s(-0.5) = 2 / (1 + e^-2.5) - 1 = 2 /
 * 1.0820850 - 1 = 0.8482836.
 */
class NabScorerTest {

    private static final Offset<Double> CLOSE = within(1e-6);
    private static final NabSeries ONE_WINDOW = series("a/one.csv", 100, new NabWindow(50, 59));

    private static NabResult standard(NabSeries s, double[] scores) {
        return NabScorer.score(corpus(s), byName(s, scores), List.of(NabProfile.STANDARD)).get(0);
    }

    @Test
    void score_detectionAtWindowsFirstRow_earnsTheFullTruePositiveWeight() {
        // i = L = 50: -(R - i + 1) / W = -(59 - 50 + 1) / 10 = -1, worth A_TP s(-1) / s(-1) = 1.
        // S = 1, S_null = -1, S_perfect = 1: 100 (1 + 1) / 2 = 100.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 50, 1));

        assertThat(r.rawScore()).isCloseTo(1, CLOSE);
        assertThat(r.score()).isCloseTo(100, CLOSE);
        assertThat(r.threshold()).isEqualTo(1);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).isZero();
        assertThat(r.falseNegatives()).isZero();
    }

    @Test
    void score_detectionInWindowsMiddle_earnsAbout86PercentOfTheWeight() {
        // i = 55: -(59 - 55 + 1) / 10 = -0.5, worth s(-0.5) / s(-1) = 0.8482836 / 0.9866143
        // = 0.8597926. Normalised: 100 (0.8597926 + 1) / 2 = 92.98963.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 55, 1));

        assertThat(r.rawScore()).isCloseTo(0.8597926, within(1e-7));
        assertThat(r.score()).isCloseTo(92.98963, within(1e-5));
    }

    @Test
    void score_detectionAtWindowsLastRow_earnsLittle() {
        // i = 59: -(59 - 59 + 1) / 10 = -0.1; s(-0.1) = 2 / (1 + e^-0.5) - 1 = 2 / 1.6065307 - 1
        // = 0.2449187; / 0.9866143 = 0.2482415.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 59, 1));

        assertThat(r.rawScore()).isCloseTo(0.2482415, within(1e-7));
    }

    @Test
    void score_windowWithoutDetection_costsTheFalseNegativeWeight() {
        // All scores 0: theta = 0 flags all 85 scored rows, among them 35 rows before the window at
        // -0.11 each (-3.85), which is worse than detecting nothing: S = -A_FN = -1, score 0.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW));

        assertThat(r.rawScore()).isCloseTo(-1, CLOSE);
        assertThat(r.score()).isCloseTo(0, CLOSE);
        assertThat(r.threshold()).isInfinite();
        assertThat(r.falseNegatives()).isEqualTo(1);
        assertThat(r.truePositives()).isZero();
    }

    @Test
    void score_falseAlarmBeforeAnyWindow_costsTheFullFalsePositiveWeight() {
        // Row 20 lies before the first window: -A_FP = -0.11. S = 1 - 0.11 = 0.89;
        // 100 (0.89 + 1) / 2 = 94.5.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 20, 1, 50, 1));

        assertThat(r.rawScore()).isCloseTo(0.89, CLOSE);
        assertThat(r.score()).isCloseTo(94.5, CLOSE);
        assertThat(r.falsePositives()).isEqualTo(1);
    }

    @Test
    void score_falseAlarmJustAfterAWideWindow_costsAlmostNothing() {
        // 1000 rows, probation 150, window [300, 399], W = 100. FP at 400: y = |400 - 399| / 99
        // = 0.0101010; s(y) = 2 / (1 + e^0.0505051) - 1 = 2 / 2.0518020 - 1 = -0.0252472;
        // worth 0.11 * -0.0252472 = -0.0027772. S = 1 - 0.0027772 = 0.9972228.
        NabSeries s = series("a/wide.csv", 1000, new NabWindow(300, 399));

        NabResult r = standard(s, scores(s, 300, 1, 400, 1));

        assertThat(r.rawScore()).isCloseTo(0.9972228, within(1e-7));
    }

    @Test
    void score_falseAlarmMoreThanThreeWidthsAfterAWindow_costsTheFullWeight() {
        // Row 90: y = |90 - 59| / 9 = 3.44 > 3, so s = -1 and the FP costs 0.11: S = 0.89.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 50, 1, 90, 1));

        assertThat(r.rawScore()).isCloseTo(0.89, CLOSE);
    }

    @Test
    void score_falseAlarmOneRowAfterNarrowWindow_isWeighedAgainstThePrecedingWindow() {
        // Row 60 after [50, 59]: y = 1 / 9 = 0.1111; s = 2 / (1 + e^0.5556) - 1 = 2 / 2.7429 - 1
        // = -0.2708471; worth -0.0297932. S = 1 - 0.0297932 = 0.9702068.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 50, 1, 60, 1));

        assertThat(r.rawScore()).isCloseTo(0.9702068, within(1e-7));
    }

    @Test
    void score_falseAlarmAfterOneRowWindow_costsTheFullWeight() {
        // W = 1 makes W - 1 = 0; such an FP is taken as far from the window: -0.11. S = 0.89.
        NabSeries s = series("a/narrow.csv", 100, new NabWindow(50, 50));

        NabResult r = standard(s, scores(s, 50, 1, 51, 1));

        assertThat(r.rawScore()).isCloseTo(0.89, CLOSE);
    }

    @Test
    void score_severalDetectionsInOneWindow_countOnlyTheFirst() {
        // Rows 50, 55 and 59 all detected: the window is worth its first detection, 1, not the
        // sum 1 + 0.86 + 0.25. S = 1; one TP.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 50, 1, 55, 1, 59, 1));

        assertThat(r.rawScore()).isCloseTo(1, CLOSE);
        assertThat(r.truePositives()).isEqualTo(1);
    }

    @Test
    void score_earlierDetectionWithLowerScore_winsAtTheLowerThreshold() {
        // theta = 1 detects row 55 only: 0.8597926. theta = 0.9 adds row 50, whose worth 1
        // replaces it: S = 1 > 0.8598, so 0.9 is chosen.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 55, 1, 50, 0.9));

        assertThat(r.threshold()).isEqualTo(0.9);
        assertThat(r.rawScore()).isCloseTo(1, CLOSE);
    }

    @Test
    void score_detectionsDuringProbation_areIgnored() {
        // Row 5 < 15 is in probation; were it scored it would cost 0.11 (S = 0.89). S = 1.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 5, 1, 50, 1));

        assertThat(r.rawScore()).isCloseTo(1, CLOSE);
        assertThat(r.falsePositives()).isZero();
    }

    @Test
    void score_windowStartingInProbation_scoresFromTheFirstRowAfterIt() {
        // Window [10, 19], W = 10. Row 10 is in probation and ignored; row 15 is the first scored
        // row: -(19 - 15 + 1) / 10 = -0.5, worth 0.8597926.
        NabSeries s = series("a/early.csv", 100, new NabWindow(10, 19));

        NabResult r = standard(s, scores(s, 10, 1, 15, 1));

        assertThat(r.rawScore()).isCloseTo(0.8597926, within(1e-7));
    }

    @Test
    void score_windowWhollyInProbation_isNeitherDetectedNorMissed() {
        // Window [2, 5] ends before row 15: left out, so n = 1 and a detection at 50 scores 100.
        NabSeries s = series("a/two.csv", 100, new NabWindow(2, 5), new NabWindow(50, 59));

        NabResult r = standard(s, scores(s, 50, 1));

        assertThat(r.score()).isCloseTo(100, CLOSE);
        assertThat(r.falseNegatives()).isZero();
    }

    @Test
    void score_thresholdSearch_keepsTheThresholdWithTheHighestTotal() {
        // Row 30 = 0.95 and row 20 = 0.9 are FPs, row 50 = 0.8 is the TP. Totals: nothing -1;
        // 0.95: -1 - 0.11 = -1.11; 0.9: -1.22; 0.8: 1 - 0.22 = 0.78. Best 0.8: 100 * 1.78 / 2 = 89.
        NabResult r = standard(ONE_WINDOW, scores(ONE_WINDOW, 30, 0.95, 20, 0.9, 50, 0.8));

        assertThat(r.threshold()).isEqualTo(0.8);
        assertThat(r.rawScore()).isCloseTo(0.78, CLOSE);
        assertThat(r.score()).isCloseTo(89, CLOSE);
        assertThat(r.falsePositives()).isEqualTo(2);
    }

    @Test
    void score_threeProfiles_weighFalseAlarmsAndMissesDifferently() {
        // Ten FPs at 0.9 (rows 20..29, before the window) and the TP at 0.8.
        // standard: at 0.8, 1 - 10 * 0.11 = -0.1 > -1: 100 * 0.9 / 2 = 45.
        // low FP: at 0.8, 1 - 10 * 0.22 = -1.2 < -1 (nothing): 0, threshold none.
        // low FN: at 0.8, -0.1 > -2: S_null = -2, S_perfect = 1: 100 * 1.9 / 3 = 63.333.
        double[] scores = scores(ONE_WINDOW, 50, 0.8);
        for (int row = 20; row < 30; row++) {
            scores[row] = 0.9;
        }

        List<NabResult> r = NabScorer.score(corpus(ONE_WINDOW), byName(ONE_WINDOW, scores));

        assertThat(r).extracting(NabResult::profile).containsExactlyElementsOf(NabProfile.all());
        assertThat(r.get(0).score()).isCloseTo(45, CLOSE);
        assertThat(r.get(1).score()).isCloseTo(0, CLOSE);
        assertThat(r.get(1).threshold()).isInfinite();
        assertThat(r.get(2).score()).isCloseTo(63.333333, within(1e-5));
        assertThat(r.get(2).threshold()).isEqualTo(0.8);
    }

    @Test
    void score_perfectDetector_scores100OnEveryProfile() {
        NabSeries a = series("a/x.csv", 200, new NabWindow(40, 60), new NabWindow(120, 150));
        NabSeries b = series("b/y.csv", 300, new NabWindow(100, 100));
        NabSeries c = series("b/z.csv", 100);
        Map<String, double[]> scores = new HashMap<>();
        scores.put(a.name(), scores(a, 40, 1, 120, 1));
        scores.put(b.name(), scores(b, 100, 1));
        scores.put(c.name(), scores(c));

        List<NabResult> r = NabScorer.score(corpus(a, b, c), scores);

        assertThat(r).allSatisfy(p -> assertThat(p.score()).isCloseTo(100, CLOSE));
        assertThat(r.get(0).truePositives()).isEqualTo(3);
    }

    @Test
    void score_nullDetectorScoringEveryRowAlike_scoresZeroOnEveryProfile() {
        double[] half = new double[100];
        Arrays.fill(half, 0.5);

        List<NabResult> r = NabScorer.score(corpus(ONE_WINDOW), byName(ONE_WINDOW, half));

        assertThat(r).allSatisfy(p -> assertThat(p.score()).isCloseTo(0, CLOSE));
    }

    @Test
    void score_wrongNumberOfScores_isRefusedNamingTheSeries() {
        assertThatThrownBy(() -> standard(ONE_WINDOW, new double[99]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a/one.csv")
                .hasMessageContaining("99 scores")
                .hasMessageContaining("(100)");
    }

    @Test
    void score_scoreOutsideUnitInterval_isRefusedNamingRowAndValue() {
        assertThatThrownBy(() -> standard(ONE_WINDOW, scores(ONE_WINDOW, 7, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 7")
                .hasMessageContaining("NaN")
                .hasMessageContaining("[0, 1]");
    }

    @Test
    void score_corpusWithoutScorableWindow_isRefused() {
        NabSeries s = series("a/none.csv", 100);

        assertThatThrownBy(() -> standard(s, scores(s)))
                .isInstanceOf(NabCorpusException.class)
                .hasMessageContaining("no window past probation");
    }
}
