package io.devopssim.core.sim;

import io.devopssim.core.failure.Component;
import io.devopssim.core.failure.FailurePlan;
import io.devopssim.core.failure.FailureRecovered;
import io.devopssim.core.failure.FailureStarted;
import io.devopssim.core.failure.Level;
import io.devopssim.core.failure.ScheduledFailure;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ServiceModel;
import io.devopssim.core.model.Slo;
import io.devopssim.core.routing.ClientSource;
import io.devopssim.core.routing.GlobalRouting;
import io.devopssim.core.routing.RegionMarkedUnhealthy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A service placed in regions: one {@link ServiceRuntime} per region, fed by global routing.
 *
 * <p>Every step the service's load is split by routing's current shares: the share of each source
 * (its fixed share of the global trace) times the fraction of it answered with each region. Traffic
 * routed to a region that is down (itself, or in every zone or node the service has there) fails
 * and is counted apart. Failures remove the pods of the zones they take down at once; each region's
 * ReplicaSet recreates them in its zones still up, or waits until one is up again.
 *
 * <p>Users see the network round trip from their source to the region that answers them on top of
 * the region's queueing response time: each region records, per step, the mixture of its response
 * times shifted by the round trip of each source, weighted by the source's share of its traffic.
 */
final class RegionalService {

    private final ServiceModel model;
    private final Workload workload;
    private final List<RegionPlan> plans;
    private final ServiceRuntime[] regions;
    private final String[] names;
    private final boolean[] regionDown;
    private final boolean[] down;
    private final GlobalRouting routing;
    private final String[] sources;
    private final double[] weights;
    private final double[][] rtt;
    private final double[] shares;
    private final double[] rttShares;
    private final double[] routed;
    private final double[] failed;
    private final double[] rttSum;
    private final double[][] delays;
    private final double[][] fractions;
    private final ServiceRecorder total;
    private final double step;
    private final double[] values = new double[5];
    private final FailoverTracker failovers;
    private double splitTime = Double.NaN;
    private final RecoveredCapacity recovered;

    RegionalService(
            ServicePlan plan,
            List<RegionPlan> plans,
            SimulationKernel kernel,
            GlobalRouting routing,
            List<ClientSource> routedSources,
            RecorderFactory recorders) {
        this.model = plan.model();
        this.workload = plan.workload();
        this.plans = List.copyOf(plans);
        this.step = recorders.step();
        this.total = recorders.create();
        int n = plans.size();
        regions = new ServiceRuntime[n];
        names = new String[n];
        for (int r = 0; r < n; r++) {
            RegionPlan rp = plans.get(r);
            names[r] = rp.location().id();
            String streams = "service/" + model.name() + "/" + names[r];
            regions[r] =
                    new ServiceRuntime(
                            rp.plan(),
                            kernel,
                            recorders.create(),
                            List.of(),
                            0,
                            ZonePlacer.onNodes(
                                    rp.zones(),
                                    rp.placement().nodesPerZone(),
                                    rp.placement()::nodes),
                            streams);
        }
        regionDown = new boolean[n];
        down = new boolean[n];
        this.routing = n >= 2 ? routing : null;
        List<ClientSource> list = this.routing == null ? List.of() : routedSources;
        sources = list.stream().map(ClientSource::name).toArray(String[]::new);
        weights = list.stream().mapToDouble(ClientSource::share).toArray();
        rtt = new double[sources.length][n];
        for (int s = 0; s < sources.length; s++) {
            for (int r = 0; r < n; r++) {
                rtt[s][r] = this.routing.roundTripMillis(sources[s], names[r]);
            }
        }
        shares = new double[n];
        rttShares = new double[n];
        routed = new double[n];
        failed = new double[n];
        rttSum = new double[n];
        delays = new double[n][sources.length];
        fractions = new double[n][sources.length];
        for (int r = 0; r < n; r++) {
            for (int s = 0; s < sources.length; s++) {
                delays[r][s] = rtt[s][r] / 1000.0;
            }
            if (sources.length > 0) {
                regions[r].recorder().networkMix(delays[r], fractions[r], sources.length);
            }
        }
        failovers = new FailoverTracker(this.routing);
        recovered = new RecoveredCapacity(model, this.routing, names, sources, weights);
        kernel.addListener(FailureStarted.class, this::failureStarted);
        kernel.addListener(FailureRecovered.class, this::failureRecovered);
        kernel.addListener(RegionMarkedUnhealthy.class, failovers::detected);
    }

