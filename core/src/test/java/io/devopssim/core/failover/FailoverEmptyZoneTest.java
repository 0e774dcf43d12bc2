package io.devopssim.core.failover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.failover.PlanStep.Step;
import io.devopssim.core.failover.QuantityCheck.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zone failures that take none of the region's replicas: us-east-1c of the sparse world. */
class FailoverEmptyZoneTest {

    private static final long SEED = 20261204;
    private static final int RUNS = 20;
    private static final FailureScope EMPTY_ZONE = FailureScope.zone("us-east-1c");

    private static double mean(Verification v, Quantity q) {
        return v.quantity(q).orElseThrow().simulatedMean();
    }

    @Test
    void serviceRegion_twoReplicasOverThreeZones_lastZoneHoldsNone() {
        ServiceRegion east = Worlds.sparseEast(Worlds.orders(0.07, false)).build().regions().get(0);

        assertThat(east.replicasIn("us-east-1a")).isEqualTo(1);
        assertThat(east.replicasIn("us-east-1b")).isEqualTo(1);
        assertThat(east.replicasIn("us-east-1c")).isZero();
    }

    @Test
    void plan_zoneWithoutReplicasOrMembers_hasNoImpact() {
        FailoverTopology world = Worlds.sparseEast(Worlds.orders(0.07, false)).build();

        FailoverPlan plan = FailoverPlanner.plan(world, EMPTY_ZONE);

        assertThat(plan.hasImpact()).isFalse();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.rtoSeconds()).isZero();
        assertThat(plan.requestsLost()).isZero();
        assertThat(plan.rpoBytes()).isZero();
        assertThat(plan.replicasToAdd()).isZero();
        assertThat(plan.database().action()).isEqualTo(DatabaseAction.Action.NONE);
    }

    @Test
    void verify_zoneWithoutReplicasOrMembers_agreesWithNothingLost() {
        FailoverTopology world = Worlds.sparseEast(Worlds.orders(0.07, false)).build();
        FailoverPlan plan = FailoverPlanner.plan(world, EMPTY_ZONE);

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(v.differences()).isEmpty();
        assertThat(v.quantity(Quantity.RTO_SECONDS).orElseThrow().simulatedMax()).isZero();
        assertThat(v.quantity(Quantity.REQUESTS_LOST).orElseThrow().simulatedMax()).isZero();
        assertThat(v.quantity(Quantity.DETECTION_SECONDS)).isEmpty();
    }

    @Test
    void planAndVerify_zoneWithOnlyAReplicaMember_noImpactAndAgrees() {
        FailoverTopology world =
                Worlds.sparseEast(Worlds.ordersIn("us-east-1a", "us-east-1c")).build();
        FailoverPlan plan = FailoverPlanner.plan(world, EMPTY_ZONE);

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        assertThat(plan.hasImpact()).isFalse();
        assertThat(v.differences()).isEmpty();
        assertThat(mean(v, Quantity.RTO_SECONDS)).isZero();
    }

    @Test
    void planAndVerify_zoneWithOnlyThePrimary_promotionAloneAndAgrees() {
        FailoverTopology world =
                Worlds.sparseEast(Worlds.ordersIn("us-east-1c", "us-east-1b")).build();
        FailoverPlan plan = FailoverPlanner.plan(world, EMPTY_ZONE);

        Verification v = FailoverPlanner.verify(world, plan, SEED, RUNS);

        // No traffic moves; Patroni's key expires at ttl - loop_wait / 2 = 25 s, pg-b (no
        // shipping delay) writes at ttl + promotion = 32 s, and 10 % of 1,000 req/s fail meanwhile.
        assertThat(plan.step(Step.TRAFFIC_SHIFTED)).isEmpty();
        assertThat(plan.step(Step.DETECTION).orElseThrow().expectedSeconds())
                .isCloseTo(25, within(1e-9));
        assertThat(plan.database().member()).contains("pg-b");
        assertThat(plan.rtoSeconds()).isCloseTo(32, within(1e-9));
        assertThat(plan.requestsLost()).isCloseTo(3200, within(1e-6));
        assertThat(plan.capacity()).isEmpty();
        assertThat(v.differences()).isEmpty();
    }

    @Test
    void planAll_zoneWithoutImpact_rankedLast() {
        FailoverTopology world =
                Worlds.sparseEast(Worlds.orders(0.07, false)).writeRequestShare(0).build();

        List<FailoverPlan> plans = FailoverPlanner.planAll(world);

        FailoverPlan last = plans.get(plans.size() - 1);
        assertThat(last.failure()).isEqualTo(EMPTY_ZONE);
        assertThat(last.hasImpact()).isFalse();
        assertThat(plans.subList(0, plans.size() - 1)).allMatch(FailoverPlan::hasImpact);
    }
}
