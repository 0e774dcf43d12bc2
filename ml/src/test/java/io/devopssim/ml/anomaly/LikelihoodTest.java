package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LikelihoodTest {

    @Test
    void tailScore_nonPositiveZ_isZero() {
        assertThat(Likelihood.tailScore(0.0)).isZero();
        assertThat(Likelihood.tailScore(-3.0)).isZero();
        assertThat(Likelihood.tailScore(Double.NaN)).isZero();
    }

    @Test
    void tailScore_twoSidedFivePercent_isLogTailOverLogFloor() {
        // z = 1.959964 leaves 5% in both tails of a standard normal (statistical tables).
        double expected = Math.log(0.05 + 1e-10) / Math.log(1e-10);

        assertThat(Likelihood.tailScore(1.959964)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void tailScore_farTail_isOne() {
        assertThat(Likelihood.tailScore(7.0)).isCloseTo(1.0, within(0.02));
        assertThat(Likelihood.tailScore(50.0)).isEqualTo(1.0);
    }

    @Test
    void update_beforeMinHistory_isZero() {
        Likelihood likelihood = new Likelihood(100, 1, 10);

        for (int i = 0; i < 10; i++) {
            assertThat(likelihood.update(i % 2 == 0 ? 1.0 : 100.0)).isZero();
        }
    }

    @Test
    void update_valueFarAboveHistory_scoresHigh() {
        Likelihood likelihood = new Likelihood(100, 1, 10);
        for (int i = 0; i < 100; i++) {
            likelihood.update(i % 2 == 0 ? 1.0 : 2.0);
        }

        // history mean 1.5, std 0.5: the value 4.0 sits 5 std above, two-sided tail 5.7e-7
        double expected = Math.log(5.733e-7 + 1e-10) / Math.log(1e-10);
        assertThat(likelihood.update(4.0)).isCloseTo(expected, within(1e-3));
        assertThat(likelihood.update(1.5)).isZero();
    }
}
