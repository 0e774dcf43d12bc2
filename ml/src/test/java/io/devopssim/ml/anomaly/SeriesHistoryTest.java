package io.devopssim.ml.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesHistoryTest {

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
