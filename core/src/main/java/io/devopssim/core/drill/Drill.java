package io.devopssim.core.drill;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.failover.FailoverPlan;
import io.devopssim.core.failover.FailoverPlanner;
import io.devopssim.core.failover.FailoverTopology;
import io.devopssim.core.failover.FailureScope;
import io.devopssim.core.failover.PlanStep;
import io.devopssim.core.failure.FailureKind;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.internal.tree.Values;
import io.devopssim.core.load.Workload;
import io.devopssim.core.load.Workloads;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import io.devopssim.core.model.RunSettings;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.scenario.Scenario;
import io.devopssim.core.sim.FailoverResult;
import io.devopssim.core.sim.RegionResult;
import io.devopssim.core.sim.ServiceResult;
import io.devopssim.core.sim.Simulation;
import io.devopssim.core.sim.SimulationResult;
import io.devopssim.core.sim.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runs a scenario's failure drill: a region outage, simulated and planned.
 *
 * <p>{@link #prepare} finds the failure time (the busiest hour of the trace unless the drill gives
 * one) and adds the outage to the model's scheduled failures; the caller runs the model as usual;
 * {@link #reports} reads each drilled service's failover from the run ({@link #drilledServices}:
 * every service placed in two regions, or the one {@code drill.service} names) and the database's
 * promotion from the same run ({@link DrillDatabase}), and asks the {@link FailoverPlanner} for
 * each service's plan of the same failure. With {@link DrillSpec#executePlan()} the run also
 * executes the plan's capacity step ({@link PlanExecution}).
 *
 * <p>With a database, the run must have been built with {@link DatabaseSection#tier()} so that the
 * cluster runs with the services. Limitations: a restore from the WAL archive is replayed apart
 * from the run, so the run's database stays without a primary after it; it is timed from the
 * failure, not from its detection as the plan does.
 */
public final class Drill {

    private Drill() {}

    /**
     * A drill ready to run.
     *
     * @param spec the drill
     * @param model the scenario's model with the outage added to its failures
     * @param failureAt when the region dies, seconds after the run's start
     * @param hour the busiest hour of the trace
     * @param workloads the services' request rates, in model order
     */
    public record Prepared(
            DrillSpec spec,
            ClusterModel model,
            double failureAt,
            BusiestHour hour,
            List<Workload> workloads) {

        /** Copies the workloads. */
        public Prepared {
            workloads = List.copyOf(workloads);
        }
    }

    /**
     * Returns the drill of a scenario, ready to run.
     *
     * @param scenario a scenario with a {@code drill} section and a service in two regions
     * @return the prepared drill
     * @throws InvalidInputException if the scenario has no drill, no service in two regions, the
     *     drill's region is not one of them, or the failure time is outside the run
     */
    public static Prepared prepare(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        ClusterModel model = scenario.model();
        DrillSpec spec =
                scenario.drill().orElseThrow(() -> problem(model, "drill", "no drill section"));
        List<Problem> placed = placementProblems(scenario);
        if (!placed.isEmpty()) {
            throw new InvalidInputException("scenario " + model.name(), placed);
        }

        List<Workload> workloads = workloads(scenario);
        double duration = duration(model, workloads);
        Simulation.checkLength(model, duration);
        BusiestHour hour = busiest(model, workloads, duration);
        double at = spec.atSeconds().orElse(hour.startSeconds());
        if (!(at >= 0 && at < duration)) {
            throw problem(
                    model,
                    "drill.at",
                    "expected a time within the run (0 to "
                            + Values.number(duration)
                            + " s), was "
                            + Values.number(at)
                            + " s");
        }
        return new Prepared(spec, withOutage(model, spec, at), at, hour, workloads);
    }

    /**
     * Returns what the scenario's placements say against its drill and database, without reading
     * traces: a drill without a service in two regions or in a region not placed, and database
     * members outside the placed regions' zones.
     *
     * @param scenario the scenario
     * @return the problems, each with its path in the scenario; empty if there are none
     */
    public static List<Problem> placementProblems(Scenario scenario) {
        return DrillChecks.placementProblems(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Returns the services a drill reports: the one its {@code service} names, or else every
     * service placed in two regions or more, in model order.
     *
     * @param drill the prepared drill
     * @return at least one service
     */
    public static List<ServiceModel> drilledServices(Prepared drill) {
        return DrillChecks.placedServices(drill.model()).stream()
                .filter(s -> drill.spec().service().map(s.name()::equals).orElse(true))
                .toList();
    }

    /**
     * Returns the busiest hour of a multi-region scenario's run.
     *
     * @param scenario a scenario with a service in at least two regions
     * @return the hour
     * @throws InvalidInputException if no service is placed in two regions
     */
    public static BusiestHour busiestHour(Scenario scenario) {
        DrillWorld.checkDatabase(scenario.model(), scenario.database());
        List<Workload> workloads = workloads(scenario);
        ClusterModel model = scenario.model();
        return busiest(model, workloads, duration(model, workloads));
    }

    private static BusiestHour busiest(
            ClusterModel model, List<Workload> workloads, double duration) {
        if (!(duration >= 3600)) {
            throw problem(
                    model,
                    "run.duration",
                    "a failure drill or failover plan needs a run of at least 1 h, was "
                            + duration
                            + " s");
        }
        return BusiestHour.of(workloads, duration);
    }

    /**
     * Returns the model with its run cut at the end of an hour, for a run that only needs the fleet
     * as it stands in that hour.
     *
     * @param model the model
     * @param hour the hour
     * @return the shorter model
     */
    public static ClusterModel untilEndOf(ClusterModel model, BusiestHour hour) {
        RunSettings r = model.run();
        double end = hour.startSeconds() + 3600;
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

    private static List<Workload> workloads(Scenario scenario) {
        List<Workload> workloads = new ArrayList<>();
        for (ServiceModel s : scenario.model().services()) {
            workloads.add(Workloads.open(s.load(), scenario.baseDirectory()));
        }
        return workloads;
    }

    private static double duration(ClusterModel model, List<Workload> workloads) {
        if (model.run().durationSeconds().isPresent()) {
            return model.run().durationSeconds().getAsDouble();
        }
        return workloads.stream().mapToDouble(Workload::duration).min().orElse(0);
    }

    private static ClusterModel withOutage(ClusterModel model, DrillSpec spec, double at) {
        List<ScheduledFailure> scheduled = new ArrayList<>();
        model.failures().ifPresent(f -> scheduled.addAll(f.scheduled()));
        scheduled.add(
                new ScheduledFailure(
                        FailureKind.REGION_OUTAGE, spec.region(), at, spec.durationSeconds()));
        Failures failures =
                model.failures()
                        .map(f -> new Failures(scheduled, f.random(), f.horizonSeconds()))
                        .orElse(Failures.scheduled(scheduled));
        return new ClusterModel(
                model.name(),
                model.provider(),
                model.region(),
                model.services(),
                model.slo(),
                model.run(),
                model.traffic(),
                Optional.of(failures));
    }

    private static InvalidInputException problem(ClusterModel model, String path, String text) {
        return new InvalidInputException(
                "scenario " + model.name(), List.of(new Problem(path, text)));
    }

    /**
     * Returns the drill's simulated failover next to the planner's prediction.
     *
     * @param drill the prepared drill
     * @param scenario the scenario it was prepared from
     * @param run the run of {@code drill.model()}
     * @return the drill's result
     * @throws IllegalArgumentException if the run holds no failover of the drill's region
     */
    public static DrillResult report(Prepared drill, Scenario scenario, SimulationResult run) {
        return report(drill, scenario, run, Optional.empty());
    }

    /**
     * Returns the drill's simulated failover, with the plan's capacity executed, next to the
     * planner's prediction and the failover of a run with the HPA alone.
     *
     * @param drill the prepared drill
     * @param scenario the scenario it was prepared from
     * @param run the run of {@code drill.model()}, with {@link PlanExecution#actions} executed
     * @param hpaOnly a run of {@link PlanExecution#hpaOnlyModel}; empty if {@code run} had the HPA
     *     only
     * @return the drill's result
     * @throws IllegalArgumentException if a run holds no failover of the drill's region
     */
    public static DrillResult report(
            Prepared drill,
            Scenario scenario,
            SimulationResult run,
            Optional<SimulationResult> hpaOnly) {
        return reports(drill, scenario, run, hpaOnly).get(0);
    }

    /**
     * Returns the drill's result for each of its services ({@link #drilledServices}), each with its
     * own plan; the database's outcome is the same in all.
     *
     * @param drill the prepared drill
     * @param scenario the scenario it was prepared from
     * @param run the run of {@code drill.model()}, with {@link PlanExecution#actions} executed
     * @param hpaOnly a run of {@link PlanExecution#hpaOnlyModel}; empty if {@code run} had the HPA
     *     only
     * @return one result per drilled service, in model order
     * @throws IllegalArgumentException if a run holds no failover of the drill's region
     */
    public static List<DrillResult> reports(
            Prepared drill,
            Scenario scenario,
            SimulationResult run,
            Optional<SimulationResult> hpaOnly) {
        Optional<DrillResult.DatabaseOutcome> db =
                scenario.database().map(d -> DrillDatabase.outcome(d, drill, run));
        return drilledServices(drill).stream()
                .map(s -> report(drill, scenario, run, hpaOnly, db, s))
                .toList();
    }

    private static DrillResult report(
            Prepared drill,
            Scenario scenario,
            SimulationResult run,
            Optional<SimulationResult> hpaOnly,
            Optional<DrillResult.DatabaseOutcome> db,
            ServiceModel model) {
        ServiceResult service = service(model.name(), run);
        FailoverResult simulated = failover(drill, service);
        FailoverPlan plan = plan(drill, scenario, run, model);
        double plannedRto =
                scenario.database().isPresent() ? plan.rtoSeconds() : withoutDatabase(plan);
        Optional<DrillResult.Execution> alone =
                hpaOnly.map(r -> failover(drill, service(model.name(), r)))
                        .map(
                                f ->
                                        new DrillResult.Execution(
                                                PlanExecution.addedReady(drill, plan, service, run),
                                                f,
                                                rto(f, db)));
        return new DrillResult(
                drill.spec(),
                drill.failureAt(),
                drill.hour(),
                service.name(),
                simulated,
                db,
                rto(simulated, db),
                lost(service, simulated, rto(simulated, db), run.stepSeconds()),
                survivorCost(drill, service),
                run.totalCost(),
                plan,
                plannedRto,
                alone);
    }

    /**
     * Returns the requests a service lost from the failure until the RTO, or until the failure
     * ended without one: what arrived and was not served (sent to a dead region, dropped, failed by
     * the data tier), step by step from its series; empty without a series.
     */
    static OptionalDouble lost(
            ServiceResult service, FailoverResult failover, OptionalDouble rto, double step) {
        if (service.series().isEmpty()) {
            return OptionalDouble.empty();
        }
        double from = failover.failedAt();
        double to =
                rto.isPresent()
                        ? from + rto.getAsDouble()
                        : failover.recoveredAt().orElse(Double.POSITIVE_INFINITY);
        TimeSeries s = service.series().get();
        double lost = 0;
        for (int i = 0; i < s.size(); i++) {
            double t = s.value(TimeSeries.Column.TIME, i);
            if (t + step > from && t < to) {
                double overlap = Math.min(t + step, to) - Math.max(t, from);
                double rate =
                        s.value(TimeSeries.Column.ARRIVAL_RPS, i)
                                - s.value(TimeSeries.Column.SERVED_RPS, i);
                lost += Math.max(0, rate) * overlap;
            }
        }
        return OptionalDouble.of(lost);
    }

    private static ServiceResult service(String name, SimulationResult run) {
        return run.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Returns the plan for one drilled service, its load its own rate in the busiest hour. */
    static FailoverPlan plan(
            Prepared drill, Scenario scenario, SimulationResult run, ServiceModel service) {
        Workload own = drill.workloads().get(drill.model().services().indexOf(service));
        double rps = BusiestHour.at(List.of(own), drill.hour().startSeconds()).meanRps();
        FailoverTopology world =
                DrillWorld.topology(
                        drill.model(),
                        service,
                        rps,
                        scenario.database(),
                        run,
                        drill.hour(),
                        drill.failureAt());
        return FailoverPlanner.plan(world, FailureScope.region(drill.spec().region()));
    }

    private static double survivorCost(Prepared drill, ServiceResult service) {
        return service.regions().stream()
                .filter(r -> !r.region().equals(drill.spec().region()))
                .mapToDouble(RegionResult::cost)
                .sum();
    }

    private static FailoverResult failover(Prepared drill, ServiceResult service) {
        return service.failovers().stream()
                .filter(f -> f.failedRegions().contains(drill.spec().region()))
                .filter(f -> Math.abs(f.failedAt() - drill.failureAt()) < 1e-6)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "the run holds no failover of "
                                                + drill.spec().location()
                                                + " at "
                                                + drill.failureAt()
                                                + " s"));
    }

    private static OptionalDouble rto(
            FailoverResult simulated, Optional<DrillResult.DatabaseOutcome> db) {
        if (simulated.rtoSeconds().isEmpty()) {
            return OptionalDouble.empty();
        }
        double rto = simulated.rtoSeconds().getAsDouble();
        if (db.isPresent()) {
            if (db.get().readySeconds().isEmpty()) {
                return OptionalDouble.empty();
            }
            rto = Math.max(rto, db.get().readySeconds().getAsDouble());
        }
        return OptionalDouble.of(rto);
    }

    private static double withoutDatabase(FailoverPlan plan) {
        return plan.steps().stream()
                .filter(
                        s ->
                                s.step() == PlanStep.Step.TRAFFIC_SHIFTED
                                        || s.step() == PlanStep.Step.CAPACITY_READY)
                .mapToDouble(PlanStep::expectedSeconds)
                .max()
                .orElse(plan.rtoSeconds());
    }
}
