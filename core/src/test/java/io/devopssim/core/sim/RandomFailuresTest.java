package io.devopssim.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.RandomFailures;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.RunSettings;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RandomFailuresTest {

    private static SimulationResult run(long seed) {
        Failures failures =
                new Failures(
                        List.of(),
                        List.of(
                                RandomFailures.everywhere(
                                        FailureKind.REGION_OUTAGE,
                                        1800,
                                        new Distribution.Fixed(300)),
                                RandomFailures.everywhere(
                                        FailureKind.ZONE_OUTAGE,
                                        3600,
                                        new Distribution.Uniform(60, 120))),
                        OptionalDouble.empty());
        ClusterModel model =
                TwoRegions.model(TwoRegions.web(20), TwoRegions.geoDns(), 4 * 3600, 15)
                        .failures(failures)
                        .run(new RunSettings(seed, OptionalDouble.of(4 * 3600), 15))
                        .build();
        return Simulation.builder(model).pricing(TwoRegions.PRICING).build().run();
    }

    @Test
    void randomFailures_sameSeed_sameFailuresAndOutcome() {
        SimulationResult first = run(11);
        SimulationResult second = run(11);

        assertThat(first.timeline()).isNotEmpty().isEqualTo(second.timeline());
        assertThat(first.services().get(0).failovers())
                .isEqualTo(second.services().get(0).failovers());
        assertThat(first.services().get(0).failedByOutageRequests())
                .isPositive()
                .isEqualTo(second.services().get(0).failedByOutageRequests());
    }

    @Test
    void randomFailures_otherSeed_otherFailures() {
        assertThat(run(11).timeline()).isNotEqualTo(run(12).timeline());
    }
}
