package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.autoscale.MetricSpec;
import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ServiceModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HpaTargetTest {

    /** A replica of 20 rps whose CPU goes from {@code idle} to its whole 1-core request. */
    private static ServiceModel.Builder web(double idle) {
        return ServiceModel.builder("web")
                .instanceType("m5.large")
                .capacityRps(20)
                .cpuRequest(1)
                .cpuIdle(idle)
                .cpuAtCapacity(1)
                .load(new LoadSpec.Constant(10));
    }

    private static HpaSpec hpa(MetricSpec metric) {
        return new HpaSpec(
                1,
                10,
                List.of(metric),
                Optional.empty(),
                HpaSpec.ControllerSettings.upstreamDefaults());
    }

    @Test
    void utilisation_cpuTargetFiftyPercentWithoutIdle_isHalf() {
        ServiceModel s = web(0).autoscaler(Services.cpuHpa(1, 10, 50)).build();

        assertThat(HpaTarget.utilisation(s)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void utilisation_cpuTargetEightyPercentWithoutIdle_isEightyPercent() {
        ServiceModel s = web(0).autoscaler(Services.cpuHpa(1, 10, 80)).build();

        assertThat(HpaTarget.utilisation(s)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void utilisation_idleCpu_isTheQueueUtilisationWhereCpuMeetsTheTarget() {
        ServiceModel s = web(0.2).autoscaler(Services.cpuHpa(1, 10, 60)).build();

        // CPU = 0.2 + 0.8 u cores reaches 60 % of 1 core at u = (0.6 - 0.2) / 0.8 = 0.5
        assertThat(HpaTarget.utilisation(s)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void utilisation_requestsPerSecondPerPod_isThatRateOverTheCapacity() {
        MetricSpec rps =
                new MetricSpec(
                        MetricSpec.MetricSource.PODS,
                        "requests_per_second",
                        MetricSpec.TargetType.AVERAGE_VALUE,
                        15);
        ServiceModel s = web(0).autoscaler(hpa(rps)).build();

        assertThat(HpaTarget.utilisation(s)).isCloseTo(15.0 / 20, within(1e-12));
    }

    @Test
    void utilisation_withoutAutoscaler_isTheDefault() {
        assertThat(HpaTarget.utilisation(web(0).build()))
                .isEqualTo(HpaTarget.DEFAULT_UTILISATION)
                .isEqualTo(0.7);
    }

    @Test
    void utilisation_memoryTargetOnly_isTheDefault() {
        MetricSpec memory =
                new MetricSpec(
                        MetricSpec.MetricSource.RESOURCE,
                        "memory",
                        MetricSpec.TargetType.UTILIZATION,
                        50);
        ServiceModel s = web(0).autoscaler(hpa(memory)).build();

        assertThat(HpaTarget.utilisation(s)).isEqualTo(0.7);
    }

    @Test
    void utilisation_cpuTargetAtOrBelowIdle_isTheDefault() {
        ServiceModel s = web(0.5).autoscaler(Services.cpuHpa(1, 10, 40)).build();

        assertThat(HpaTarget.utilisation(s)).isEqualTo(0.7);
    }
}
