package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {

    private final SimulationKernel kernel = SimulationKernel.create(1);
    private final List<String> verdicts = new ArrayList<>();

    private HealthMonitor monitor(double interval, int failures, int passes, double phase) {
        HealthCheck check = new HealthCheck(interval, failures, passes, OptionalDouble.of(phase));
        return new HealthMonitor(
                "r",
                check,
                phase,
                new HealthMonitor.Verdicts() {
                    @Override
                    public void markedUnhealthy(HealthMonitor m, double failedAt) {
                        verdicts.add("unhealthy@" + kernel.now() + " failed@" + failedAt);
                    }

                    @Override
                    public void markedHealthy(HealthMonitor m, double restoredAt) {
                        verdicts.add("healthy@" + kernel.now() + " restored@" + restoredAt);
                    }
                });
    }

    @Test
    void nextCheck_onOrBetweenChecks_returnsTheFirstAtOrAfter() {
        HealthMonitor m = monitor(10, 3, 3, 4);

        assertThat(m.nextCheck(0)).isEqualTo(4);
        assertThat(m.nextCheck(4)).isEqualTo(4);
        assertThat(m.nextCheck(4.001)).isEqualTo(14);
        assertThat(m.nextCheck(93)).isEqualTo(94);
    }

    @Test
    void fail_thresholdOne_markedAtTheNextCheck() {
        HealthMonitor m = monitor(10, 1, 1, 4);
        kernel.scheduleAt(21, m::fail);

        kernel.run();

        assertThat(verdicts).containsExactly("unhealthy@24.0 failed@21.0");
        assertThat(m.isHealthy()).isFalse();
        assertThat(m.isUp()).isFalse();
    }

    @Test
    void restore_healthyThresholdTwo_markedAtTheSecondPassingCheck() {
        HealthMonitor m = monitor(10, 2, 2, 0);
        kernel.scheduleAt(5, m::fail);
        kernel.scheduleAt(45, m::restore);

        kernel.run();

        // Failing checks at 10 and 20; passing ones at 50 and 60.
        assertThat(verdicts)
                .containsExactly("unhealthy@20.0 failed@5.0", "healthy@60.0 restored@45.0");
    }

    @Test
    void failAgain_beforeMarkedHealthy_staysUnhealthyWithoutNewVerdict() {
        HealthMonitor m = monitor(10, 2, 3, 0);
        kernel.scheduleAt(5, m::fail);
        kernel.scheduleAt(45, m::restore);
        kernel.scheduleAt(65, m::fail);

        kernel.run();

        assertThat(verdicts).containsExactly("unhealthy@20.0 failed@5.0");
        assertThat(m.isHealthy()).isFalse();
    }

    @Test
    void failAndRestore_repeatedCalls_areIdempotent() {
        HealthMonitor m = monitor(10, 2, 2, 0);
        kernel.scheduleAt(5, m::fail);
        kernel.scheduleAt(6, m::fail);
        kernel.scheduleAt(50, m::restore);
        kernel.scheduleAt(51, m::restore);

        kernel.run();

        assertThat(verdicts)
                .containsExactly("unhealthy@20.0 failed@5.0", "healthy@60.0 restored@50.0");
    }
}
