package io.devopssim.core.sim;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.anomaly.AlertPolicy;
import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.anomaly.WatchedMetric;
import io.devopssim.core.autoscale.Autoscaler;
import io.devopssim.core.autoscale.HpaAutoscaler;
import io.devopssim.core.autoscale.HpaSpec;
import io.devopssim.core.datatier.cache.CacheSection;
import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.kernel.SimEvent;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Trace;
import io.devopssim.core.load.Workload;
import io.devopssim.core.load.Workloads;
import io.devopssim.core.model.ClusterModel;
import io.devopssim.core.model.Placement;
import io.devopssim.core.model.ServiceModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Configures a {@link Simulation}: where traces are, overrides of load and autoscalers, pricing.
 *
 * <p>{@link #build()} loads every trace, resolves every price and checks every autoscaler metric,
 * and reports all problems at once.
 *
 * <p>A custom autoscaler given with {@link #autoscaler} reads, by metric index: 0, the CPU cores
 * each pod uses (request: the service's CPU request); 1, the requests per second each ready pod
 * served; 2, the service's arrival rate as an external metric.
 */
public final class SimulationBuilder {

    private static final MetricBinding[] CUSTOM_BINDINGS = {
        MetricBinding.CPU, MetricBinding.POD_REQUESTS_PER_SECOND, MetricBinding.ARRIVAL_RATE
    };

    private final ClusterModel model;
    private final Map<String, Workload> workloads = new HashMap<>();
    private final Map<String, CustomAutoscaler> autoscalers = new HashMap<>();
    private final List<Consumer<ScalingDecision>> decisionListeners = new ArrayList<>();
    private final List<Consumer<SimulationKernel>> eventListeners = new ArrayList<>();
    private final List<FailoverAction> failoverActions = new ArrayList<>();
    private final Map<String, Supplier<? extends LoadForecaster>> forecasters = new HashMap<>();
    private final Map<String, List<WatchSpec>> watches = new HashMap<>();
    private final List<Consumer<AnomalyAlert>> alertListeners = new ArrayList<>();
    private final Map<Integer, List<RegionPlan>> regionalPlans = new HashMap<>();
    private Path baseDirectory = Path.of(".");
    private Pricing pricing = CloudPricing.fromClassPath();
    private boolean recordSeries = true;
    private boolean latencyDistribution = true;
    private Optional<Instant> start = Optional.empty();
    private Optional<DatabaseTier> database = Optional.empty();
    private Optional<CacheSection> cache = Optional.empty();

    SimulationBuilder(ClusterModel model) {
        this.model = model;
    }

    private record CustomAutoscaler(Supplier<? extends Autoscaler> factory, Duration sync) {}

    /** Sets the directory that relative trace paths are resolved against; default: working dir. */
    public SimulationBuilder baseDirectory(Path directory) {
        this.baseDirectory = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /** Replaces the load of {@code service} with {@code workload}. */
    public SimulationBuilder workload(String service, Workload workload) {
        workloads.put(requireService(service), Objects.requireNonNull(workload, "workload"));
        return this;
    }

    /**
     * Replaces the autoscaler of {@code service}: {@code factory} makes one instance per run,
     * called every {@code syncPeriod}.
     */
    public SimulationBuilder autoscaler(
            String service, Supplier<? extends Autoscaler> factory, Duration syncPeriod) {
        Objects.requireNonNull(factory, "factory");
        if (syncPeriod.isNegative() || syncPeriod.isZero()) {
            throw new IllegalArgumentException("syncPeriod must be > 0, was " + syncPeriod);
        }
        autoscalers.put(requireService(service), new CustomAutoscaler(factory, syncPeriod));
        return this;
    }

    /**
     * Scales {@code service} predictively: its HPA stays as the floor and a forecaster from {@code
     * forecasters} (one per run) lets it scale ahead of the forecast load.
     *
     * <p>See {@link io.devopssim.core.autoscale.PredictiveAutoscaler}. The forecaster is fed the
     * service's arrivals per whole minute of the run's wall clock: the trace's start, or the epoch
     * when no trace fixes one. The lead time is the 90th percentile of start-up plus that of
     * readiness plus the HPA's sync period; the rate per replica comes from the HPA's targets.
     *
     * <p>Limitations: minutes are simulated minutes, so with a time-compressed trace the
     * forecaster's calendar (hour of day, same minute yesterday) no longer matches the trace's.
     *
     * @throws IllegalArgumentException if there is no such service or it has no HPA
     */
    public SimulationBuilder predictive(
            String service, Supplier<? extends LoadForecaster> forecasters) {
        Objects.requireNonNull(forecasters, "forecasters");
        String name = requireService(service);
        boolean hasHpa =
                model.services().stream()
                        .anyMatch(s -> s.name().equals(name) && s.autoscaler().isPresent());
        if (!hasHpa) {
            throw new IllegalArgumentException(
                    "service '"
                            + name
                            + "' has no HPA; the predictive autoscaler never scales below the"
                            + " HPA's answer, so it needs one as its floor");
        }
        this.forecasters.put(name, forecasters);
        return this;
    }

    /**
     * Watches {@code metric} of {@code service} with a detector from {@code detectors} (one per
     * run) under {@link AlertPolicy#defaults()}.
     *
     * @throws IllegalArgumentException if there is no such service
     */
    public SimulationBuilder watch(
            String service, WatchedMetric metric, Supplier<? extends AnomalyDetector> detectors) {
        return watch(service, metric, detectors, AlertPolicy.defaults());
    }

    /**
     * Watches {@code metric} of {@code service}: every step its value is scored by a detector from
     * {@code detectors} (one per run), at the run's wall-clock epoch seconds, and {@code policy}
     * turns the scores into {@link AnomalyAlert}s, published to {@link #onAlert} listeners and kept
     * in the service's result.
     *
     * <p>Values: p99 latency and CPU are NaN in a trace gap or with no ready replica, the arrival
     * rate is NaN in a gap.
     *
     * @throws IllegalArgumentException if there is no such service
     */
    public SimulationBuilder watch(
            String service,
            WatchedMetric metric,
            Supplier<? extends AnomalyDetector> detectors,
            AlertPolicy policy) {
        WatchSpec spec =
                new WatchSpec(
                        Objects.requireNonNull(metric, "metric"),
                        Objects.requireNonNull(detectors, "detectors"),
                        Objects.requireNonNull(policy, "policy"));
        watches.computeIfAbsent(requireService(service), k -> new ArrayList<>()).add(spec);
        return this;
    }

    /** Adds a listener that receives every anomaly alert as it opens. */
    public SimulationBuilder onAlert(Consumer<AnomalyAlert> listener) {
        alertListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Sets how replica prices are found; default: the cloud catalogues on the class path. */
    public SimulationBuilder pricing(Pricing pricing) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        return this;
    }

    /** Sets whether each service's state is kept for every step; default true. */
    public SimulationBuilder recordSeries(boolean record) {
        this.recordSeries = record;
        return this;
    }

    /**
     * Sets whether run-wide latency percentiles are computed; default true. Without them a run is
     * several times faster, which matters for fleets; the mean and the SLO are kept.
     */
    public SimulationBuilder latencyDistribution(boolean record) {
        this.latencyDistribution = record;
        return this;
    }

    /**
     * Adds a listener for the run's kernel events of a type, such as {@link
     * io.devopssim.core.failure.FailureStarted} or {@link
     * io.devopssim.core.routing.RoutingAnswerChanged}, registered anew on each run's kernel.
     *
     * @param type the event class or interface, such as {@code FailureEvent.class}
     * @param listener receives each event as it is published
     * @param <E> the event type
     */
    public <E extends SimEvent> SimulationBuilder onEvent(
            Class<E> type, Consumer<? super E> listener) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(listener, "listener");
        eventListeners.add(kernel -> kernel.addListener(type, listener));
        return this;
    }

    /**
     * Adds an action run when routing first marks the action's failed region unhealthy, such as a
     * failover plan's added replicas in a surviving region.
     *
     * @param action the action; checked against the model by {@link #build()}
     * @return this builder
     */
    public SimulationBuilder failoverAction(FailoverAction action) {
        failoverActions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    /**
     * Runs a PostgreSQL cluster with the services: it fails their writing requests while it has no
     * primary, and the run's failures take its members.
     *
     * <p>{@link #build()} checks that the services it names exist and that every member is in a
     * zone of a region where a service using it runs, reporting problems under {@code database}.
     *
     * @param tier the cluster, what the requests write and which services use it
     * @return this builder
     */
    public SimulationBuilder database(DatabaseTier tier) {
        this.database = Optional.of(Objects.requireNonNull(tier, "tier"));
        return this;
    }

    /**
     * Puts a Redis cache in front of the database: it runs on the run's kernel, the services using
     * it send it their reads, the run's failures take its processes and Sentinel fails over, and
     * the reads the database has no room for fail their requests (see {@code CacheRun}).
     *
     * <p>{@link #build()} checks that the services it names exist and that every process is in a
     * zone of a region where a service using it runs, reporting problems under {@code cache}.
     *
     * @param section the cache, where its processes run and the reads each request makes
     * @return this builder
     */
    public SimulationBuilder cache(CacheSection section) {
        this.cache = Optional.of(Objects.requireNonNull(section, "section"));
        return this;
    }

    /** Adds a listener that receives every scaling decision as it happens. */
    public SimulationBuilder onScalingDecision(Consumer<ScalingDecision> listener) {
        decisionListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Returns a simulation ready to run.
     *
     * @throws InvalidInputException listing every problem: unreadable traces, unknown prices,
     *     metrics without a source, a run without a length, a database or cache elsewhere than its
     *     services
     */
    public Simulation build() {
        List<Problem> problems = new ArrayList<>();
        List<ServicePlan> plans = new ArrayList<>();
        for (int i = 0; i < model.services().size(); i++) {
            plans.add(plan(i, model.services().get(i), problems));
        }
        if (!forecasters.isEmpty()) {
            predictivePlans(plans, problems);
        }
        double duration = duration(plans, problems);
        RunChecks.size(model, recordSeries, duration, problems);
        for (int i = 0; i < failoverActions.size(); i++) {
            failoverActions.get(i).check(model, "failoverActions[" + i + "]", problems);
        }
        RegionalSetup regional =
                model.isMultiRegion()
                        ? RegionalPlans.setup(
                                model, regionalPlans, pricing, start, duration, problems)
                        : null;
        database.ifPresent(d -> DatabaseChecks.check(d, model, regionalPlans, pricing, problems));
        cache.ifPresent(c -> DatabaseChecks.check(c, model, regionalPlans, pricing, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(model.name(), problems);
        }
        List<String> warnings = RunChecks.unreachableTargets(plans);
        if (regional != null) {
            RegionalPlans.stepWarning(regional, model.run().stepSeconds()).ifPresent(warnings::add);
        }
        return new Simulation(this, plans, duration, warnings, regional);
    }

    private ServicePlan plan(int index, ServiceModel declared, List<Problem> problems) {
        String path = "services[" + index + "]";
        Workload workload = workload(path, declared, problems);
        if (!declared.isPlaced()) {
            return plan(path, declared, model.provider(), model.region(), workload, problems);
        }
        List<RegionPlan> regions = new ArrayList<>();
        for (int j = 0; j < declared.placements().size(); j++) {
            Placement p = declared.placements().get(j);
            String at = path + ".placements[" + j + "]";
            ServiceModel regional = RegionalPlans.regional(declared, p);
            ServicePlan plan = plan(at, regional, p.provider(), p.region(), workload, problems);
            RegionalPlans.located(at, p, plan, pricing, problems).ifPresent(regions::add);
        }
        regionalPlans.put(index, regions);
        if (watches.containsKey(declared.name())) {
            problems.add(
                    new Problem(
                            path,
                            "service '"
                                    + declared.name()
                                    + "' runs in placements; watching its metrics is not"
                                    + " supported there yet"));
        }
        return new ServicePlan(declared, workload, null, new MetricBinding[0], 0, null);
    }

    private ServicePlan plan(
            String path,
            ServiceModel declared,
            String provider,
            String region,
            Workload workload,
            List<Problem> problems) {
        ServiceModel service =
                CloudBoot.resolve(pricing, path, declared, provider, region, problems);
        ReplicaPrice price = PriceLookup.price(pricing, path, service, provider, region, problems);
        CustomAutoscaler custom = autoscalers.get(service.name());
        if (custom != null) {
            double sync = custom.sync().toNanos() / 1e9;
            return new ServicePlan(
                    service, workload, custom.factory(), CUSTOM_BINDINGS, sync, price);
        }
        if (service.autoscaler().isEmpty()) {
            return new ServicePlan(service, workload, null, new MetricBinding[0], 0, price);
        }
        HpaSpec hpa = service.autoscaler().get();
        try {
            HpaAutoscaler.of(hpa);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(prefixed(path + ".autoscaler", "", p)));
        }
        MetricBinding[] bindings =
                MetricBinding.bind(path + ".autoscaler", hpa.metrics(), problems);
        double sync = hpa.controller().syncPeriod().toNanos() / 1e9;
        return new ServicePlan(
                service, workload, () -> HpaAutoscaler.of(hpa), bindings, sync, price);
    }

    private void predictivePlans(List<ServicePlan> plans, List<Problem> problems) {
        for (int i = 0; i < plans.size(); i++) {
            String name = model.services().get(i).name();
            Supplier<? extends LoadForecaster> factory = forecasters.get(name);
            if (factory == null) {
                continue;
            }
            String path = "services[" + i + "]";
            if (model.services().get(i).isPlaced()) {
                problems.add(
                        new Problem(
                                path,
                                "service '"
                                        + name
                                        + "' runs in placements; the predictive autoscaler is"
                                        + " not supported there yet"));
                continue;
            }
            if (autoscalers.containsKey(name)) {
                problems.add(
                        new Problem(
                                path,
                                "service '"
                                        + name
                                        + "' has both a custom autoscaler and a predictive one;"
                                        + " expected at most one of autoscaler() and"
                                        + " predictive()"));
                continue;
            }
            Instant clock = start.orElse(Instant.EPOCH);
            plans.set(i, PredictivePlans.predictive(plans.get(i), factory, clock, path, problems));
        }
    }

    private Workload workload(String path, ServiceModel service, List<Problem> problems) {
        Workload workload = workloads.get(service.name());
        if (workload == null) {
            try {
                workload = Workloads.open(service.load(), baseDirectory);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(prefixed(path + ".load", e.source(), p)));
                return null;
            }
        }
        if (start.isEmpty() && workload instanceof Trace trace) {
            start = Optional.of(trace.start());
        }
        return workload;
    }

    private static Problem prefixed(String path, String source, Problem problem) {
        String where = (source + " " + problem.path()).trim();
        return new Problem(
                path, where.isEmpty() ? problem.message() : where + ": " + problem.message());
    }

    private double duration(List<ServicePlan> plans, List<Problem> problems) {
        if (model.run().durationSeconds().isPresent()) {
            return model.run().durationSeconds().getAsDouble();
        }
        double longest = 0;
        for (ServicePlan plan : plans) {
            if (plan.workload() != null && Double.isFinite(plan.workload().duration())) {
                longest = Math.max(longest, plan.workload().duration());
            }
        }
        if (longest == 0 && problems.isEmpty()) {
            problems.add(
                    new Problem(
                            "run.duration",
                            "is required when no service replays a trace; expected e.g. 1d"));
        }
        return longest;
    }

    private String requireService(String service) {
        Objects.requireNonNull(service, "service");
        boolean known = model.services().stream().anyMatch(s -> s.name().equals(service));
        if (!known) {
            throw new IllegalArgumentException("no service named '" + service + "' in the model");
        }
        return service;
    }

    ClusterModel model() {
        return model;
    }

    Optional<Instant> start() {
        return start;
    }

    Optional<DatabaseTier> database() {
        return database;
    }

    Optional<CacheSection> cache() {
        return cache;
    }

    boolean recordSeries() {
        return recordSeries;
    }

    boolean latencyDistribution() {
        return latencyDistribution;
    }

    List<Consumer<SimulationKernel>> eventListeners() {
        return eventListeners;
    }

    List<FailoverAction> failoverActions() {
        return failoverActions;
    }

    List<Consumer<ScalingDecision>> decisionListeners() {
        return decisionListeners;
    }

    Map<String, List<WatchSpec>> watches() {
        return watches;
    }

    List<Consumer<AnomalyAlert>> alertListeners() {
        return alertListeners;
    }
}