    /**
     * Makes the containers of each region's pods crash as the plan's random pod-crash entries say:
     * the first entry whose scope covers a zone or node sets its MTBF there. Scheduled pod crashes
     * naming this service crash their count of newest pods at their time.
     */
    void crashPods(FailurePlan plan, List<ScheduledFailure> podCrashes, SimulationKernel kernel) {
        for (int r = 0; r < regions.length; r++) {
            List<ScheduledFailure> scheduled =
                    PodCrashSetup.aimedAt(podCrashes, model.name(), names[r], regions.length == 1);
            String stream = "failure/pod-crash/" + model.name() + "/" + names[r];
            PodCrashSetup.arm(regions[r], names[r], plan, scheduled, stream, kernel);
        }
    }

    /** Runs {@code action} once, when routing first marks its failed region unhealthy. */
    void onDetection(FailoverAction action, SimulationKernel kernel) {
        int target = indexOf(action.region());
        boolean[] done = new boolean[1];
        kernel.addListener(
                RegionMarkedUnhealthy.class,
                e -> {
                    if (!done[0] && e.region().equals(action.failedRegion())) {
                        done[0] = true;
                        regions[target].addReplicas(
                                e.time(), action.replicas(), action.holdSeconds());
                    }
                });
    }

    void start() {
        for (ServiceRuntime r : regions) {
            r.start();
        }
    }

    /**
     * Returns the requests per second at {@code time} that reach this service's regions still up,
     * as routing splits them: the load its data tier sees; 0 in a gap of the trace.
     */
    double liveRate(double time) {
        double rate = workload.rate(time);
        if (!(rate > 0)) {
            return 0;
        }
        splitAt(time);
        double live = 0;
        for (int r = 0; r < regions.length; r++) {
            live += down[r] ? 0 : shares[r];
        }
        return rate * live;
    }

    /** Returns the requests the data tier failed in every region this step. */
    double lastFailedByDataTier() {
        double failedNow = 0;
        for (ServiceRuntime r : regions) {
            failedNow += r.recorder().lastFailedByDataTier();
        }
        return failedNow;
    }

    /**
     * Runs one step of every region.
     *
     * @param dataTierShare the share of the requests the regions serve that the data tier fails
     */
    void step(double time, double dataTierShare) {
        for (ServiceRuntime r : regions) {
            r.recorder().dataTierShare(dataTierShare);
        }
        double rate = workload.rate(time);
        if (Double.isNaN(rate)) {
            for (ServiceRuntime r : regions) {
                r.step(time, rate);
            }
            total.recordGap(time, placed(), ready());
            return;
        }
        splitAt(time);
        double failedNow = 0;
        double[] failedStep = new double[regions.length];
        for (int r = 0; r < regions.length; r++) {
            double requests = rate * shares[r] * step;
            routed[r] += requests;
            rttSum[r] += rate * rttShares[r] * step;
            if (down[r]) {
                regions[r].step(time, 0);
                failed[r] += requests;
                failedStep[r] = requests;
                failedNow += requests;
            } else {
                regions[r].step(time, rate * shares[r]);
            }
        }
        recordTotals(time, failedNow);
        ToDoubleFunction<String> failedIn =
                region -> indexOf(region) >= 0 ? failedStep[indexOf(region)] : 0;
        // A step without requests meets the SLO vacuously: it is no evidence of recovery.
        boolean recovered = total.lastArrived() > 0 && total.lastStepMet();
        failovers.step(time, recovered, failedIn, () -> capacityEnough(rate));
    }

