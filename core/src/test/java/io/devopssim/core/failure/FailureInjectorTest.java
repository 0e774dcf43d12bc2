package io.devopssim.core.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.kernel.RunOutcome;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.Distribution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureInjectorTest {

    private final Topology topology = Clusters.twoClouds().build();
    private final SimulationKernel kernel = SimulationKernel.create(11);
    private final List<FailureEvent> events = new ArrayList<>();

    private FailureInjector start(FailurePlan plan) {
        kernel.addListener(FailureEvent.class, events::add);
        return FailureInjector.start(kernel, plan);
    }

    @Test
    void zoneOutage_takesItsNodesAndPodsAndNothingElse() {
        FailureInjector injector =
                start(
                        FailurePlan.builder(topology)
                                .at(100, FailureKind.ZONE_OUTAGE, "us-east-1a", 600)
                                .build());

        kernel.runUntil(200);

        FailureStarted started = (FailureStarted) events.get(0);
        assertThat(started.time()).isEqualTo(100);
        assertThat(started.recoversAt()).isEqualTo(700);
        assertThat(started.changed(Level.NODE)).containsExactly("us-east-1a-n0", "us-east-1a-n1");
        assertThat(started.changed(Level.POD)).hasSize(4).allMatch(p -> p.startsWith("us-east-1a"));
        assertThat(injector.up(Level.NODE))
                .containsExactly("us-east-1b-n0", "us-east-1b-n1", "eu-n0", "gcp-n0");
        assertThat(injector.isDown(new Component(Level.REGION, "us-east-1"))).isFalse();
    }

    @Test
    void zoneOutage_recovery_returnsTheSameCapacity() {
        start(
                FailurePlan.builder(topology)
                        .at(100, FailureKind.ZONE_OUTAGE, "us-east-1a", 600)
                        .build());

        assertThat(kernel.run()).isEqualTo(RunOutcome.COMPLETED);

        FailureRecovered recovered = (FailureRecovered) events.get(1);
        assertThat(recovered.time()).isEqualTo(700);
        assertThat(recovered.durationSeconds()).isEqualTo(600);
        assertThat(recovered.changed()).isEqualTo(events.get(0).changed());
    }

    @Test
    void regionAndCloudOutages_takeEverythingBelow() {
        FailureInjector injector =
                start(
                        FailurePlan.builder(topology)
                                .at(10, FailureKind.REGION_OUTAGE, "us-east-1", 100)
                                .at(20, FailureKind.CLOUD_OUTAGE, "aws", 100)
                                .build());

        kernel.runUntil(15);
        assertThat(events.get(0).changed(Level.ZONE)).containsExactly("us-east-1a", "us-east-1b");
        assertThat(injector.up(Level.NODE)).containsExactly("eu-n0", "gcp-n0");

        kernel.runUntil(25);
        // The cloud outage adds only what the region outage had left up.
        assertThat(events.get(1).changed())
                .extracting(Component::name)
                .containsExactly("aws", "eu-west-1", "eu-west-1a", "eu-n0", "eu-api-0");
        assertThat(injector.up(Level.POD)).containsExactly("gcp-api-0");
    }

    @Test
    void overlappingFailures_nodeStaysDownUntilBothRecover() {
        Component node = new Component(Level.NODE, "us-east-1a-n0");
        FailureInjector injector =
                start(
                        FailurePlan.builder(topology)
                                .at(10, FailureKind.ZONE_OUTAGE, "us-east-1a", 100)
                                .at(50, FailureKind.NODE_LOSS, "us-east-1a-n0", 200)
                                .build());

        kernel.runUntil(60);
        assertThat(events.get(1).changed()).isEmpty();

        kernel.runUntil(120);
        FailureRecovered zoneBack = (FailureRecovered) events.get(2);
        assertThat(zoneBack.changed(Level.NODE)).containsExactly("us-east-1a-n1");
        assertThat(injector.isDown(node)).isTrue();

        kernel.runUntil(300);
        assertThat(events.get(3).changed(Level.NODE)).containsExactly("us-east-1a-n0");
        assertThat(events.get(3).changed(Level.POD)).hasSize(2);
        assertThat(injector.isDown(node)).isFalse();
    }

    @Test
    void permanentFailure_neverRecovers() {
        FailureInjector injector =
                start(
                        FailurePlan.builder(topology)
                                .at(5, FailureKind.POD_CRASH, "eu-api-0", Double.POSITIVE_INFINITY)
                                .build());

        kernel.run();

        assertThat(events).hasSize(1);
        assertThat(injector.isDown(new Component(Level.POD, "eu-api-0"))).isTrue();
    }

    @Test
    void failureIds_matchBetweenStartAndRecovery() {
        start(
                FailurePlan.builder(topology)
                        .at(10, FailureKind.NODE_LOSS, "eu-n0", 100)
                        .at(20, FailureKind.NODE_LOSS, "gcp-n0", 10)
                        .build());

        kernel.run();

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName() + e.failureId() + "@" + e.time())
                .containsExactly(
                        "FailureStarted0@10.0",
                        "FailureStarted1@20.0",
                        "FailureRecovered1@30.0",
                        "FailureRecovered0@110.0");
    }

    @Test
    void randomFailures_manyDraws_matchMtbfAndMttr() {
        Topology.Builder big = Topology.builder().cloud("c").region("c", "r").zone("r", "z");
        for (int n = 0; n < 100; n++) {
            big.node("z", "n" + n);
        }
        double mtbf = 1000;
        start(
                FailurePlan.builder(big.build())
                        .random(
                                RandomFailures.everywhere(
                                        FailureKind.NODE_LOSS,
                                        mtbf,
                                        new Distribution.Uniform(50, 150)))
                        .horizonSeconds(100_000)
                        .build());

        assertThat(kernel.run()).isEqualTo(RunOutcome.COMPLETED);

        Stats stats = Stats.of(events);
        // About 100 × 100,000 / 1,100 ≈ 9,100 failures: the mean up time's standard error is
        // about 1 %, the mean repair's (sd 29 s) about 0.3 s.
        assertThat(stats.failures()).isBetween(8_500, 9_700);
        assertThat(stats.meanUp()).isCloseTo(mtbf, within(mtbf * 0.04));
        assertThat(stats.meanRepair()).isCloseTo(100, within(1.5));
        assertThat(stats.minRepair()).isGreaterThanOrEqualTo(50);
        assertThat(stats.maxRepair()).isLessThanOrEqualTo(150);
    }

    @Test
    void randomFailures_scope_onlyComponentsBelowIt() {
        start(
                FailurePlan.builder(topology)
                        .random(
                                new RandomFailures(
                                        FailureKind.POD_CRASH,
                                        java.util.Optional.of(
                                                new Component(Level.ZONE, "us-east-1b")),
                                        500,
                                        new Distribution.Fixed(30)))
                        .horizonSeconds(20_000)
                        .build());

        kernel.run();

        assertThat(events).isNotEmpty();
        assertThat(events).allMatch(e -> e.target().name().startsWith("us-east-1b-"));
        assertThat(events).allMatch(e -> e.kind() == FailureKind.POD_CRASH);
    }

    @Test
    void randomFailures_mtbfOverflowingToInfinity_neverFailsAndDoesNotThrow() {
        // From a scenario with mtbf: 1e308: the first up time, 1e308 × Exp(1), is often infinite.
        start(
                FailurePlan.builder(topology)
                        .random(
                                RandomFailures.everywhere(
                                        FailureKind.NODE_LOSS,
                                        Double.MAX_VALUE,
                                        new Distribution.Fixed(30)))
                        .build());

        kernel.runUntil(1e12);

        assertThat(events).isEmpty();
    }
}
