package io.devopssim.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.cloud.NetworkLatency;
import io.devopssim.cloud.Region;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final List<Region> REGIONS =
            List.of(World.US_EAST, World.EU_WEST, World.EU_CENTRAL, World.AP_NORTHEAST);

    private static List<Region> byDistance(ClientSource source) {
        return REGIONS.stream()
                .sorted(
                        Comparator.comparingDouble(
                                r -> NetworkLatency.distanceKm(source.location(), r)))
                .toList();
    }

    private static String servedBy(Map<String, Double> split) {
        return split.entrySet().stream()
                .filter(e -> e.getValue() == 1.0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void latency_allHealthy_picksTheNearestRegion() {
        SimulationKernel kernel = SimulationKernel.create(1);
        GlobalRouting routing =
                GlobalRouting.start(kernel, World.threeContinents(RoutingPolicy.LATENCY).build());

        for (ClientSource source : List.of(World.EUROPE, World.AMERICA, World.ASIA)) {
            assertThat(servedBy(routing.split(source.name(), 0)))
                    .as(source.name())
                    .isEqualTo(byDistance(source).get(0).id());
        }
        assertThat(servedBy(routing.split("europe", 0))).isEqualTo("eu-central-1");
    }

    @Test
    void latency_nearestFailed_picksTheSecondNearest() {
        SimulationKernel kernel = SimulationKernel.create(1);
        GlobalRouting routing =
                GlobalRouting.start(kernel, World.threeContinents(RoutingPolicy.LATENCY).build());
        String nearest = byDistance(World.EUROPE).get(0).id();

        kernel.scheduleAt(10, k -> routing.regionFailed(nearest));
        kernel.runUntil(1000);

        assertThat(servedBy(routing.split("europe", 1000)))
                .isEqualTo(byDistance(World.EUROPE).get(1).id())
                .isEqualTo("eu-west-1");
        assertThat(routing.isHealthy(nearest)).isFalse();
    }

    @Test
    void weighted_allHealthy_splitsByWeight() {
        RoutingConfig config = weighted();
        GlobalRouting routing = GlobalRouting.start(SimulationKernel.create(1), config);

        Map<String, Double> split = routing.split("america", 0);

        assertThat(split.get("us-east-1")).isCloseTo(0.5, within(1e-12));
        assertThat(split.get("eu-west-1")).isCloseTo(0.25, within(1e-12));
        assertThat(split.get("eu-central-1")).isCloseTo(0.25, within(1e-12));
        assertThat(split.get("ap-northeast-1")).isZero();
    }

    @Test
    void weighted_oneFailed_restSplitByTheirWeights() {
        SimulationKernel kernel = SimulationKernel.create(1);
        GlobalRouting routing = GlobalRouting.start(kernel, weighted());

        kernel.scheduleAt(10, k -> routing.regionFailed("eu-west-1"));
        kernel.runUntil(500);
        Map<String, Double> split = routing.split("europe", 500);

        assertThat(split.get("us-east-1")).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(split.get("eu-central-1")).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(split.get("eu-west-1")).isZero();
    }

    @Test
    void weighted_failure_failedRequestsFollowTheRegionsWeight() {
        RoutingConfig config =
                weightedBuilder()
                        .healthCheck(HealthCheck.route53().withPhase(FailoverRun.phaseFor(10, 30)))
                        .build();

        FailoverReport report = FailoverRun.fail(config, 1, "eu-west-1", 300);

        // A quarter of all 1,000 requests/s went there: 70 s until the switch, then half a TTL.
        assertThat(report.failedRequests()).isCloseTo(250 * (70 + 30), within(250 * 0.2));
        assertThat(report.recovered99Seconds()).hasValueCloseTo(70 + 59.4, within(0.2));
    }

    @Test
    void anycast_allHealthy_picksTheNearestRegion() {
        GlobalRouting routing =
                GlobalRouting.start(
                        SimulationKernel.create(1),
                        World.threeContinents(RoutingPolicy.ANYCAST).build());

        assertThat(servedBy(routing.split("asia", 0))).isEqualTo("ap-northeast-1");
    }

    @Test
    void extraLatency_afterFailover_isTheRoundTripDifference() {
        FailoverReport report =
                FailoverRun.fail(
                        World.threeContinents(RoutingPolicy.LATENCY).build(),
                        1,
                        "eu-central-1",
                        300);
        SourceImpact europe = report.source("europe");

        // Paris has no measurements, so both round trips come from the great-circle model.
        double before =
                NetworkLatency.modelledMillis(
                        NetworkLatency.distanceKm(World.EUROPE.location(), World.EU_CENTRAL));
        double after =
                NetworkLatency.modelledMillis(
                        NetworkLatency.distanceKm(World.EUROPE.location(), World.EU_WEST));
        assertThat(europe.rttBeforeMillis()).isCloseTo(before, within(1e-9));
        assertThat(europe.rttAfterMillis()).isCloseTo(after, within(1e-9));
        assertThat(europe.extraRttMillis()).isPositive();
        assertThat(report.source("asia").extraRttMillis()).isZero();
    }

    private static RoutingConfig weighted() {
        return weightedBuilder().build();
    }

    private static RoutingConfig.Builder weightedBuilder() {
        return RoutingConfig.builder()
                .policy(RoutingPolicy.WEIGHTED)
                .source(World.EUROPE)
                .source(World.AMERICA)
                .source(World.ASIA)
                .region(new ServingRegion(World.US_EAST, 2))
                .region(new ServingRegion(World.EU_WEST, 1))
                .region(new ServingRegion(World.EU_CENTRAL, 1))
                .region(new ServingRegion(World.AP_NORTHEAST, 0));
    }
}