    /** Returns whether the regions still up have recovered capacity ({@link RecoveredCapacity}). */
    private boolean capacityEnough(double rate) {
        int[] ready = new int[regions.length];
        for (int r = 0; r < regions.length; r++) {
            ready[r] = regions[r].readyCount();
        }
        return recovered.enough(rate, down, ready);
    }

    /** Fills the share of the load and the share-weighted round trip of every region. */
    private void splitAt(double time) {
        if (time == splitTime) {
            return; // already split for this step, by liveRate
        }
        splitTime = time;
        if (routing == null) {
            shares[0] = 1;
            rttShares[0] = Double.NaN;
            return;
        }
        for (int r = 0; r < regions.length; r++) {
            double share = 0;
            double weighted = 0;
            for (int s = 0; s < sources.length; s++) {
                double part = weights[s] * routing.share(sources[s], names[r], time);
                fractions[r][s] = part;
                share += part;
                weighted += part * rtt[s][r];
            }
            shares[r] = share;
            rttShares[r] = weighted;
            for (int s = 0; s < sources.length; s++) {
                fractions[r][s] = share > 0 ? fractions[r][s] / share : 0;
            }
        }
    }

    private void recordTotals(double time, double failedNow) {
        double arrived = failedNow;
        double served = 0;
        double dropped = 0;
        double slow = 0;
        double busy = 0;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        for (int i = 0; i < regions.length; i++) {
            ServiceRuntime r = regions[i];
            ServiceRecorder rec = r.recorder();
            arrived += rec.lastArrived();
            served += rec.lastServed();
            dropped += rec.lastDropped();
            slow += rec.lastSlow();
            busy += r.utilisation() * r.readyCount();
            if (r.queue().servedRate() > 0 && rec.lastServed() > 0) {
                double delay = meanDelay(i);
                p50 = max(p50, r.queue().responseTimeQuantile(0.5) + delay);
                p99 = max(p99, r.queue().responseTimeQuantile(0.99) + delay);
            }
        }
        int ready = ready();
        values[0] = placed();
        values[1] = ready;
        values[2] = ready > 0 ? busy / ready : 0;
        values[3] = p50;
        values[4] = p99;
        total.recordTotals(time, arrived, served, dropped, slow, values);
    }

    /**
     * Returns the mean round trip of a region's traffic this step in seconds, 0 without routing.
     */
    private double meanDelay(int r) {
        return routing != null && shares[r] > 0 ? rttShares[r] / shares[r] / 1000.0 : 0;
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Math.max(a, b);
    }

    private int placed() {
        int count = 0;
        for (ServiceRuntime r : regions) {
            count += r.podCount();
        }
        return count;
    }

    private int ready() {
        int count = 0;
        for (ServiceRuntime r : regions) {
            count += r.readyCount();
        }
        return count;
    }

    private void failureStarted(FailureStarted e) {
        boolean touched = mark(e.changed(Level.REGION), locations(e.changed()), true);
        if (!touched) {
            return;
        }
        List<String> failedRegions = new ArrayList<>();
        for (String region : e.changed(Level.REGION)) {
            if (indexOf(region) >= 0) {
                failedRegions.add(region);
            }
        }
        for (String region : refreshDown()) {
            if (!failedRegions.contains(region)) {
                failedRegions.add(region);
            }
        }
        reconcile(e.time());
        String what = e.kind().label() + " " + e.target().name();
        failovers.open(e.failureId(), what, failedRegions, e.time());
    }

    private void failureRecovered(FailureRecovered e) {
        if (mark(e.changed(Level.REGION), locations(e.changed()), false)) {
            refreshDown();
            reconcile(e.time());
        }
        failovers.recovered(e.failureId(), e.time());
    }

