package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WindowedGaussianDetectorTest {

    @Test
    void score_firstValue_isZeroForWantOfAWindow() {
        assertThat(WindowedGaussianDetector.create().score(0, 42)).isZero();
    }

    @Test
    void score_twoStandardDeviationsOut_isTheMassWithinTwoSigmas() {
        // Window {0, 2}: mean 1, population std 1. x = 3 is z = 2 away: P(|Z| < 2) = 0.9544997.
        WindowedGaussianDetector d = WindowedGaussianDetector.of(10, 1);
        d.score(0, 0);
        d.score(1, 2);

        assertThat(d.score(2, 3)).isCloseTo(0.9544997, within(1e-6));
    }

    @Test
    void score_belowTheMean_isSymmetricToAbove() {
        // Same window: x = -1 is z = -2 away, as far as x = 3.
        WindowedGaussianDetector d = WindowedGaussianDetector.of(10, 1);
        d.score(0, 0);
        d.score(1, 2);

        assertThat(d.score(2, -1)).isCloseTo(0.9544997, within(1e-6));
    }

    @Test
    void score_valueAtTheMean_isZero() {
        WindowedGaussianDetector d = WindowedGaussianDetector.of(10, 1);
        d.score(0, 0);
        d.score(1, 2);

        assertThat(d.score(2, 1)).isZero();
    }

    @Test
    void score_fullWindow_forgetsTheOldestValue() {
        // Window of 2: after 100, 0, 2 it holds {0, 2} (mean 1, std 1), so 3 is z = 2 again;
        // had it kept 100, 3 would lie near the mean of {100, 0, 2} and score low.
        WindowedGaussianDetector d = WindowedGaussianDetector.of(2, 1);
        d.score(0, 100);
        d.score(1, 0);
        d.score(2, 2);

        assertThat(d.score(3, 3)).isCloseTo(0.9544997, within(1e-6));
    }

    @Test
    void score_stepOfTwo_refitsOnlyEveryTwoValues() {
        // Window 2, step 2: after {0, 2} fills it, 10 waits in the step buffer; the fit stays
        // mean 1, std 1, so 3 scores z = 2. After 3 joins, the window becomes {10, 3}.
        WindowedGaussianDetector d = WindowedGaussianDetector.of(2, 2);
        d.score(0, 0);
        d.score(1, 2);
        d.score(2, 10);

        assertThat(d.score(3, 3)).isCloseTo(0.9544997, within(1e-6));
        // {10, 3}: mean 6.5, std 3.5; x = 13.5 is z = 2.
        assertThat(d.score(4, 13.5)).isCloseTo(0.9544997, within(1e-6));
    }

    @Test
    void score_flatWindow_scoresAnyChangeAsCertain() {
        // std 0 becomes 1e-6: a change of 1 is a million standard deviations.
        WindowedGaussianDetector d = WindowedGaussianDetector.of(10, 1);
        d.score(0, 5);
        d.score(1, 5);

        assertThat(d.score(2, 5)).isZero();
        assertThat(d.score(3, 6)).isEqualTo(1);
    }

    @Test
    void score_missingValue_scoresZeroAndIsNotLearnt() {
        WindowedGaussianDetector d = WindowedGaussianDetector.of(10, 1);
        d.score(0, 0);
        d.score(1, 2);

        assertThat(d.score(2, Double.NaN)).isZero();
        assertThat(d.score(3, 3)).isCloseTo(0.9544997, within(1e-6));
    }

    @Test
    void score_timeNotIncreasing_isRefused() {
        WindowedGaussianDetector d = WindowedGaussianDetector.create();
        d.score(10, 1);

        assertThatThrownBy(() -> d.score(10, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0 after 10.0");
    }

    @Test
    void of_badSizes_areRefused() {
        assertThatThrownBy(() -> WindowedGaussianDetector.of(0, 1))
                .hasMessageContaining("windowSize must be >= 1, got 0");
        assertThatThrownBy(() -> WindowedGaussianDetector.of(5, 6))
                .hasMessageContaining("stepSize must be in [1, windowSize = 5], got 6");
    }
}
