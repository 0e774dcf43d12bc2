package io.devopssim.core.failover;

import static io.devopssim.core.failover.Worlds.MIB;
import static io.devopssim.core.failover.Worlds.PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.failover.PlanStep.Step;
import io.devopssim.core.model.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailoverPlannerTest {

    private static final FailoverTopology COASTS = Worlds.coasts(10, 60, 0.07).build();

    private static double expected(FailoverPlan plan, Step step) {
        return plan.step(step).orElseThrow().expectedSeconds();
    }

    @Test
    void plan_route53RegionFailure_detectionShiftAndPromotionFromTheSettings() {
        FailoverPlan plan = FailoverPlanner.plan(COASTS, FailureScope.region("us-east-1"));

        // Route 53: (3 - 1) x 30 + 30 / 2 = 75 s; then one TTL of 60 s.
        assertThat(expected(plan, Step.DETECTION)).isCloseTo(75, within(1e-9));
        assertThat(plan.step(Step.DETECTION).orElseThrow().earliestSeconds()).isEqualTo(60);
        assertThat(plan.step(Step.DETECTION).orElseThrow().latestSeconds()).isEqualTo(90);
        assertThat(expected(plan, Step.TRAFFIC_SHIFTED)).isCloseTo(135, within(1e-9));
        // Patroni defaults: ttl 30 + promotion 2 = 32 s, in [30 - 10 + 2, 30 + 10 + 2].
        PlanStep promoted = plan.step(Step.DATABASE_PROMOTED).orElseThrow();
        assertThat(promoted.expectedSeconds()).isCloseTo(32, within(1e-9));
        assertThat(promoted.earliestSeconds()).isCloseTo(22, within(1e-9));
        assertThat(promoted.latestSeconds()).isCloseTo(42, within(1e-9));
        assertThat(plan.database().action()).isEqualTo(DatabaseAction.Action.PROMOTE);
        assertThat(plan.database().member()).contains("pg-c");
        // Asynchronous: RPO = write rate x shipping delay = 1 MiB/s x 0.07 s.
        assertThat(plan.rpoBytes()).isCloseTo(0.07 * MIB, within(1e-6));
        assertThat(plan.rpoSeconds()).isCloseTo(0.07, within(1e-12));
        // Survivors have 10 x 100 req/s for the 1,000 req/s: no overload; at the 0.7 target they
        // need ceil(1000 / 70) = 15, and the 5 added start 60 s after detection: 135 s, as the
        // shift, so RTO = 135 s.
        assertThat(plan.rtoSeconds()).isCloseTo(135, within(1e-9));
        // 600 req/s east x (75 s detection + 30 s, half a TTL) = 63,000.
        assertThat(plan.requestsLost()).isCloseTo(63_000, within(1e-6));
    }

    @Test
    void plan_survivorsShort_addsCapacityForThePeakAtTargetUtilisation() {
        FailoverTopology world = Worlds.coasts(6, 60, 0.07).peakRps(1200).build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        // us-west-2 serves 1,000 req/s after the shift, 1,200 at the peak; at 70 % of 100 req/s
        // a replica that needs ceil(1200 / 70) = 18 replicas; 6 survive, so 12 are added.
        CapacityChange west = plan.capacity().get(0);
        assertThat(west.region()).isEqualTo("us-west-2");
        assertThat(west.loadRps()).isCloseTo(1000, within(1e-9));
        assertThat(west.peakLoadRps()).isCloseTo(1200, within(1e-9));
        assertThat(west.survivingReplicas()).isEqualTo(6);
        assertThat(west.replicasToAdd()).isEqualTo(12);
        assertThat(west.standbyCostPerMonth()).isCloseTo(12 * PRICE * 730, within(1e-9));
        assertThat(plan.standbyCostPerMonth()).isEqualTo(west.standbyCostPerMonth());
        assertThat(plan.standby()).isFalse();
    }

    @Test
    void plan_targetHalf_sizesSurvivorsForTheLoadAtHalfTheirCapacity() {
        FailoverTopology world = Worlds.coasts(6, 60, 0.07).targetUtilisation(0.5).build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        // ceil(1000 / (100 x 0.5)) = 20 replicas for us-west-2; 6 survive, so 14 are added
        CapacityChange west = plan.capacity().get(0);
        assertThat(west.survivingReplicas()).isEqualTo(6);
        assertThat(west.replicasToAdd()).isEqualTo(14);
    }

    @Test
    void plan_targetEightyPercent_sizesSurvivorsForTheLoadAtEightyPercent() {
        FailoverTopology world = Worlds.coasts(6, 60, 0.07).targetUtilisation(0.8).build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        // ceil(1000 / (100 x 0.8)) = ceil(12.5) = 13 replicas; 6 survive, so 7 are added
        assertThat(plan.capacity().get(0).replicasToAdd()).isEqualTo(7);
    }

    @Test
    void plan_peakAboveTheLoad_capacityRecoveredWhenTheLoadIsCarriedAtTheTarget() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .targetUtilisation(0.8)
                        .peakRps(2000)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        // Sized for the peak: ceil(2000 / 80) - 6 = 19 added. Recovered for the 1,000 req/s now:
        // ceil(1000 / 80) - 6 = 7 of them ready; the 7th of 19 Uniform(60, 180) draws averages
        // 60 + 120 x 7 / 20 = 102 s, after detection at 75 s: 177 s.
        assertThat(plan.capacity().get(0).replicasToAdd()).isEqualTo(19);
        assertThat(expected(plan, Step.CAPACITY_READY)).isCloseTo(177, within(4.0));
        assertThat(plan.rtoSeconds()).isCloseTo(177, within(4.0));
    }

    @Test
    void plan_overloadUntilStartup_countsOverloadAndWaitsForCapacity() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        // 1,000 req/s at the 0.7 target need ceil(1000 / 70) = 15 replicas, 9 added; capacity is
        // recovered when all 9 are ready: the last of 9 Uniform(60, 180) draws is 60 + 120 x 9 /
        // 10 = 168 s on average, after detection at 75 s: 243 s.
        assertThat(plan.capacity().get(0).replicasToAdd()).isEqualTo(9);
        assertThat(expected(plan, Step.CAPACITY_READY)).isCloseTo(243, within(4.0));
        assertThat(plan.rtoSeconds()).isCloseTo(243, within(4.0));
        // Overload: the ramp from 400 to 1,000 req/s crosses 600 at 95 s, full at 135 s
        // (40 s x 400 / 2 = 8,000), then 400, 300, 200, 100 req/s over the 12 s gaps between
        // the order statistics of the start-ups (12,000): about 20,000 on top of 63,000 dead.
        double overload = plan.requestsLost() - 63_000;
        assertThat(overload).isBetween(17_000.0, 23_000.0);
    }

    @Test
    void plan_rtoTargetMissedOnDemand_preProvisionsStandby() {
        FailoverTopology world =
                Worlds.coasts(6, 60, 0.07)
                        .replicaStartup(new Distribution.Uniform(60, 180))
                        .rtoTargetSeconds(150)
                        .build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        assertThat(plan.standby()).isTrue();
        assertThat(plan.rtoSeconds()).isCloseTo(135, within(1e-9));
        assertThat(plan.requestsLost()).isCloseTo(63_000, within(1e-6));
        assertThat(plan.standbyCostPerMonth()).isCloseTo(9 * PRICE * 730, within(1e-9));
    }

    @Test
    void plan_zoneFailure_loadBalancerDetectsAndRegionKeepsItsTraffic() {
        FailoverPlan plan = FailoverPlanner.plan(COASTS, FailureScope.zone("us-east-1c"));

        // A third of us-east-1's 600 req/s goes to the dead zone until detection (75 s).
        assertThat(expected(plan, Step.DETECTION)).isCloseTo(75, within(1e-9));
        assertThat(plan.requestsLost()).isCloseTo(200 * 75, within(1.0));
        // Six replicas survive for 600 req/s: none needed now, ceil(600 / 70) - 6 = 3 for peak.
        CapacityChange east = plan.capacity().get(0);
        assertThat(east.survivingReplicas()).isEqualTo(6);
        assertThat(east.replicasToAdd()).isEqualTo(3);
        assertThat(plan.database().action()).isEqualTo(DatabaseAction.Action.NONE);
        assertThat(plan.rpoBytes()).isZero();
    }

    @Test
    void plan_primaryZone_promotesTheReplicaWithTheMostWal() {
        FailoverPlan plan = FailoverPlanner.plan(COASTS, FailureScope.zone("us-east-1a"));

        assertThat(plan.database().member()).contains("pg-b");
        assertThat(plan.rpoBytes()).isZero();
        assertThat(expected(plan, Step.DATABASE_PROMOTED)).isCloseTo(32, within(1e-9));
    }

    @Test
    void plan_databasePrimaryAlone_keyExpiryThenPromotion() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).writeRequestShare(0.1).build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.databasePrimary("pg-a"));

        // Key expires ttl - loop_wait / 2 = 25 s after the loss on average; writes back at 32 s.
        assertThat(expected(plan, Step.DETECTION)).isCloseTo(25, within(1e-9));
        assertThat(plan.rtoSeconds()).isCloseTo(32, within(1e-9));
        assertThat(plan.capacity()).isEmpty();
        // 10 % of 1,000 req/s write and fail for 32 s.
        assertThat(plan.requestsLost()).isCloseTo(3200, within(1e-6));
    }

    @Test
    void plan_noReplicaSurvives_restoresFromTheArchive() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).database(Worlds.eastOnly()).build();

        FailoverPlan plan = FailoverPlanner.plan(world, FailureScope.region("us-east-1"));

        assertThat(plan.database().action()).isEqualTo(DatabaseAction.Action.RESTORE);
        // 1 MiB/s fills a 16 MiB segment in 16 s (< archive_timeout 60 s): RPO = 30 + 16 / 2.
        assertThat(plan.rpoSeconds()).isCloseTo(38, within(1e-9));
        assertThat(plan.rpoBytes()).isCloseTo(38 * MIB, within(1e-3));
        // Restore at detection (75 s): 10 GiB at 200 MiB/s = 51.2 s, plus the WAL since the
        // base backup at 0 up to 900 - 38 s at 50 MiB/s = 17.24 s.
        PlanStep restored = plan.step(Step.DATABASE_RESTORED).orElseThrow();
        assertThat(restored.expectedSeconds()).isCloseTo(75 + 51.2 + 862 / 50.0, within(1e-9));
    }

    @Test
    void planAll_twoCloudsThreeRegions_cloudAboveEveryZone() {
        List<FailoverPlan> plans = FailoverPlanner.planAll(Worlds.twoClouds());

        int cloud = indexOf(plans, FailureScope.cloud("aws"));
        assertThat(cloud).isNotNegative();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).failure().kind() == FailureScope.Kind.ZONE) {
                assertThat(cloud).isLessThan(i);
            }
        }
        // 9 zones, 3 regions, 2 clouds, the primary; gcp's cloud equals its only region's impact.
        assertThat(plans).hasSize(15);
        for (int i = 1; i < plans.size(); i++) {
            assertThat(plans.get(i - 1).requestsLost())
                    .isGreaterThanOrEqualTo(plans.get(i).requestsLost());
        }
        assertThatThrownBy(() -> plans.add(plans.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void plan_unknownTarget_namesTheTargetAndSuggests() {
        assertThatThrownBy(() -> FailoverPlanner.plan(COASTS, FailureScope.region("us-east-2")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("us-east-2")
                .hasMessageContaining("did you mean");
    }

    @Test
    void plan_databasePrimaryNamingAReplica_saysItIsAReplicaAndNamesThePrimary() {
        FailoverTopology world = Worlds.coasts(10, 60, 0.07).writeRequestShare(0.1).build();

        assertThatThrownBy(() -> FailoverPlanner.plan(world, FailureScope.databasePrimary("pg-b")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("failure.target")
                .hasMessageContaining("initial primary \"pg-a\"")
                .hasMessageContaining("a replica")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void plan_cloudWithEveryRegion_isRejected() {
        assertThatThrownBy(() -> FailoverPlanner.plan(COASTS, FailureScope.cloud("aws")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaves no serving region");
    }

    private static int indexOf(List<FailoverPlan> plans, FailureScope failure) {
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).failure().equals(failure)) {
                return i;
            }
        }
        return -1;
    }
}
