package io.devopssim.core.drill;

import io.devopssim.core.failover.CapacityChange;
import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.sim.FailoverAction;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Lets a drill's run execute the plan's capacity step, and times the HPA alone apart.
 *
 * <p>The plan is sized from the fleet just before the failure, so it needs a run first. {@link
 * #hpaOnlyModel} is the drill's model cut {@value #WINDOW_SECONDS} s after the failure: a run of it
 * is the same as the full run up to the failure (same seed, same events) and shows what the HPA
 * alone does in the drill's first hour. {@link #actions} turns the plan of that run into {@link
 * FailoverAction}s, which the full run then executes at its detection of the failure; the added
 * replicas hold for the HPA's scale-down stabilisation window, as a recommendation in it would.
 */
public final class PlanExecution {

    /** Seconds after the failure that the HPA-only run covers. */
    public static final double WINDOW_SECONDS = 3600;

    private PlanExecution() {}

    /**
     * Returns the drill's model cut {@value #WINDOW_SECONDS} s after the failure, or at the run's
     * end if that is sooner.
     *
     * @param drill the prepared drill
     * @return the shorter model
     */
    public static ClusterModel hpaOnlyModel(Drill.Prepared drill) {
        ClusterModel model = drill.model();
        RunSettings r = model.run();
        double end = drill.failureAt() + WINDOW_SECONDS;
        double length =
                r.durationSeconds().isPresent()
                        ? Math.min(r.durationSeconds().getAsDouble(), end)
                        : end;
        return new ClusterModel(
                model.name(),
                model.provider(),
                model.region(),
                model.services(),
                model.slo(),
                new RunSettings(r.seed(), OptionalDouble.of(length), r.stepSeconds()),
                model.traffic(),
                model.failures());
    }

    /**
     * Returns the plans' capacity steps as actions: for each drilled service ({@link
     * Drill#drilledServices}), each surviving region's replicas to add, at the detection of the
     * drill's region.
     *
     * @param drill the prepared drill
     * @param scenario the scenario it was prepared from
     * @param run a run of the drill's model (or of {@link #hpaOnlyModel}) covering the failure
     * @return one action per service and region that gets replicas; empty if the plans add none
     */
    public static List<FailoverAction> actions(
            Drill.Prepared drill, Scenario scenario, SimulationResult run) {
        Objects.requireNonNull(run, "run");
        List<FailoverAction> actions = new ArrayList<>();
        for (ServiceModel service : Drill.drilledServices(drill)) {
            actions.addAll(actions(drill, service, Drill.plan(drill, scenario, run, service)));
        }
        return actions;
    }

    static List<FailoverAction> actions(
            Drill.Prepared drill, ServiceModel service, FailoverPlan plan) {
        double hold = holdSeconds(service);
        return plan.capacity().stream()
                .filter(c -> c.replicasToAdd() > 0)
                .map(c -> action(service.name(), drill, c, hold))
                .toList();
    }

    /**
     * Returns seconds after the failure until every region the plan adds to had its surviving
     * replicas plus the added ones ready, from the run's series; empty if never or without series.
     */
    static OptionalDouble addedReady(
            Drill.Prepared drill, FailoverPlan plan, ServiceResult service, SimulationResult run) {
        double latest = drill.failureAt();
        for (CapacityChange c : plan.capacity()) {
            if (c.replicasToAdd() == 0) {
                continue;
            }
            OptionalDouble at = readyAt(drill, c, service, run.stepSeconds());
            if (at.isEmpty()) {
                return at;
            }
            latest = Math.max(latest, at.getAsDouble());
        }
        return OptionalDouble.of(latest - drill.failureAt());
    }

    private static OptionalDouble readyAt(
            Drill.Prepared drill, CapacityChange c, ServiceResult service, double step) {
        Optional<TimeSeries> series =
                service.regions().stream()
                        .filter(r -> r.region().equals(c.region()))
                        .findFirst()
                        .flatMap(RegionResult::series);
        if (series.isEmpty()) {
            return OptionalDouble.empty();
        }
        int target = c.survivingReplicas() + c.replicasToAdd();
        TimeSeries s = series.get();
        for (int i = (int) Math.ceil(drill.failureAt() / step); i < s.size(); i++) {
            if (s.value(TimeSeries.Column.READY_REPLICAS, i) >= target) {
                return OptionalDouble.of(i * step);
            }
        }
        return OptionalDouble.empty();
    }

    /** Returns the HPA's scale-down stabilisation window, 0 without an HPA. */
    static double holdSeconds(ServiceModel service) {
        return service.autoscaler()
                .map(
                        h ->
                                h.behavior()
                                        .map(
                                                b ->
                                                        (double)
                                                                b.scaleDown()
                                                                        .stabilizationWindowSeconds())
                                        .orElse(
                                                h.controller()
                                                                .downscaleStabilisationWindow()
                                                                .toMillis()
                                                        / 1000.0))
                .orElse(0.0);
    }

    private static FailoverAction action(
            String service, Drill.Prepared drill, CapacityChange c, double hold) {
        return new FailoverAction(
                service, drill.spec().region(), c.region(), c.replicasToAdd(), hold);
    }
}
