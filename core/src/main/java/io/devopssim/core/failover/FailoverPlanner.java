package io.devopssim.core.failover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Plans the failover of a world for a failure and verifies plans by simulating the failure.
 *
 * <p>A plan is analytic: detection and shift from the health-check and DNS (or anycast) settings,
 * promotion from Patroni's settings, restore from the WAL archive's, capacity from replica capacity
 * and the start-up distribution (its order statistics from fixed-seed draws). See {@link
 * ShiftTiming}, {@link DatabasePlan} and {@link CapacityPlan} for the formulas, and {@code
 * docs/failover-planner.md}.
 *
 * <p><b>Limitations.</b> Request rates are those at the middle of the failure window, held for the
 * failover; the load of several failed regions moves as one; a zone failure is seen by the region's
 * load balancer with the world's health checks; the cache is not planned; promotion assumes the DCS
 * position is fresh when checking {@code maximum_lag_on_failover}.
 */
public final class FailoverPlanner {

    private FailoverPlanner() {}

    /**
     * Returns the plan for one failure of a world.
     *
     * <p>A zone holding none of its region's replicas takes no serving capacity and no
     * reachability: its plan has no traffic steps. Without the primary there it has no steps at
     * all, RTO 0 and nothing lost; with the primary it is planned as the primary's failure alone.
     *
     * @param world the world
     * @param failure what fails
     * @return the plan
     * @throws io.devopssim.core.InvalidInputException if the failure's target is unknown
     * @throws IllegalArgumentException if the failure leaves no serving region, or takes the only
     *     zone of a region
     */
    public static FailoverPlan plan(FailoverTopology world, FailureScope failure) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(failure, "failure");
        return PlanAssembly.plan(world, Impact.of(world, failure));
    }

    /**
     * Returns the plans of every single-zone, single-region and single-cloud failure and of the
     * database primary, most harmful first.
     *
     * <p>Ranked by requests lost, then RTO, both descending, then failure kind and target; plans
     * without impact ({@link FailoverPlan#hasImpact()}) come last. Failures that leave no serving
     * region, and zones that are their region's only zone, are left out.
     *
     * @param world the world
     * @return the ranked plans, immutable
     */
    public static List<FailoverPlan> planAll(FailoverTopology world) {
        Objects.requireNonNull(world, "world");
        List<FailoverPlan> plans = new ArrayList<>();
        for (FailureScope f : candidates(world)) {
            try {
                plans.add(plan(world, f));
            } catch (IllegalArgumentException notSurvivable) {
                // planAll covers the failures a plan can exist for; plan() explains the others.
            }
        }
        Comparator<FailoverPlan> harm =
                Comparator.comparingDouble(FailoverPlan::requestsLost)
                        .thenComparingDouble(FailoverPlan::rtoSeconds)
                        .reversed();
        plans.sort(
                Comparator.comparing((FailoverPlan p) -> !p.hasImpact())
                        .thenComparing(harm)
                        .thenComparing(p -> p.failure().kind())
                        .thenComparing(p -> p.failure().target()));
        return List.copyOf(plans);
    }

    /**
     * Returns how a plan compares with one simulated run of its failure.
     *
     * @param world the world the failure happens in (may differ from the one planned for)
     * @param plan the plan
     * @param seed the run's seed
     * @return the verification
     */
    public static Verification verify(FailoverTopology world, FailoverPlan plan, long seed) {
        return verify(world, plan, seed, 1);
    }

    /**
     * Returns how a plan compares with the mean of simulated runs over seeds {@code seed, seed + 1,
     * …}.
     *
     * @param world the world the failure happens in (may differ from the one planned for)
     * @param plan the plan
     * @param seed the first seed
     * @param runs how many runs, at least 1
     * @return the verification, with each quantity's spread over the runs
     */
    public static Verification verify(
            FailoverTopology world, FailoverPlan plan, long seed, int runs) {
        Objects.requireNonNull(world, "world");
        Objects.requireNonNull(plan, "plan");
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, was " + runs);
        }
        return FailoverVerifier.verify(world, plan, seed, runs);
    }

    private static List<FailureScope> candidates(FailoverTopology world) {
        List<FailureScope> all = new ArrayList<>();
        for (ServiceRegion r : world.regions()) {
            r.zones().forEach(z -> all.add(FailureScope.zone(z)));
            all.add(FailureScope.region(r.id()));
        }
        world.providers().forEach(p -> all.add(FailureScope.cloud(p)));
        all.add(FailureScope.databasePrimary(world.database().initialPrimary()));
        return all;
    }
}
