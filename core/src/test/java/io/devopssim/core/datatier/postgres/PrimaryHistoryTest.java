package io.devopssim.core.datatier.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrimaryHistoryTest {

    private static PrimaryHistory rising() {
        PrimaryHistory h = new PrimaryHistory(10, 100);
        for (int i = 1; i <= 1000; i++) {
            h.add(10 + i, 100 + 50.0 * i);
        }
        return h;
    }

    @Test
    void positionAt_betweenSteps_interpolatesLinearly() {
        PrimaryHistory h = rising();

        assertThat(h.positionAt(12.5)).isCloseTo(225, within(1e-9));
        assertThat(h.positionAt(500)).isCloseTo(100 + 50 * 490, within(1e-9));
    }

    @Test
    void positionAt_outsideTheSpan_clamps() {
        PrimaryHistory h = rising();

        assertThat(h.positionAt(0)).isEqualTo(100);
        assertThat(h.positionAt(5000)).isEqualTo(h.latest());
    }

    @Test
    void timeReached_isTheInverseOfPositionAt() {
        PrimaryHistory h = rising();

        for (double t : new double[] {10, 10.3, 47.25, 999.9, 1010}) {
            assertThat(h.timeReached(h.positionAt(t))).isCloseTo(t, within(1e-9));
        }
    }

    @Test
    void timeReached_flatStretch_returnsItsStart() {
        PrimaryHistory h = new PrimaryHistory(0, 0);
        h.add(1, 10);
        h.add(2, 10);
        h.add(3, 10);
        h.add(4, 20);

        assertThat(h.timeReached(10)).isEqualTo(1);
        assertThat(h.timeReached(15)).isEqualTo(3.5);
    }

    @Test
    void add_sameTimeTwice_keepsTheLatestPosition() {
        PrimaryHistory h = new PrimaryHistory(0, 0);
        h.add(1, 5);
        h.add(1, 7);

        assertThat(h.latest()).isEqualTo(7);
        assertThat(h.positionAt(0.5)).isEqualTo(3.5);
    }
}
