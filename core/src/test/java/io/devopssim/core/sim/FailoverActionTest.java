package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Traffic;
import io.devopssim.core.routing.HealthCheck;
import org.junit.jupiter.api.Test;

class FailoverActionTest {

    private static final double FAIL_AT = 600;
    // route53 checks every 30 s from phase 0, threshold 3: the failure at 600 s is marked at 660 s
    private static final double DETECTED_AT = FAIL_AT + 60;
    // TwoRegions.web: start-up 30 s, readiness 10 s
    private static final double STARTUP = 40;

    private static ClusterModel model() {
        Traffic traffic = TwoRegions.geoDns().withHealthCheck(HealthCheck.route53().withPhase(0));
        return TwoRegions.model(TwoRegions.web(20), traffic, 1800, 1)
                .failures(TwoRegions.regionDies("us-east-1", FAIL_AT))
                .build();
    }

    private static FailoverResult failover(SimulationBuilder builder) {
        return builder.pricing(TwoRegions.PRICING)
                .build()
                .run()
                .services()
                .get(0)
                .failovers()
                .get(0);
    }

    @Test
    void addedReplicasAtDetection_capacityBackAtDetectionPlusStartup_soonerThanHpaAlone() {
        // each region serves 100 rps on 20 replicas at the HPA's 50 % target; the survivor needs
        // 20 more to hold the 40 ready before the failure
        FailoverAction add20 = new FailoverAction("web", "us-east-1", "europe-west1", 20, 300);

        FailoverResult planned = failover(Simulation.builder(model()).failoverAction(add20));
        FailoverResult hpaOnly = failover(Simulation.builder(model()));

        assertThat(planned.detectedAt().getAsDouble()).isCloseTo(DETECTED_AT, within(1e-6));
        assertThat(planned.capacityRecoveredAt().getAsDouble())
                .isCloseTo(DETECTED_AT + STARTUP, within(1.0));
        assertThat(hpaOnly.capacityRecoveredAt().getAsDouble())
                .isGreaterThan(DETECTED_AT + STARTUP + 10);
    }

    @Test
    void actionOnTheFailedRegionItself_build_isRefused() {
        FailoverAction self = new FailoverAction("web", "us-east-1", "us-east-1", 2, 300);

        assertThatThrownBy(
                        () ->
                                Simulation.builder(model())
                                        .pricing(TwoRegions.PRICING)
                                        .failoverAction(self)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("failoverActions[0].region")
                .hasMessageContaining("other than the failed one");
    }

    @Test
    void actionOnUnknownRegion_build_namesFieldAndValue() {
        FailoverAction wrong = new FailoverAction("web", "us-east-1", "mars-1", 0, -1);

        assertThatThrownBy(
                        () ->
                                Simulation.builder(model())
                                        .pricing(TwoRegions.PRICING)
                                        .failoverAction(wrong)
                                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("failoverActions[0].region")
                .hasMessageContaining("mars-1")
                .hasMessageContaining("failoverActions[0].replicas")
                .hasMessageContaining("failoverActions[0].holdSeconds");
    }
}
