package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /** Route 53's checks with phase 0: a failure at a multiple of the interval is seen at once. */
    private static final HealthCheck CHECKS = HealthCheck.route53().withPhase(0);

    /** A check instant, so that detection takes exactly (threshold − 1) × interval. */
    private static final double AT = CHECKS.intervalSeconds();

    private final SimulationKernel kernel = SimulationKernel.create(3);
    private final GlobalRouting routing =
            GlobalRouting.start(
                    kernel,
                    RoutingConfig.builder()
                            .source(World.EUROPE.withShare(1))
                            .region(ServingRegion.of(World.EU_CENTRAL))
                            .region(ServingRegion.of(World.EU_WEST))
                            .region(ServingRegion.of(World.US_EAST))
                            .healthCheck(CHECKS)
                            .build());

    private void inject(FailurePlan.Builder plan) {
        routing.followFailures();
        FailureInjector.start(kernel, plan.build());
    }

    /** Follows failures counting a region whose zones are all down as down. */
    private void injectOnTopology(FailurePlan.Builder plan) {
        FailurePlan built = plan.build();
        routing.followFailures(built.topology());
        FailureInjector.start(kernel, built);
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

    @Test
    void allZonesDown_bySeparateZoneOutages_detectedAndMovedAsARegionOutage() {
        injectOnTopology(
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600)
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1b", 600));

        kernel.runUntil(400);

        double detection = (CHECKS.failureThreshold() - 1) * CHECKS.intervalSeconds();
        FailoverReport zones = routing.report("eu-central-1", AT, 400, 1);
        assertThat(routing.isUp("eu-central-1")).isFalse();
        assertThat(zones.detectionSeconds()).hasValueCloseTo(detection, within(1e-9));
        assertThat(routing.split("europe", 400)).containsEntry("eu-west-1", 1.0);
        FailoverReport region = regionOutageOnFreshKernel(400);
        assertThat(zones.detectionSeconds()).isEqualTo(region.detectionSeconds());
        assertThat(zones.recoveredSeconds()).isEqualTo(region.recoveredSeconds());
    }

    /** Returns the report of the same routing through an outage of eu-central-1 itself. */
    private static FailoverReport regionOutageOnFreshKernel(double until) {
        SimulationKernel fresh = SimulationKernel.create(3);
        GlobalRouting other =
                GlobalRouting.start(
                        fresh,
                        RoutingConfig.builder()
                                .source(World.EUROPE.withShare(1))
                                .region(ServingRegion.of(World.EU_CENTRAL))
                                .region(ServingRegion.of(World.EU_WEST))
                                .region(ServingRegion.of(World.US_EAST))
                                .healthCheck(CHECKS)
                                .build());
        FailurePlan plan =
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.REGION_OUTAGE, "eu-central-1", 600)
                        .build();
        other.followFailures(plan.topology());
        FailureInjector.start(fresh, plan);
        fresh.runUntil(until);
        return other.report("eu-central-1", AT, until, 1);
    }

    @Test
    void allZonesDown_oneZoneBack_regionUpAndTrafficReturns() {
        injectOnTopology(
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600)
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1b", 1800));

        kernel.runUntil(AT + 599);
        assertThat(routing.isUp("eu-central-1")).isFalse();

        kernel.runUntil(AT + 600);
        assertThat(routing.isUp("eu-central-1")).isTrue();
        // healthy after the threshold's checks, then one TTL: long before zone b is back
        kernel.runUntil(1200);
        assertThat(routing.isHealthy("eu-central-1")).isTrue();
        assertThat(routing.split("europe", 1200)).containsEntry("eu-central-1", 1.0);
    }

    @Test
    void allZonesDown_overlappingOutagesOfOneZone_upOnlyWhenTheLastEnds() {
        injectOnTopology(
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600)
                        .at(300, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600)
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1b", 3000));

        kernel.runUntil(899);
        assertThat(routing.isUp("eu-central-1")).isFalse();

        kernel.runUntil(900);
        assertThat(routing.isUp("eu-central-1")).isTrue();
    }

    @Test
    void someZonesDown_onTopology_noShift() {
        injectOnTopology(
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.ZONE_OUTAGE, "eu-central-1a", 600));

        kernel.runUntil(400);

        assertThat(routing.isUp("eu-central-1")).isTrue();
        assertThat(routing.isHealthy("eu-central-1")).isTrue();
        assertThat(routing.split("europe", 400)).containsEntry("eu-central-1", 1.0);
    }

    @Test
    void allNodesDown_inEveryZone_regionDown_oneNodeBack_regionUp() {
        Topology.Builder b = topology();
        b.node("eu-central-1a", "a-1").node("eu-central-1b", "b-1").node("eu-central-1b", "b-2");
        injectOnTopology(
                FailurePlan.builder(b.build())
                        .at(AT, FailureKind.NODE_LOSS, "a-1", 900)
                        .at(AT, FailureKind.NODE_LOSS, "b-1", 3000)
                        .at(60, FailureKind.NODE_LOSS, "b-2", 300));

        kernel.runUntil(59);
        assertThat(routing.isUp("eu-central-1")).isTrue();
        kernel.runUntil(60);
        assertThat(routing.isUp("eu-central-1")).isFalse();
        kernel.runUntil(360);
        assertThat(routing.isUp("eu-central-1")).isTrue();
    }

    @Test
    void regionOutage_onTopology_stillFailsTheRegion() {
        injectOnTopology(
                FailurePlan.builder(topology().build())
                        .at(AT, FailureKind.REGION_OUTAGE, "eu-central-1", 600));

        kernel.runUntil(400);

        assertThat(routing.isUp("eu-central-1")).isFalse();
        assertThat(routing.split("europe", 400)).containsEntry("eu-west-1", 1.0);
    }
}