    /**
     * Sets each region down while it is down itself or in every location of this service there;
     * returns the regions that went down.
     */
    private List<String> refreshDown() {
        List<String> wentDown = new ArrayList<>();
        for (int r = 0; r < regions.length; r++) {
            boolean now = regionDown[r] || regions[r].zones().allDown();
            if (now && !down[r]) {
                wentDown.add(names[r]);
            }
            down[r] = now;
        }
        return wentDown;
    }

    /** Returns the zones and nodes among changed components: what pods are placed on. */
    private static List<String> locations(List<Component> changed) {
        List<String> names = new ArrayList<>();
        for (Component c : changed) {
            if (c.level() == Level.ZONE || c.level() == Level.NODE) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Marks regions and locations down or up; returns whether any of this service's changed. */
    private boolean mark(
            List<String> changedRegions, List<String> changedLocations, boolean isDown) {
        boolean touched = false;
        for (String region : changedRegions) {
            int r = indexOf(region);
            if (r >= 0) {
                regionDown[r] = isDown;
                touched = true;
            }
        }
        for (String location : changedLocations) {
            for (ServiceRuntime r : regions) {
                touched |= r.zones().mark(location, isDown);
            }
        }
        return touched;
    }

    private void reconcile(double time) {
        for (ServiceRuntime r : regions) {
            r.reconcileZones(time);
        }
    }

    private int indexOf(String region) {
        for (int r = 0; r < names.length; r++) {
            if (names[r].equals(region)) {
                return r;
            }
        }
        return -1;
    }

    void finish(double end) {
        for (ServiceRuntime r : regions) {
            r.finish(end);
        }
    }

    ServiceResult result(Slo slo, double end) {
        List<RegionResult> results = new ArrayList<>();
        List<ScalingDecision> decisions = new ArrayList<>();
        double dropped = 0;
        double cost = 0;
        double failedByDataTier = 0;
        for (int r = 0; r < regions.length; r++) {
            RegionPlan rp = plans.get(r);
            ServiceResult s = regions[r].result(rp.placement().provider(), names[r]);
            total.absorbLatencies(regions[r].recorder());
            results.add(regionResult(r, rp, s));
            decisions.addAll(s.decisions());
            dropped += s.droppedRequests();
            cost += s.cost();
            failedByDataTier += s.failedByDataTierRequests();
        }
        decisions.sort(Comparator.comparingDouble(ScalingDecision::time));
        ServiceResult first = regions[0].result(plans.get(0).placement().provider(), names[0]);
        return new ServiceResult(
                model.name(),
                first.provider(),
                first.region(),
                first.instanceType(),
                first.price(),
                total.arrived(),
                total.served(),
                dropped,
                total.availability(),
                total.latencyAttainment(),
                total.violatedSeconds(),
                total.gapSeconds(),
                total.latency(),
                total.replicaSeconds(),
                total.peakReplicas(),
                cost,
                decisions,
                Optional.ofNullable(total.series()),
                List.of(),
                results,
                failovers.results(end, step),
                failedByDataTier);
    }

    private RegionResult regionResult(int r, RegionPlan rp, ServiceResult s) {
        double requests = s.arrivedRequests() + failed[r];
        double network = routing != null && routed[r] > 0 ? rttSum[r] / routed[r] : Double.NaN;
        return new RegionResult(
                rp.placement().provider(),
                names[r],
                rp.zones(),
                s.instanceType(),
                s.price(),
                requests,
                s.servedRequests(),
                s.droppedRequests(),
                failed[r],
                s.failedByDataTierRequests(),
                network,
                s.replicaSeconds(),
                s.peakReplicas(),
                s.cost(),
                s.decisions(),
                s.series(),
                regions[r].podCrashes());
    }

    /** Makes the recorders of a run: one for the service's totals and one per region. */
    interface RecorderFactory {
        ServiceRecorder create();

        double step();
    }
}
