package io.devopssim.core.sim;

import io.devopssim.cloud.Region;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.failure.FailureInjector;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.kernel.ProgressListener;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Failures;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.RoutingConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Replays the load of a {@link ClusterModel} against its services and returns what happened.
 *
 * <p>The data plane is the fluid model: every step, each service's arrival rate meets its ready
 * capacity in an M/M/c queue. Autoscalers run at their sync period and scale through the normal pod
 * start-up path. A simulation can be run any number of times; with the same model and seed the
 * results are identical.
 *
 * <p>With a {@link DatabaseTier} the run's kernel also runs the PostgreSQL cluster: failures take
 * its members, Patroni promotes a replica, and while there is no primary the writing share of the
 * requests the services would have served fails ({@link ServiceResult#failedByDataTierRequests()}).
 *
 * <p>Limitations: a replica is one instance (no bin-packing of pods onto nodes); memory, disk and
 * network are not modelled; pods are removed at once on scale-down, without a termination grace
 * period; rolling updates are described by the model but not simulated yet. The database adds no
 * latency and has no capacity limit; whether it has a primary is read once per step; its write rate
 * follows the services' arrivals, including requests they fail; members lost with a failure never
 * come back, even when the failure recovers.
 */
public final class Simulation {

    private final ClusterModel model;
    private final List<ServicePlan> plans;
    private final Optional<Instant> start;
    private final double duration;
    private final boolean recordSeries;
    private final boolean latencyDistribution;
    private final List<Consumer<ScalingDecision>> decisionListeners;
    private final List<Consumer<SimulationKernel>> eventListeners;
    private final List<FailoverAction> failoverActions;
    private final Map<String, List<WatchSpec>> watches;
    private final List<Consumer<AnomalyAlert>> alertListeners;
    private final List<String> warnings;
    private final RegionalSetup regional;
    private final Optional<DatabaseTier> database;
    private final Optional<CacheSection> cache;
    private volatile boolean cancelled;

    Simulation(
            SimulationBuilder builder,
            List<ServicePlan> plans,
            double duration,
            List<String> warnings,
            RegionalSetup regional) {
        this.regional = regional;
        this.warnings = List.copyOf(warnings);
        this.model = builder.model();
        this.plans = List.copyOf(plans);
        this.start = builder.start();
        this.duration = duration;
        this.recordSeries = builder.recordSeries();
        this.latencyDistribution = builder.latencyDistribution();
        this.decisionListeners = List.copyOf(builder.decisionListeners());
        this.eventListeners = List.copyOf(builder.eventListeners());
        this.failoverActions = List.copyOf(builder.failoverActions());
        this.watches = new HashMap<>();
        builder.watches().forEach((service, specs) -> watches.put(service, List.copyOf(specs)));
        this.alertListeners = List.copyOf(builder.alertListeners());
        this.database = builder.database();
        this.cache = builder.cache();
    }

    /**
     * Returns a builder for a simulation of {@code model}.
     *
     * @param model the world to simulate
     */
    public static SimulationBuilder builder(ClusterModel model) {
        return new SimulationBuilder(Objects.requireNonNull(model, "model"));
    }

    /**
     * Refuses a run of {@code model} lasting {@code durationSeconds} that has more steps than any
     * run may have, as {@link SimulationBuilder#build()} would; for callers that scan the run's
     * length before building it, such as a failure drill's search for the busiest hour.
     *
     * @throws InvalidInputException naming {@code run} if the run is too long
     */
    public static void checkLength(ClusterModel model, double durationSeconds) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        RunChecks.size(model, false, durationSeconds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(model.name(), problems);
        }
    }

    /**
     * Returns what looked wrong in the model without making it invalid, such as an autoscaler
     * target the service can never reach.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** Returns the simulated length of a run, in seconds. */
    public double durationSeconds() {
        return duration;
    }

    /**
     * Runs the simulation to its end, or until {@link #cancel()} is called.
     *
     * @return the result; {@link SimulationResult#completed()} is false after a cancellation
     */
    public SimulationResult run() {
        return run((done, total) -> {});
    }

    /**
     * Runs the simulation like {@link #run()}, reporting progress about a hundred times.
     *
     * @param progress receives the simulated time reached
     * @return the result; {@link SimulationResult#completed()} is false after a cancellation
     */
    public SimulationResult run(ProgressListener progress) {
        Objects.requireNonNull(progress, "progress");
        cancelled = false;
        SimulationKernel kernel = SimulationKernel.create(model.run().seed());
        decisionListeners.forEach(l -> kernel.addListener(ScalingDecision.class, l));
        eventListeners.forEach(l -> l.accept(kernel));
        alertListeners.forEach(l -> kernel.addListener(AnomalyAlert.class, l));
        double step = model.run().stepSeconds();
        int steps = (int) Math.ceil(duration / step - 1e-9);

        List<ServiceRuntime> services = new ArrayList<>(plans.size());
        List<RegionalService> placed = new ArrayList<>();
        Timeline timeline = regional == null ? null : new Timeline(kernel);
        GlobalRouting routing = regional == null ? null : startRegional(kernel);
        for (int i = 0; i < plans.size(); i++) {
            ServicePlan plan = plans.get(i);
            if (plan.model().isPlaced()) {
                placed.add(regionalService(i, plan, kernel, routing, step, steps));
                continue;
            }
            services.add(unplacedService(plan, kernel, step, steps));
        }
        services.forEach(ServiceRuntime::start);
        placed.forEach(RegionalService::start);
        DataTier tier = new DataTier(plans);
        Optional<DatabasePart> db = database.map(d -> DatabasePart.start(kernel, d, step));
        db.ifPresent(part -> tier.add(part, database.get()::usedBy));
        Optional<CacheRun> redis = cache.map(c -> CacheRun.start(kernel, c));
        redis.ifPresent(part -> tier.add(part, cache.get()::usedBy));

        int reached = runSteps(kernel, services, placed, tier, steps, progress);

        double end = Math.min(duration, reached * step);
        services.forEach(s -> s.finish(end));
        placed.forEach(s -> s.finish(end));
        return new SimulationResult(
                model.name(),
                model.run().seed(),
                start,
                end,
                step,
                model.slo(),
                reached == steps,
                results(services, placed, end),
                timeline == null ? List.of() : timeline.events(),
                db.map(part -> part.result(tier.users(0), end, tier.failedBy(0))),
                redis.map(part -> part.result(end, tier.failedBy(db.isPresent() ? 1 : 0))));
    }

    private List<ServiceResult> results(
            List<ServiceRuntime> services, List<RegionalService> placed, double end) {
        List<ServiceResult> results = new ArrayList<>();
        int plain = 0;
        int regionalIndex = 0;
        for (ServicePlan plan : plans) {
            if (plan.model().isPlaced()) {
                results.add(placed.get(regionalIndex++).result(model.slo(), end));
            } else {
                results.add(services.get(plain++).result(model.provider(), model.region()));
            }
        }
        return results;
    }

    /**
     * Returns the runtime of a service without placements; when failures reach it, its pods are
     * spread over the zones of the cluster's region and follow the failures there.
     */
    private ServiceRuntime unplacedService(
            ServicePlan plan, SimulationKernel kernel, double step, int steps) {
        ServiceRecorder recorder =
                new ServiceRecorder(model.slo(), step, steps, recordSeries, latencyDistribution);
        List<WatchSpec> watched = watches.getOrDefault(plan.model().name(), List.of());
        Optional<Region> cluster = regional == null ? Optional.empty() : regional.cluster();
        ZonePlacer zones = cluster.map(r -> new ZonePlacer(r.zones())).orElse(null);
        String name = plan.model().name();
        ServiceRuntime runtime =
                new ServiceRuntime(
                        plan, kernel, recorder, watched, epochStart(), zones, "service/" + name);
        if (cluster.isPresent() && regional.failures().isPresent()) {
            List<ScheduledFailure> scheduled =
                    model.failures().map(Failures::scheduled).orElse(List.of());
            UnplacedFailures.follow(
                    runtime,
                    name,
                    cluster.get().id(),
                    regional.failures().get(),
                    scheduled,
                    kernel);
        }
        return runtime;
    }

    /** Starts failures and routing on the kernel; returns the routing, or null without one. */
    private GlobalRouting startRegional(SimulationKernel kernel) {
        GlobalRouting routing = null;
        if (regional.routing().isPresent()) {
            routing = GlobalRouting.start(kernel, regional.routing().get());
            if (regional.served().isPresent()) {
                routing.followFailures(regional.served().get());
            } else {
                routing.followFailures();
            }
        }
        regional.failures().ifPresent(plan -> FailureInjector.start(kernel, plan));
        return routing;
    }

    private RegionalService regionalService(
            int index,
            ServicePlan plan,
            SimulationKernel kernel,
            GlobalRouting routing,
            double step,
            int steps) {
        RegionalService.RecorderFactory recorders =
                new RegionalService.RecorderFactory() {
                    @Override
                    public ServiceRecorder create() {
                        return new ServiceRecorder(
                                model.slo(), step, steps, recordSeries, latencyDistribution);
                    }

                    @Override
                    public double step() {
                        return step;
                    }
                };
        List<ClientSource> sources =
                regional.routing().map(RoutingConfig::sources).orElse(List.of());
        RegionalService service =
                new RegionalService(
                        plan, regional.regions().get(index), kernel, routing, sources, recorders);
        List<ScheduledFailure> scheduled =
                model.failures().map(Failures::scheduled).orElse(List.of());
        regional.failures().ifPresent(f -> service.crashPods(f, scheduled, kernel));
        failoverActions.stream()
                .filter(a -> a.service().equals(plan.model().name()))
                .forEach(a -> service.onDetection(a, kernel));
        return service;
    }

    private int runSteps(
            SimulationKernel kernel,
            List<ServiceRuntime> services,
            List<RegionalService> placed,
            DataTier tier,
            int steps,
            ProgressListener progress) {
        double step = model.run().stepSeconds();
        int reportEvery = Math.max(1, steps / 100);
        int[] plainAt = planIndexes(false);
        int[] placedAt = planIndexes(true);
        double[] arrivals = new double[plans.size()];
        for (int k = 0; k < steps; k++) {
            if (cancelled) {
                return k;
            }
            double time = k * step;
            kernel.runUntil(time);
            if (!tier.isEmpty()) {
                liveRates(time, services, placed, plainAt, placedAt, arrivals);
                tier.step(time, arrivals);
            }
            for (int i = 0; i < services.size(); i++) {
                services.get(i).recorder().dataTierShare(tier.failedShare(plainAt[i]));
                services.get(i).step(time);
                tier.lost(plainAt[i], services.get(i).recorder().lastFailedByDataTier());
            }
            for (int i = 0; i < placed.size(); i++) {
                placed.get(i).step(time, tier.failedShare(placedAt[i]));
                tier.lost(placedAt[i], placed.get(i).lastFailedByDataTier());
            }
            if (k % reportEvery == 0 || k == steps - 1) {
                progress.progress(Math.min(duration, time + step), duration);
            }
        }
        return steps;
    }

    /**
     * Fills each service's requests per second reaching its capacity that is up: a service without
     * placements whose zones are all down sends none on, a placed one only the share routing sends
     * to its regions still up.
     */
    private void liveRates(
            double time,
            List<ServiceRuntime> services,
            List<RegionalService> placed,
            int[] plainAt,
            int[] placedAt,
            double[] arrivals) {
        for (int i = 0; i < services.size(); i++) {
            ServiceRuntime s = services.get(i);
            boolean down = s.zones() != null && s.zones().allDown();
            arrivals[plainAt[i]] = down ? 0 : plans.get(plainAt[i]).workload().rate(time);
        }
        for (int i = 0; i < placed.size(); i++) {
            arrivals[placedAt[i]] = placed.get(i).liveRate(time);
        }
    }

    /** Returns the model indexes of the placed services, or of the others, in model order. */
    private int[] planIndexes(boolean isPlaced) {
        return IntStream.range(0, plans.size())
                .filter(i -> plans.get(i).model().isPlaced() == isPlaced)
                .toArray();
    }

    /** Returns the epoch seconds simulated time 0 stands for: the start, or 0 without one. */
    private double epochStart() {
        return start.map(s -> s.getEpochSecond() + s.getNano() / 1e9).orElse(0.0);
    }

    /** Asks a running simulation to stop after the current step; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }
}
