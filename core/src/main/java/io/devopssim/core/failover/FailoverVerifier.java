package io.devopssim.core.failover;

import io.devopssim.core.failover.QuantityCheck.Quantity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Simulates a plan's failure over seeds and compares each quantity with its tolerance. */
final class FailoverVerifier {

    private static final double TIME_SHARE = 0.10;
    private static final double RPO_SHARE = 0.10;
    private static final double REQUEST_SHARE = 0.15;
    private static final double RPO_FLOOR_SECONDS = 0.01;

    private FailoverVerifier() {}

    static Verification verify(FailoverTopology world, FailoverPlan plan, long seed, int runs) {
        List<SimulatedRun> sims = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sims.add(SimulatedRun.run(world, plan, seed + i));
        }
        boolean dbOnly = !Impact.of(world, plan.failure()).takesServing();
        double period =
                dbOnly
                        ? world.database().patroni().loopWaitSeconds()
                        : world.routing().healthCheck().intervalSeconds();
        double rate =
                Traffic.sourceRates(world.routing(), world.meanFailureTime()).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();

        List<QuantityCheck> checks = new ArrayList<>();
        steps(plan)
                .forEach(
                        (quantity, step) ->
                                checks.add(
                                        time(
                                                quantity,
                                                step.expectedSeconds(),
                                                sims,
                                                value(quantity),
                                                period)));
        checks.add(time(Quantity.RTO_SECONDS, plan.rtoSeconds(), sims, SimulatedRun::rto, period));
        double rpoFloor = world.writeBytesPerSecond() * RPO_FLOOR_SECONDS;
        checks.add(
                check(
                        Quantity.RPO_BYTES,
                        plan.rpoBytes(),
                        sims,
                        r -> r.rpoBytes,
                        Math.max(RPO_SHARE * plan.rpoBytes(), rpoFloor)));
        checks.add(
                check(
                        Quantity.RPO_SECONDS,
                        plan.rpoSeconds(),
                        sims,
                        r -> r.rpoSeconds,
                        Math.max(RPO_SHARE * plan.rpoSeconds(), RPO_FLOOR_SECONDS)));
        checks.add(
                check(
                        Quantity.REQUESTS_LOST,
                        plan.requestsLost(),
                        sims,
                        r -> r.requestsLost,
                        Math.max(REQUEST_SHARE * plan.requestsLost(), rate)));
        return new Verification(plan.failure(), runs, checks);
    }

    /** Returns the plan's milestones that a run measures, by the quantity that measures them. */
    private static Map<Quantity, PlanStep> steps(FailoverPlan plan) {
        Map<Quantity, PlanStep> steps = new EnumMap<>(Quantity.class);
        for (PlanStep s : plan.steps()) {
            switch (s.step()) {
                case DETECTION -> steps.put(Quantity.DETECTION_SECONDS, s);
                case TRAFFIC_SHIFTED -> steps.put(Quantity.TRAFFIC_SHIFTED_SECONDS, s);
                case DATABASE_PROMOTED, DATABASE_RESTORED ->
                        steps.put(Quantity.DATABASE_READY_SECONDS, s);
                case CAPACITY_READY -> {}
            }
        }
        return steps;
    }

    private static ToDoubleFunction<SimulatedRun> value(Quantity q) {
        return switch (q) {
            case DETECTION_SECONDS -> r -> r.detection;
            case TRAFFIC_SHIFTED_SECONDS -> r -> r.shifted;
            case DATABASE_READY_SECONDS -> r -> r.databaseReady;
            default -> throw new IllegalArgumentException("not a milestone: " + q);
        };
    }

    private static QuantityCheck time(
            Quantity q,
            double planned,
            List<SimulatedRun> sims,
            ToDoubleFunction<SimulatedRun> value,
            double period) {
        return check(q, planned, sims, value, Math.max(TIME_SHARE * planned, period));
    }

    private static QuantityCheck check(
            Quantity q,
            double planned,
            List<SimulatedRun> sims,
            ToDoubleFunction<SimulatedRun> value,
            double tolerance) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (SimulatedRun r : sims) {
            double v = value.applyAsDouble(r);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / sims.size();
        boolean agrees = Math.abs(mean - planned) <= tolerance;
        return new QuantityCheck(q, planned, mean, min, max, tolerance, agrees);
    }
}
