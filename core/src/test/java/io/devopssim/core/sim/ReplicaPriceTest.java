package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReplicaPriceTest {

    @Test
    void cost_perSecondWithMinute_minimumAppliesToShortRuns() {
        ReplicaPrice price = new ReplicaPrice(0.36, 1, 60, "test");

        assertThat(price.cost(10)).isCloseTo(0.006, within(1e-12));
        assertThat(price.cost(100.2)).isCloseTo(101 * 0.0001, within(1e-12));
    }

    @Test
    void cost_hourly_roundsUpToWholeHours() {
        ReplicaPrice price = new ReplicaPrice(0.5, 3600, 3600, "test");

        assertThat(price.cost(3601)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void negativeOrNanPrice_isRefused() {
        assertThatThrownBy(() -> new ReplicaPrice(Double.NaN, 1, 0, "x"))
                .hasMessageContaining("perHour")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new ReplicaPrice(-1, 1, 0, "x")).hasMessageContaining("-1");
    }
}
