package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesHistoryTest {

    @Test
    void nearestMatchDistance_repeatedPattern_isZero() {
        SeriesHistory history = new SeriesHistory(100);
        for (int i = 0; i < 40; i++) {
            history.add(i % 4);
        }

        assertThat(history.nearestMatchDistance(4, 30)).isZero();
    }

    @Test
    void nearestMatchDistance_novelEnding_isRmsToNearestEarlierSubsequence() {
        SeriesHistory history = new SeriesHistory(100);
        for (double v : new double[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 3}) {
            history.add(v);
        }

        // last 4 values (0, 0, 0, 3); nearest earlier ending at index <= 7 is (0, 0, 0, 0) or
        // (0, 0, 0, 1): squared distances 9 and 4, so rms sqrt(4 / 4) = 1
        assertThat(history.nearestMatchDistance(4, 100)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void nearestMatchDistance_lookBackLimitsCandidates() {
        SeriesHistory history = new SeriesHistory(100);
        for (double v : new double[] {5, 5, 0, 0, 0, 0, 0, 0, 0, 5, 5}) {
            history.add(v);
        }

        // last 2 values (5, 5); only subsequences ending at 7..8 are within reach: (0, 0), (0, 0)
        assertThat(history.nearestMatchDistance(2, 3)).isCloseTo(5.0, within(1e-12));
        assertThat(history.nearestMatchDistance(2, 10)).isZero();
    }

    @Test
    void get_afterWrapAround_returnsRecentValues() {
        SeriesHistory history = new SeriesHistory(5);
        for (int i = 0; i < 12; i++) {
            history.add(i * 10);
        }

        assertThat(history.size()).isEqualTo(12);
        assertThat(history.get(11)).isEqualTo(110.0);
        assertThat(history.get(7)).isEqualTo(70.0);
    }

    @ParameterizedTest
    @CsvSource({"32, 3000, 3032", "5, 40, 50", "7, 13, 20", "1, 9, 10"})
    void nearestMatchDistance_randomWalkAfterWrapAround_equalsExhaustiveMinimum(
            int length, int lookBack, int capacity) {
        SeriesHistory history = new SeriesHistory(capacity);
        List<Double> all = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7L);
        double value = 0;

        for (int i = 0; i < 3 * capacity + 11; i++) {
            value += random.nextGaussian();
            history.add(value);
            all.add(value);
            if (i % 97 == 0 || i > 3 * capacity) {
                // same summation order as the search, so the sums are bit-identical
                assertThat(history.nearestMatchDistance(length, lookBack))
                        .as("after %d values", i + 1)
                        .isEqualTo(exhaustive(all, length, lookBack));
            }
        }
    }

    @Test
    void nearestMatchDistance_reachingBeyondCapacity_throws() {
        SeriesHistory history = new SeriesHistory(10);
        for (int i = 0; i < 30; i++) {
            history.add(i);
        }

        assertThatThrownBy(() -> history.nearestMatchDistance(4, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reach 12 values back")
                .hasMessageContaining("capacity 10");
    }

    /** Every candidate summed in full, oldest value first, without abandoning any. */
    private static double exhaustive(List<Double> values, int length, int lookBack) {
        int t = values.size() - 1;
        double best = Double.POSITIVE_INFINITY;
        for (int j = Math.max(length - 1, t - lookBack); j <= t - length; j++) {
            double total = 0.0;
            for (int k = length - 1; k >= 0; k--) {
                double d = values.get(j - k) - values.get(t - k);
                total += d * d;
            }
            best = Math.min(best, total);
        }
        return Math.sqrt(best / length);
    }
}
