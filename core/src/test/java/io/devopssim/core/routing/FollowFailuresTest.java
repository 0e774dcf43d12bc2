package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopssim.cloud.Region;
import io.devopssim.core.failure.FailureInjector;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowFailuresTest {

    private static final List<Region> AWS = List.of(World.EU_CENTRAL, World.EU_WEST);

    private final SimulationKernel kernel = SimulationKernel.create(3);
    private final GlobalRouting routing =
            GlobalRouting.start(
                    kernel,
                    RoutingConfig.builder()
                            .source(World.EUROPE.withShare(1))
                            .region(ServingRegion.of(World.EU_CENTRAL))
                            .region(ServingRegion.of(World.EU_WEST))
                            .region(ServingRegion.of(World.US_EAST))
                            .healthCheck(HealthCheck.route53().withPhase(0))
                            .build());

    private void inject(FailurePlan.Builder plan) {
        routing.followFailures();
        FailureInjector.start(kernel, plan.build());
    }

    private static Topology.Builder topology() {
        Topology.Builder b = Topology.builderOf("aws", AWS);
        b.cloud("gcp").region("gcp", World.US_EAST.id()).zone(World.US_EAST.id(), "z");
        return b;
    }

    @Test
    void regionOutage_movesTrafficAndBackAfterRecovery() {
        inject(
                FailurePlan.builder(topology().build())
                        .at(30, FailureKind.REGION_OUTAGE, "eu-central-1", 600));

        kernel.runUntil(400);
        assertThat(routing.isUp("eu-central-1")).isFalse();
        assertThat(routing.split("europe", 400)).containsEntry("eu-west-1", 1.0);

        kernel.runUntil(2000);
        assertThat(routing.isUp("eu-central-1")).isTrue();
        assertThat(routing.split("europe", 2000)).containsEntry("eu-central-1", 1.0);
    }

    @Test
    void cloudOutage_takesBothEuropeanRegions_trafficCrossesTheAtlantic() {
        inject(
                FailurePlan.builder(topology().build())
                        .at(30, FailureKind.CLOUD_OUTAGE, "aws", 3600));

        kernel.runUntil(400);

        assertThat(routing.isUp("eu-west-1")).isFalse();
        assertThat(routing.split("europe", 400)).containsEntry("us-east-1", 1.0);
        FailoverReport report = routing.report("eu-central-1", 30, 400, 1);
        assertThat(report.source("europe").extraRttMillis()).isGreaterThan(50);
    }

    @Test
    void zoneOutage_leavesRoutingAlone() {
        inject(
                FailurePlan.builder(topology().build())
                        .at(30, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600));

        kernel.runUntil(400);

        assertThat(routing.isUp("eu-central-1")).isTrue();
        assertThat(routing.split("europe", 400)).containsEntry("eu-central-1", 1.0);
    }
}
