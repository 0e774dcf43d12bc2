package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
}
