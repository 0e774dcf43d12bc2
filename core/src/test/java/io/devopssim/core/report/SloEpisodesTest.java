package io.devopssim.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.load.LoadSpec;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SloEpisodesTest {

    @Test
    void overloadBetweenTwoQuietSpells_isOneEpisodeWithItsDrops() {
        // One replica serving 10 rps gets 30 rps from t = 300 s to t = 600 s: 20 rps dropped.
        ServiceModel web =
                ServiceModel.builder("web")
                        .instanceType("m5.large")
                        .pricePerHour(0.1)
                        .capacityRps(10)
                        .load(new LoadSpec.Spike(0, 30, 300, 300))
                        .build();
        ClusterModel model =
                new ClusterModel(
                        "episodes",
                        "aws",
                        "us-east-1",
                        List.of(web),
                        Slo.defaults(),
                        new RunSettings(1, OptionalDouble.of(1200), 15));
        SimulationResult result = Simulation.builder(model).build().run();

        List<SloEpisodes.Episode> episodes =
                SloEpisodes.longest(
                        result.services().get(0).series().orElseThrow(), model.slo(), 15, 3);

        assertThat(episodes).hasSize(1);
        SloEpisodes.Episode overload = episodes.get(0);
        assertThat(overload.startSeconds()).isEqualTo(300);
        assertThat(overload.seconds()).isEqualTo(300);
        assertThat(overload.droppedRequests()).isCloseTo(20 * 300, within(1.0));
        assertThat(ConsoleSummary.render(result))
                .contains("longest SLO misses")
                .contains("+5.0 min")
                .contains("5.0 min");
    }
}
