package io.devopssim.core.failover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Puts the traffic, database and capacity parts of a plan together. */
final class PlanAssembly {

    private PlanAssembly() {}

    static FailoverPlan plan(FailoverTopology world, Impact impact) {
        if (!impact.takesServing()) {
            return impact.primaryLost() ? databaseOnly(world, impact) : noImpact(world, impact);
        }
        Traffic traffic = new Traffic(world, impact);
        ShiftTiming timing = ShiftTiming.of(traffic.routing, traffic.units.size());
        DatabasePlan db = DatabasePlan.of(world, impact, Optional.of(timing));
        CapacityPlan capacity = CapacityPlan.of(world, impact, traffic);
        if (capacity.needsCapacity()) {
            capacity.simulateStartups(world, timing);
        }

        double dbReady = db.ready().map(PlanStep::expectedSeconds).orElse(0.0);
        double shift = timing.shiftDone();
        double onDemand = Math.max(Math.max(shift, dbReady), capacity.enoughMean);
        boolean standby =
                capacity.needsCapacity()
                        && world.rtoTargetSeconds().isPresent()
                        && onDemand > world.rtoTargetSeconds().getAsDouble();
        double rto = standby ? Math.max(shift, dbReady) : onDemand;
        double lost =
                deadRequests(traffic, timing)
                        + (standby ? 0 : capacity.overload)
                        + writesLost(world, traffic.total - traffic.deadRate(), dbReady);

        return new FailoverPlan(
                world.name(),
                impact.failure(),
                steps(timing, traffic, db, capacity, standby),
                db.action(),
                capacity.changes,
                standby,
                rto,
                db.rpoBytes(),
                db.rpoSeconds(),
                lost,
                capacity.standbyCost());
    }

    /** Returns requests sent to failed capacity: rate × (detection + delay + dead tail). */
    private static double deadRequests(Traffic traffic, ShiftTiming t) {
        double seconds = t.singleDetection() + t.delay() + t.deadTail();
        return traffic.dead.values().stream().mapToDouble(rate -> rate * seconds).sum();
    }

    private static List<PlanStep> steps(
            ShiftTiming timing,
            Traffic traffic,
            DatabasePlan db,
            CapacityPlan capacity,
            boolean standby) {
        List<PlanStep> steps = new ArrayList<>();
        steps.add(detection(timing, traffic));
        steps.add(shifted(timing, traffic));
        db.ready().ifPresent(steps::add);
        if (capacity.needsCapacity()) {
            steps.add(capacityReady(capacity, standby));
        }
        return sorted(steps);
    }

    static double writesLost(FailoverTopology world, double servedRps, double outageSeconds) {
        return world.writeRequestShare() * servedRps * outageSeconds;
    }

    /**
     * Returns the plan of a failure that takes no replica, no region and not the primary: nothing
     * to detect or recover, so no milestones, RTO 0 and nothing lost.
     */
    private static FailoverPlan noImpact(FailoverTopology world, Impact impact) {
        DatabasePlan db = DatabasePlan.of(world, impact, Optional.empty());
        return new FailoverPlan(
                world.name(),
                impact.failure(),
                List.of(),
                db.action(),
                List.of(),
                false,
                0,
                0,
                0,
                0,
                0);
    }

    private static FailoverPlan databaseOnly(FailoverTopology world, Impact impact) {
        DatabasePlan db = DatabasePlan.of(world, impact, Optional.empty());
        double total =
                Traffic.sourceRates(world.routing(), world.meanFailureTime()).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
        PlanStep ready = db.ready().orElseThrow();
        List<PlanStep> steps = new ArrayList<>();
        db.expiry().ifPresent(steps::add);
        steps.add(ready);
        return new FailoverPlan(
                world.name(),
                impact.failure(),
                sorted(steps),
                db.action(),
                List.of(),
                false,
                ready.expectedSeconds(),
                db.rpoBytes(),
                db.rpoSeconds(),
                writesLost(world, total, ready.expectedSeconds()),
                0);
    }

    private static PlanStep detection(ShiftTiming t, Traffic traffic) {
        return new PlanStep(
                PlanStep.Step.DETECTION,
                t.firstDetection(),
                t.minDetection(),
                t.maxDetection(),
                "health checks mark " + String.join(", ", traffic.units) + " unhealthy");
    }

    private static PlanStep shifted(ShiftTiming t, Traffic traffic) {
        double tail = t.delay() + t.span();
        return new PlanStep(
                PlanStep.Step.TRAFFIC_SHIFTED,
                t.shiftDone(),
                t.minDetection() + tail,
                t.maxDetection() + tail,
                "no traffic to " + String.join(", ", traffic.units));
    }

    private static PlanStep capacityReady(CapacityPlan c, boolean standby) {
        if (standby) {
            return new PlanStep(PlanStep.Step.CAPACITY_READY, 0, 0, 0, "pre-provisioned standby");
        }
        return new PlanStep(
                PlanStep.Step.CAPACITY_READY,
                c.enoughMean,
                c.enoughMin,
                c.enoughMax,
                "added replicas started on detection");
    }

    private static List<PlanStep> sorted(List<PlanStep> steps) {
        steps.sort(Comparator.comparingDouble(PlanStep::expectedSeconds));
        return steps;
    }
}
