package io.devopssim.core.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.load.Workload;
import io.devopssim.core.load.Workloads;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusiestHourTest {

    @Test
    void of_spikeInTheFifthHour_findsThatHour() {
        Workload w = Workloads.spike(10, 50, 4 * 3600, 3600);

        BusiestHour hour = BusiestHour.of(List.of(w), 10 * 3600);

        assertThat(hour.startSeconds()).isEqualTo(4 * 3600);
        assertThat(hour.meanRps()).isEqualTo(50);
        assertThat(hour.peakRps()).isEqualTo(50);
    }

    @Test
    void of_twoServices_addsTheirRates() {
        Workload early = Workloads.spike(0, 30, 3600, 3600);
        Workload late = Workloads.spike(0, 20, 7200, 1800);

        BusiestHour hour = BusiestHour.of(List.of(early, late, Workloads.constant(5)), 4 * 3600);

        // Hour 1: 30 + 5 = 35; hour 2: half an hour of 20 -> 10 + 5 = 15.
        assertThat(hour.startSeconds()).isEqualTo(3600);
        assertThat(hour.meanRps()).isCloseTo(35, within(1e-9));
    }

    @Test
    void of_stepBetweenHours_preferTheWholeBusyHour() {
        Workload w = Workloads.step(10, 40, 5400);

        BusiestHour hour = BusiestHour.of(List.of(w), 3 * 3600);

        assertThat(hour.startSeconds()).isEqualTo(7200);
    }

    @Test
    void of_runShorterThanAnHour_isRefused() {
        assertThatThrownBy(() -> BusiestHour.of(List.of(Workloads.constant(1)), 1800))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 h");
    }
}
