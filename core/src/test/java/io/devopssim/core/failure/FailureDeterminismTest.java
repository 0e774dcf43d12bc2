package io.devopssim.core.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureDeterminismTest {

    private static final RandomFailures NODES =
            RandomFailures.everywhere(
                    FailureKind.NODE_LOSS, 2_000, new Distribution.LogNormal(120, 600));
    private static final RandomFailures PODS =
            RandomFailures.everywhere(FailureKind.POD_CRASH, 5_000, new Distribution.Fixed(20));

    private static List<String> run(Topology topology, long seed) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        List<String> log = new ArrayList<>();
        kernel.addListener(
                FailureEvent.class,
                e -> log.add(e.getClass().getSimpleName() + " " + e.target() + " @" + e.time()));
        FailureInjector.start(
                kernel,
                FailurePlan.builder(topology)
                        .random(NODES)
                        .random(PODS)
                        .horizonSeconds(50_000)
                        .build());
        kernel.run();
        return log;
    }

    @Test
    void run_sameSeed_sameFailures() {
        Topology topology = Clusters.twoClouds().build();

        assertThat(run(topology, 3)).isEqualTo(run(topology, 3)).isNotEmpty();
    }

    @Test
    void run_otherSeed_otherFailures() {
        Topology topology = Clusters.twoClouds().build();

        assertThat(run(topology, 3)).isNotEqualTo(run(topology, 4));
    }

    @Test
    void run_addedNode_leavesOtherComponentsDrawsUnchanged() {
        List<String> before = run(Clusters.twoClouds().build(), 5);
        Topology grown =
                Clusters.twoClouds().node("eu-west-1a", "eu-n1").pods("eu-n1", "new", 3).build();

        List<String> after = run(grown, 5);

        List<String> afterWithoutNew =
                after.stream()
                        .filter(line -> !line.contains("eu-n1") && !line.contains("new-"))
                        .toList();
        assertThat(afterWithoutNew).isEqualTo(before);
        assertThat(after).hasSizeGreaterThan(before.size());
    }
}
