package io.devopssim.core.failover;

import static io.devopssim.core.failover.Worlds.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.failover.QuantityCheck.Quantity;
import io.devopssim.core.model.Distribution;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.RoutingConfig;
import io.devopssim.core.routing.RoutingPolicy;
import io.devopssim.core.routing.ServingRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverVerificationTest {

    private static final int RUNS = 50;
    private static final long SEED = 20_261_204L;

    private static QuantityCheck q(Verification v, Quantity quantity) {
        return v.quantity(quantity).orElseThrow();
    }

    @Test
    void verify_route53RegionFailure_agreesOverFiftySeeds() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        assertThat(v.runs()).isEqualTo(RUNS);
        // Detection spreads over [60, 90) s, the shift over [120, 150) s.
        assertThat(q(v, Quantity.DETECTION_SECONDS).simulatedMin()).isGreaterThanOrEqualTo(60);
        assertThat(q(v, Quantity.DETECTION_SECONDS).simulatedMax()).isLessThan(90);
        assertThat(q(v, Quantity.TRAFFIC_SHIFTED_SECONDS).simulatedMean())
                .isCloseTo(135, within(5.0));
        assertThat(q(v, Quantity.DATABASE_READY_SECONDS).simulatedMean())
                .isCloseTo(32, within(3.0));
        assertThat(q(v, Quantity.RPO_BYTES).simulatedMean())
                .isCloseTo(0.07 * MIB, within(0.05 * MIB));
        assertThat(q(v, Quantity.REQUESTS_LOST).simulatedMean())
                .isCloseTo(63_000, within(63_000 * 0.05));
    }

    @Test
    void verify_overloadWithSlowStartup_agreesOverFiftySeeds() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        assertThat(q(v, Quantity.RTO_SECONDS).simulatedMean()).isGreaterThan(150);
        assertThat(q(v, Quantity.REQUESTS_LOST).simulatedMean()).isGreaterThan(63_000 + 10_000);
    }

    @Test
    void verify_planIgnoringOverload_reportsRtoAndRequestsLost() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .build();
        // Planned as if the survivors had 10 replicas: no overload expected.
        FailoverPlan plan =
                FailoverPlanner.plan(
                        Worlds.coasts(10, 60, 0.07).build(), FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, 20);

        assertThat(names(v)).contains(Quantity.RTO_SECONDS, Quantity.REQUESTS_LOST);
        assertThat(names(v)).doesNotContain(Quantity.RPO_BYTES, Quantity.DETECTION_SECONDS);
    }

    @Test
    void verify_plannedWithShortTtl_reportsShiftRtoAndRequestsLost() {
        FailoverTopology world = Worlds.coasts(10, 300, 0.07).build();
        FailoverPlan plan =
                FailoverPlanner.plan(
                        Worlds.coasts(10, 60, 0.07).build(), FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, 20);

        assertThat(v.agrees()).isFalse();
        assertThat(names(v))
                .containsExactly(
                        Quantity.TRAFFIC_SHIFTED_SECONDS,
                        Quantity.RTO_SECONDS,
                        Quantity.REQUESTS_LOST);
        // With a 300 s TTL the shift ends near 75 + 300 s.
        assertThat(q(v, Quantity.TRAFFIC_SHIFTED_SECONDS).simulatedMean())
                .isCloseTo(375, within(10.0));
    }

    @Test
    void verify_plannedWithWrongShippingDelay_reportsRpo() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.5).build();
        FailoverPlan plan =
                FailoverPlanner.plan(
                        Worlds.coasts(10, 60, 0.07).build(), FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, 20);

        assertThat(names(v)).containsExactly(Quantity.RPO_BYTES, Quantity.RPO_SECONDS);
        assertThat(q(v, Quantity.RPO_BYTES).simulatedMean())
                .isCloseTo(0.5 * MIB, within(0.1 * MIB));
    }

    @Test
    void verify_databasePrimaryAlone_agrees() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).writeRequestShare(0.1).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.databasePrimary("pg-a"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        assertThat(q(v, Quantity.RTO_SECONDS).simulatedMin()).isGreaterThanOrEqualTo(20);
        assertThat(q(v, Quantity.RTO_SECONDS).simulatedMax()).isLessThan(42);
    }

    @Test
    void verify_synchronousZoneFailure_agreesWithZeroRpo() {
        FailoverTopology world =
                Worlds.coasts(10, 60, 0.07).database(Worlds.orders(0.07, true)).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.zone("us-east-1a"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        assertThat(plan.rpoBytes()).isZero();
        assertThat(q(v, Quantity.RPO_BYTES).simulatedMax()).isZero();
    }

    @Test
    void verify_noReplicaSurvives_restoreAgrees() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).database(Worlds.eastOnly()).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        // Each run loses between the copy delay (30 s) and 30 s + one 16 s segment.
        assertThat(q(v, Quantity.RPO_SECONDS).simulatedMin()).isGreaterThanOrEqualTo(30);
        assertThat(q(v, Quantity.RPO_SECONDS).simulatedMax()).isLessThan(46);
    }

    @Test
    void verify_twoCloudsAwsDown_agrees() {
        FailoverTopology world = Worlds.twoClouds();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.cloud("aws"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
    }

    @Test
    void verify_standbyPlan_agreesWithoutOverload() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .rtoTargetSeconds(150)
                        .build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(plan.standby()).isTrue();
        assertThat(v.differences()).isEmpty();
        assertThat(q(v, Quantity.RTO_SECONDS).simulatedMax()).isLessThan(150);
    }

    @Test
    void verify_anycast_planFromCheckAndConvergenceAgrees() {
        RoutingConfig anycast =
                RoutingConfig.builder()
                        .source(Worlds.EAST_CLIENTS)
                        .source(Worlds.WEST_CLIENTS)
                        .region(ServingRegion.of(Worlds.US_EAST))
                        .region(ServingRegion.of(Worlds.US_WEST))
                        .policy(RoutingPolicy.ANYCAST)
                        .meanRps(1000)
                        .build();
        // 15 west replicas carry 1,000 req/s at the 0.7 target: nothing to add
        FailoverTopology world = Worlds.coasts(15, 60, 0.07).routing(anycast).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        // 5 s x 2 checks: detection 5 + 2.5 s, then 5 s convergence; dead 600 x (7.5 + 2.5).
        assertThat(plan.step(PlanStep.Step.DETECTION).orElseThrow().expectedSeconds())
                .isEqualTo(7.5);
        assertThat(plan.step(PlanStep.Step.TRAFFIC_SHIFTED).orElseThrow().expectedSeconds())
                .isEqualTo(12.5);
        // The database (32 s) is now the slowest part of the recovery.
        assertThat(plan.rtoSeconds()).isEqualTo(32);
        assertThat(plan.requestsLost()).isCloseTo(6000, within(1e-9));
        assertThat(v.differences()).isEmpty();
    }

    @Test
    void verify_ttlIgnoringResolvers_planUsesTheirLongerCacheAndAgrees() {
        RoutingConfig routing =
                RoutingConfig.builder()
                        .source(Worlds.EAST_CLIENTS)
                        .source(Worlds.WEST_CLIENTS)
                        .region(ServingRegion.of(Worlds.US_EAST))
                        .region(ServingRegion.of(Worlds.US_WEST))
                        .dns(
                                DnsSettings.defaults()
                                        .withTtlIgnoring(0.1, new Distribution.Fixed(300)))
                        .meanRps(1000)
                        .build();
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).routing(routing).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        // Shift: 75 + 60 + 300 s; dead: 600 x (75 + 0.9 x 30 + 0.1 x 360 / 2) = 72,000.
        assertThat(plan.rtoSeconds()).isEqualTo(435);
        assertThat(plan.requestsLost()).isCloseTo(72_000, within(1e-6));
        assertThat(v.differences()).isEmpty();
    }

    @Test
    void verify_noRuns_isRejected() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        assertThatThrownBy(() -> FailoverPlanner.verify(world, plan, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs");
    }

    @Test
    void verify_sameSeed_sameResult() {
        FailoverTopology world = Worlds.coasts(6, 60, 0.07).build();
        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        assertThat(FailoverPlanner.verify(world, plan, 7))
                .isEqualTo(FailoverPlanner.verify(world, plan, 7));
    }

    private static List<Quantity> names(Verification v) {
        return v.differences().stream().map(QuantityCheck::quantity).toList();
    }
}
