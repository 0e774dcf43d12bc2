package io.devopssim.core.failover;

import io.devopssim.core.failover.QuantityCheck.Quantity;
import java.util.ArrayList;
import java.util.List;
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
        boolean dbOnly = plan.failure().kind() == FailureScope.Kind.DATABASE_PRIMARY;
        double period =
                dbOnly
                        ? world.database().patroni().loopWaitSeconds()
                        : world.routing().healthCheck().intervalSeconds();
        double rate =
                Traffic.sourceRates(world.routing(), world.meanFailureTime()).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();

        List<QuantityCheck> checks = new ArrayList<>();
        plan.step(PlanStep.Step.DETECTION)
                .ifPresent(
                        s ->
                                checks.add(
                                        time(
                                                Quantity.DETECTION_SECONDS,
                                                s.expectedSeconds(),
                                                sims,
                                                r -> r.detection,
                                                period)));
        plan.step(PlanStep.Step.TRAFFIC_SHIFTED)
                .ifPresent(
                        s ->
                                checks.add(
                                        time(
                                                Quantity.TRAFFIC_SHIFTED_SECONDS,
                                                s.expectedSeconds(),
                                                sims,
                                                r -> r.shifted,
                                                period)));
        databaseStep(plan)
                .ifPresent(
                        s ->
                                checks.add(
                                        time(
                                                Quantity.DATABASE_READY_SECONDS,
                                                s.expectedSeconds(),
                                                sims,
                                                r -> r.databaseReady,
                                                period)));
        checks.add(time(Quantity.RTO_SECONDS, plan.rtoSeconds(), sims, SimulatedRun::rto, period));
        checks.add(
                check(
                        Quantity.RPO_BYTES,
                        plan.rpoBytes(),
                        sims,
                        r -> r.rpoBytes,
                        Math.max(
                                RPO_SHARE * plan.rpoBytes(),
                                world.writeBytesPerSecond() * RPO_FLOOR_SECONDS)));
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

    private static java.util.Optional<PlanStep> databaseStep(FailoverPlan plan) {
        return plan.step(PlanStep.Step.DATABASE_PROMOTED)
                .or(() -> plan.step(PlanStep.Step.DATABASE_RESTORED));
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
