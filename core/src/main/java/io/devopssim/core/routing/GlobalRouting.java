package io.devopssim.core.routing;

import io.devopssim.cloud.NetworkLatency;
import io.devopssim.core.InvalidInputException;
import io.devopssim.core.failure.FailureEvent;
import io.devopssim.core.failure.FailureRecovered;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.Topology;
import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.internal.tree.Problems;
import io.devopssim.core.kernel.SimulationKernel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Routes the traffic of every client source to serving regions over a run, through failures.
 *
 * <p>Call {@link #regionFailed} and {@link #regionRestored} (from a failure listener or an action)
 * as regions go down and come back, or let {@link #followFailures(Topology)} do it. Health checks
 * detect the change ({@link HealthCheck}), the policy picks new answers ({@link RoutingPolicy}),
 * and clients take them up through DNS caches ({@link DnsSettings}) or anycast convergence ({@link
 * AnycastSettings}). The component schedules one kernel event per detection and per answer update,
 * never periodic ones, so {@link SimulationKernel#run()} still drains. It publishes {@link
 * RegionMarkedUnhealthy}, {@link RegionMarkedHealthy} and {@link RoutingAnswerChanged}.
 *
 * <p>Random streams: {@code routing/health/<region>} for check phases left unset, and {@code
 * routing/resolvers/<source>} for the resolver population of each source.
 *
 * <p><b>Limitations.</b> When no region is healthy, answers fail open and ignore health, as Route
 * 53 does. Requests are not retried: traffic to a dead region fails. Latency is network round trip
 * only, from {@link NetworkLatency}, without the serving region's queueing.
 */
public final class GlobalRouting {

    private final SimulationKernel kernel;
    private final RoutingConfig config;
    private final RouteTable table;
    private final List<HealthMonitor> monitors = new ArrayList<>();
    private final AnswerHistory[] histories;
    private final ResolverPopulation[] resolvers;
    private final OutageLog log;

    private GlobalRouting(SimulationKernel kernel, RoutingConfig config, NetworkLatency latency) {
        this.kernel = kernel;
        this.config = config;
        this.table = new RouteTable(config, latency);
        int sources = config.sources().size();
        histories = new AnswerHistory[sources];
        resolvers = new ResolverPopulation[sources];
        boolean[] allHealthy = new boolean[table.regionCount()];
        Arrays.fill(allHealthy, true);
        for (int s = 0; s < sources; s++) {
            histories[s] = new AnswerHistory(table.answer(s, allHealthy));
            if (config.policy().usesDns()) {
                String stream = "routing/resolvers/" + config.sources().get(s).name();
                resolvers[s] = new ResolverPopulation(config.dns(), kernel.random(stream));
            }
        }
        for (int r = 0; r < table.regionCount(); r++) {
            monitors.add(newMonitor(table.regionName(r)));
        }
        log = new OutageLog(table.regionCount());
    }

    /**
     * Returns routing attached to a kernel, with every region up and healthy.
     *
     * @param kernel the run's kernel, whose seed fixes check phases and resolver caches
     * @param config the routing configuration
     * @return the routing
     */
    public static GlobalRouting start(SimulationKernel kernel, RoutingConfig config) {
        return start(kernel, config, NetworkLatency.standard());
    }

    /**
     * Returns routing attached to a kernel, measuring distances with the given latency model.
     *
     * @param kernel the run's kernel
     * @param config the routing configuration
     * @param latency the round-trip model between client locations and regions
     * @return the routing
     */
    public static GlobalRouting start(
            SimulationKernel kernel, RoutingConfig config, NetworkLatency latency) {
        return new GlobalRouting(
                Objects.requireNonNull(kernel, "kernel"),
                Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(latency, "latency"));
    }

    /**
     * Records that a serving region stopped serving at the kernel's current time.
     *
     * @param region the region's id
     * @throws io.devopssim.core.InvalidInputException if no serving region has that id
     */
    public void regionFailed(String region) {
        int r = regionIndex(region);
        HealthMonitor monitor = monitors.get(r);
        if (monitor.isUp()) {
            log.started(r, kernel.now());
            monitor.fail(kernel);
        }
    }

    /**
     * Records that a serving region serves again from the kernel's current time.
     *
     * @param region the region's id
     * @throws io.devopssim.core.InvalidInputException if no serving region has that id
     */
    public void regionRestored(String region) {
        int r = regionIndex(region);
        HealthMonitor monitor = monitors.get(r);
        if (!monitor.isUp()) {
            log.ended(r, kernel.now());
            monitor.restore(kernel);
        }
    }

    /**
     * Makes routing follow the kernel's failure events, failing and restoring serving regions.
     *
     * <p>A serving region fails when its region component goes down, by a region or cloud outage,
     * and is restored when it comes back up. Regions are matched by id with the topology's region
     * names; other regions are ignored. Zone, node and pod failures do not change routing, even
     * when they take every zone of a region down; {@link #followFailures(Topology)} counts that
     * case as a region outage.
     */
    public void followFailures() {
        kernel.addListener(FailureStarted.class, e -> regions(e).forEach(this::regionFailed));
        kernel.addListener(FailureRecovered.class, e -> regions(e).forEach(this::regionRestored));
    }

    /**
     * Makes routing follow the kernel's failure events, counting a region whose zones are all down
     * as down.
     *
     * <p>A serving region fails when its region component goes down (a region or cloud outage), or
     * when every zone the topology lists for it is down: by zone outages, or, for a zone with
     * nodes, by node failures covering all of them. It is restored as soon as the region and one of
     * its zones are up again; overlapping failures are counted as the failure injector counts them.
     * Health checks then detect the change as for a region outage. Regions are matched by id with
     * the topology's region names; other regions are ignored.
     *
     * @param topology where the serving regions' pods run, such as the failure plan's
     */
    public void followFailures(Topology topology) {
        RegionOutages outages = new RegionOutages(Objects.requireNonNull(topology, "topology"));
        kernel.addListener(FailureEvent.class, e -> follow(outages, e));
    }

    private void follow(RegionOutages outages, FailureEvent event) {
        for (String region : outages.apply(event)) {
            if (table.regionIndex(region).isEmpty()) {
                continue;
            }
            if (outages.isDown(region)) {
                regionFailed(region);
            } else {
                regionRestored(region);
            }
        }
    }

    /**
     * Returns whether a region is serving.
     *
     * @param region the region's id
     * @return true unless it failed and has not been restored
     */
    public boolean isUp(String region) {
        return monitors.get(regionIndex(region)).isUp();
    }

    /**
     * Returns whether health checks currently consider a region healthy.
     *
     * @param region the region's id
     * @return the checks' verdict, which lags {@link #isUp}
     */
    public boolean isHealthy(String region) {
        return monitors.get(regionIndex(region)).isHealthy();
    }

    /**
     * Returns the share of a source's traffic going to each region at a time already simulated.
     *
     * @param source the source's name
     * @param time simulated seconds, at most {@link SimulationKernel#now()} for a final answer
     * @return the share per region id, in configuration order, summing to 1
     */
    public Map<String, Double> split(String source, double time) {
        return named(histories[sourceIndex(source)].splitAt(time));
    }

    /**
     * Returns the share of a source's traffic going to one region at a time.
     *
     * @param source the source's name
     * @param region the region's id
     * @param time simulated seconds
     * @return the share, in [0, 1]
     */
    public double share(String source, String region, double time) {
        return histories[sourceIndex(source)].shareAt(regionIndex(region), time);
    }

    /**
     * Returns a source's request rate at a time: its share of the mean times its diurnal factor.
     *
     * @param source the source's name
     * @param time simulated seconds
     * @return requests per second
     */
    public double rateRps(String source, double time) {
        return rate(sourceIndex(source), time);
    }

    /**
     * Returns the split a source's answer would have if the given regions were unhealthy.
     *
     * <p>It is the answer once every cache has followed, whatever the current state; planners use
     * it to tell where a failed region's traffic goes. With every region unhealthy, answers fail
     * open as they do in the run.
     *
     * @param source the source's name
     * @param unhealthy the ids of the regions considered unhealthy; unknown ids are rejected
     * @return the share per region id, in configuration order, summing to 1
     */
    public Map<String, Double> answerWithout(String source, Set<String> unhealthy) {
        boolean[] healthy = new boolean[table.regionCount()];
        Arrays.fill(healthy, true);
        for (String region : unhealthy) {
            healthy[regionIndex(region)] = false;
        }
        return named(table.answer(sourceIndex(source), healthy));
    }

    /**
     * Returns the network round trip from a source to a region.
     *
     * @param source the source's name
     * @param region the region's id
     * @return milliseconds
     */
    public double roundTripMillis(String source, String region) {
        return table.rttMillis(sourceIndex(source), regionIndex(region));
    }

    /**
     * Returns what a region's failure at {@code failedAt} did to traffic, up to {@code until}.
     *
     * @param region the failed region's id
     * @param failedAt when it failed; an outage of the region must start then
     * @param until the end of the analysis, at most {@link SimulationKernel#now()}
     * @param stepSeconds the resolution of the time series and of the failed-request integral
     * @return the report
     * @throws IllegalArgumentException if no outage of the region starts at {@code failedAt}
     */
    public FailoverReport report(String region, double failedAt, double until, double stepSeconds) {
        int r = regionIndex(region);
        double[] outage = log.outageStartingAt(r, failedAt, region);
        if (!(stepSeconds > 0) || !(until >= failedAt)) {
            throw new IllegalArgumentException(
                    "need stepSeconds > 0 and until >= failedAt, were "
                            + stepSeconds
                            + ", "
                            + until);
        }
        OptionalDouble detectedAt = log.firstDetection(r, failedAt);
        return new FailoverAnalysis(this, r, outage, detectedAt, until, stepSeconds).report();
    }

    private List<String> regions(FailureEvent event) {
        return event.changed(Level.REGION).stream()
                .filter(name -> table.regionIndex(name).isPresent())
                .toList();
    }

    private Map<String, Double> named(double[] split) {
        Map<String, Double> named = new LinkedHashMap<>();
        for (int r = 0; r < split.length; r++) {
            named.put(table.regionName(r), split[r]);
        }
        return named;
    }

    RoutingConfig config() {
        return config;
    }

    RouteTable table() {
        return table;
    }

    AnswerHistory history(int source) {
        return histories[source];
    }

    double rate(int source, double time) {
        ClientSource s = config.sources().get(source);
        Instant at = config.runStart().plusNanos(Math.round(time * 1e9));
        return config.meanRps() * s.share() * s.rateFactor(at);
    }

    private HealthMonitor newMonitor(String region) {
        HealthCheck check = config.healthCheck();
        double phase =
                check.phaseSeconds().isPresent()
                        ? check.phaseSeconds().getAsDouble()
                        : kernel.random("routing/health/" + region).nextDouble()
                                * check.intervalSeconds();
        return new HealthMonitor(region, check, phase, new Verdicts());
    }

    private void updateAnswers() {
        boolean[] healthy = new boolean[monitors.size()];
        for (int r = 0; r < healthy.length; r++) {
            healthy[r] = monitors.get(r).isHealthy();
        }
        for (int s = 0; s < histories.length; s++) {
            double[] answer = table.answer(s, healthy);
            if (!Arrays.equals(answer, histories[s].current())) {
                Shift shift = newShift(s);
                histories[s].change(answer, shift);
                String name = config.sources().get(s).name();
                kernel.publish(
                        new RoutingAnswerChanged(
                                kernel.now(), name, named(answer), shift.doneAt()));
            }
        }
    }

    private Shift newShift(int source) {
        if (config.policy().usesDns()) {
            return resolvers[source].shiftAt(kernel.now());
        }
        return new LinearShift(kernel.now(), config.anycast().convergenceSeconds());
    }

    private double updateDelay() {
        return config.policy().usesDns() ? config.dns().propagationSeconds() : 0;
    }

    private int regionIndex(String region) {
        Objects.requireNonNull(region, "region");
        return table.regionIndex(region)
                .orElseThrow(() -> unknown("region", region, table.regionNames()));
    }

    private int sourceIndex(String source) {
        Objects.requireNonNull(source, "source");
        return table.sourceIndex(source)
                .orElseThrow(() -> unknown("source", source, table.sourceNames()));
    }

    private static InvalidInputException unknown(String what, String name, List<String> known) {
        Problems problems = new Problems();
        new Bounds(problems, "").known(what, name, what, known);
        return new InvalidInputException("routing", problems.list());
    }

    /** Turns health verdicts into events and answer updates. */
    private final class Verdicts implements HealthMonitor.Verdicts {
        @Override
        public void markedUnhealthy(HealthMonitor monitor, double failedAt) {
            int r = regionIndex(monitor.region());
            log.detected(r, kernel.now());
            kernel.publish(new RegionMarkedUnhealthy(kernel.now(), monitor.region(), failedAt));
            kernel.schedule(updateDelay(), k -> updateAnswers());
        }

        @Override
        public void markedHealthy(HealthMonitor monitor, double restoredAt) {
            kernel.publish(new RegionMarkedHealthy(kernel.now(), monitor.region(), restoredAt));
            kernel.schedule(updateDelay(), k -> updateAnswers());
        }
    }
}
