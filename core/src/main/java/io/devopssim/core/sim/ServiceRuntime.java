package io.devopssim.core.sim;

import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.autoscale.Autoscaler;
import io.devopssim.core.autoscale.PodPhase;
import io.devopssim.core.autoscale.PredictiveAutoscaler;
import io.devopssim.core.autoscale.ScalingInput;
import io.devopssim.core.fluid.FluidQueue;
import io.devopssim.core.kernel.SimulationKernel;
import io.devopssim.core.load.Workload;
import io.devopssim.core.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The runtime state of one service: its pods, its queue, its autoscaler and what it has cost.
 *
 * <p>It is also the {@link ScalingInput} its autoscaler reads, so a sync allocates nothing. Pods
 * that exist at the start of a run have been running for an hour, so that they are past every
 * start-up rule of the autoscaler. A pod reports metrics once it has run for one metrics resolution
 * ({@value #METRIC_RESOLUTION_SECONDS} s, as metrics-server scrapes), and the autoscaler sees the
 * usage of the previous step.
 */
final class ServiceRuntime implements ScalingInput {

    static final double METRIC_RESOLUTION_SECONDS = 15.0;
    private static final double WARM_START = -3600.0;

    private final ServiceModel model;
    private final Workload workload;
    private final Autoscaler autoscaler;
    private final MetricBinding[] bindings;
    private final double syncPeriod;
    private final RandomGenerator startupRandom;
    private final RandomGenerator readinessRandom;
    private final ReplicaPrice price;
    private final PodTable pods;
    private final FluidQueue queue = new FluidQueue();
    private final ServiceRecorder recorder;
    private final List<ScalingDecision> decisions = new ArrayList<>();
    private final double serviceRate;
    private final double[] readySamples;
    private final double[] notReadySamples;
    private final double[] requests;
    private final PredictiveAutoscaler arrivals;
    private final MetricWatch[] watches;
    private final List<AnomalyAlert> alerts = new ArrayList<>();

    private final SimulationKernel kernel;
    private final ZonePlacer zones;
    private int unplaced;
    private PodCrashes crashes;
    private String crashRegion = "";
    private int podCrashes;
    private double now;
    private int floor;
    private double floorUntil = Double.NEGATIVE_INFINITY;
    private double nextSync;
    private int replicas;
    private int readyCount;
    private double utilisation;
    private double servedPerReadyPod;
    private double arrivalRate = Double.NaN;
    private double cost;

    /**
     * Creates the runtime of one service, or of one region of it when {@code zones} is set.
     *
     * @param epochStart the wall-clock epoch seconds simulated time 0 stands for
     * @param zones places pods on the region's zones; null for a service without placements in a
     *     model without failures
     * @param streams the prefix of the random streams of start-up and readiness
     */
    ServiceRuntime(
            ServicePlan plan,
            SimulationKernel kernel,
            ServiceRecorder recorder,
            List<WatchSpec> watchSpecs,
            double epochStart,
            ZonePlacer zones,
            String streams) {
        this.zones = zones;
        this.model = plan.model();
        this.workload = plan.workload();
        this.autoscaler = plan.autoscalers() == null ? null : plan.autoscalers().get();
        this.bindings = plan.bindings();
        this.syncPeriod = plan.syncPeriodSeconds();
        this.price = plan.price();
        this.kernel = kernel;
        this.recorder = recorder;
        this.startupRandom = kernel.random(streams + "/startup");
        this.readinessRandom = kernel.random(streams + "/readiness");
        this.pods = new PodTable(model.initialReplicas());
        this.serviceRate = model.capacityRps() / model.concurrency();
        this.readySamples = new double[bindings.length];
        this.notReadySamples = new double[bindings.length];
        this.requests = new double[bindings.length];
        for (int m = 0; m < bindings.length; m++) {
            requests[m] = bindings[m] == MetricBinding.CPU ? model.cpuRequest() : Double.NaN;
        }
        this.arrivals = autoscaler instanceof PredictiveAutoscaler p ? p : null;
        this.watches = watchSpecs.isEmpty() ? null : new MetricWatch[watchSpecs.size()];
        for (int w = 0; watches != null && w < watches.length; w++) {
            watches[w] =
                    new MetricWatch(model.name(), watchSpecs.get(w), epochStart, kernel, alerts);
        }
    }

    /** Creates the initial replicas, already started and ready. */
    void start() {
        for (int i = 0; i < model.initialReplicas(); i++) {
            int zone = zones == null ? 0 : zones.place();
            int slot = pods.add(WARM_START, WARM_START, WARM_START, zone);
            pods.markStarted(slot);
            pods.markReady(slot);
            scheduleCrash(slot, 0);
        }
        replicas = model.initialReplicas();
        readyCount = replicas;
    }

    /** Runs the autoscaler if a sync is due, then evaluates the data plane for one step. */
    void step(double time) {
        step(time, workload.rate(time));
    }

    /**
     * Runs a step with the given arrival rate, the region's share of its service's load.
     *
     * <p>The autoscaler of a region whose zones are all down does not run: its control plane is
     * down with it.
     */
    void step(double time, double rate) {
        now = time;
        if (autoscaler != null && time >= nextSync && (zones == null || !zones.allDown())) {
            sync();
            nextSync = time + syncPeriod;
        }

        arrivalRate = rate;
        if (arrivals != null) {
            arrivals.observeArrivals(time, rate, recorder.stepSeconds());
        }
        if (Double.isNaN(rate)) {
            utilisation = 0;
            servedPerReadyPod = 0;
            recorder.recordGap(time, pods.size(), readyCount);
        } else {
            int servers = readyCount * model.concurrency();
            queue.evaluate(rate, servers, serviceRate, model.requestTimeoutSeconds());
            utilisation = servers > 0 ? queue.utilisation() : 0;
            servedPerReadyPod = readyCount > 0 ? queue.servedRate() / readyCount : 0;
            recorder.record(time, queue, pods.size(), readyCount);
        }
        if (watches != null) {
            watch(time, Double.isNaN(rate));
        }
    }

    /** Hands each watched metric's value of this step to its detector. */
    private void watch(double time, boolean gap) {
        double cpu =
                readyCount > 0
                        ? (model.cpuIdle() + utilisation * cpuRange()) / model.cpuRequest()
                        : Double.NaN;
        for (MetricWatch w : watches) {
            w.observe(time, w.value(gap, queue, arrivalRate, cpu, readyCount));
        }
    }

    private void sync() {
        refreshSamples();
        int desired = bounded(autoscaler.recommend(this));
        if (desired == replicas) {
            return;
        }
        decisions.add(
                new ScalingDecision(now, model.name(), replicas, desired, autoscaler.lastReason()));
        kernel.publish(decisions.get(decisions.size() - 1));
        if (desired > replicas) {
            addPods(desired - replicas);
        } else {
            removePods(replicas - desired);
        }
        replicas = desired;
    }

    /** Computes each metric's sample for ready and not-ready pods once per sync. */
    private void refreshSamples() {
        for (int m = 0; m < bindings.length; m++) {
            readySamples[m] = sample(bindings[m], true);
            notReadySamples[m] = sample(bindings[m], false);
        }
    }

    private double sample(MetricBinding binding, boolean ready) {
        return switch (binding) {
            case CPU -> model.cpuIdle() + (ready ? utilisation : 0) * cpuRange();
            case POD_REQUESTS_PER_SECOND -> ready ? servedPerReadyPod : 0;
            case ARRIVAL_RATE -> Double.NaN;
        };
    }

    /** Returns the recommendation within the service's replica bounds; refuses a negative one. */
    private int bounded(int recommendation) {
        int least = now < floorUntil ? Math.max(floor, model.minReplicas()) : model.minReplicas();
        return ReplicaBounds.bounded(model.name(), recommendation, least, model.maxReplicas(), now);
    }

    private void addPods(int count) {
        for (int i = 0; i < count; i++) {
            int zone = zones == null ? 0 : zones.place();
            if (zone < 0) {
                unplaced += count - i;
                return;
            }
            double startAt = now + model.startup().sample(startupRandom);
            double readyAt = startAt + model.readiness().sample(readinessRandom);
            int slot = pods.add(now, startAt, readyAt, zone);
            long id = pods.id(slot);
            kernel.scheduleAt(startAt, k -> podStarted(slot, id));
            kernel.scheduleAt(readyAt, k -> podReady(slot, id));
            scheduleCrash(slot, now);
        }
    }

    /**
     * Makes the containers of this region's pods crash at random; call before {@link #start()}.
     *
     * @param crashes when containers crash, per location
     * @param region the region's id, for the crash events
     */
    void crashPods(PodCrashes crashes, String region) {
        this.crashes = crashes;
        this.crashRegion = region;
    }

    /** Returns how many containers of this service's pods have crashed so far. */
    int podCrashes() {
        return podCrashes;
    }

    /** Schedules the crash of the container started at {@code from}, if one is due. */
    private void scheduleCrash(int slot, double from) {
        if (crashes == null) {
            return;
        }
        double at = crashes.nextCrash(from, pods.zone(slot));
        if (!Double.isNaN(at)) {
            long id = pods.id(slot);
            pods.crashEvent(slot, kernel.scheduleAt(at, k -> crashed(slot, id, k.now())));
        }
    }

    /**
     * Restarts a crashed container in place, as the kubelet does with restartPolicy Always: the pod
     * stays, is not ready, and goes through start-up and readiness again.
     */
    private void crashed(int slot, long id, double time) {
        if (pods.id(slot) != id) {
            return;
        }
        boolean wasReady = pods.ready(slot);
        if (wasReady) {
            readyCount--;
        }
        podCrashes++;
        double startAt = time + model.startup().sample(crashes.random());
        double readyAt = startAt + model.readiness().sample(crashes.random());
        pods.restart(slot, startAt, readyAt);
        long restarted = pods.id(slot);
        kernel.scheduleAt(startAt, k -> podStarted(slot, restarted));
        kernel.scheduleAt(readyAt, k -> podReady(slot, restarted));
        scheduleCrash(slot, time);
        String location = zones == null ? "" : zones.name(pods.zone(slot));
        kernel.publish(new PodCrashed(time, model.name(), crashRegion, location, wasReady));
    }

    /**
     * Crashes the containers of the {@code count} newest pods, by creation time, or of every pod if
     * there are fewer; a pod still pending has no container and is not counted.
     */
    void crashNewest(int count, double time) {
        for (int i = 0; i < count; i++) {
            int newest = pods.newestStarted();
            if (newest < 0) {
                return;
            }
            if (pods.crashEvent(newest) >= 0) {
                kernel.cancel(pods.crashEvent(newest));
            }
            crashed(newest, pods.id(newest), time);
        }
    }

    private void podStarted(int slot, long id) {
        if (pods.id(slot) == id) {
            pods.markStarted(slot);
        }
    }

    private void podReady(int slot, long id) {
        if (pods.id(slot) == id) {
            pods.markReady(slot);
            readyCount++;
        }
    }

    /** Removes pods as a ReplicaSet does: pending first, then not ready, then the newest ready. */
    private void removePods(int count) {
        int pending = Math.min(count, unplaced);
        unplaced -= pending;
        for (int i = pending; i < count; i++) {
            remove(pods.removalVictim());
        }
    }

    private void remove(int victim) {
        cost += price.cost(lifetime(victim, now));
        if (pods.ready(victim)) {
            readyCount--;
        }
        if (zones != null) {
            zones.removed(pods.zone(victim));
        }
        if (pods.crashEvent(victim) >= 0) {
            kernel.cancel(pods.crashEvent(victim));
        }
        pods.remove(victim);
    }

    /**
     * Raises the desired replicas by {@code count} at {@code time}, up to the maximum, through the
     * normal start-up path; the autoscaler keeps deciding from the new count, which it may not go
     * below until {@code time + holdSeconds}.
     */
    void addReplicas(double time, int count, double holdSeconds) {
        now = time;
        int desired = Math.min(model.maxReplicas(), replicas + count);
        if (desired > replicas) {
            addPods(desired - replicas);
            replicas = desired;
        }
        floor = desired;
        floorUntil = time + holdSeconds;
    }

    /**
     * Applies zones going down or up at {@code time}: pods in down zones are gone at once, and the
     * ReplicaSet recreates the desired count in the zones that are up, through the normal start-up
     * path; pods that fit nowhere wait until a zone is up again.
     *
     * @return the number of pods removed
     */
    int reconcileZones(double time) {
        now = time;
        int removed = 0;
        for (int pos = pods.size() - 1; pos >= 0; pos--) {
            int slot = pods.slotAt(pos);
            if (zones.isDown(pods.zone(slot))) {
                remove(slot);
                removed++;
            }
        }
        int waiting = unplaced + removed;
        unplaced = 0;
        addPods(waiting);
        return removed;
    }

    ZonePlacer zones() {
        return zones;
    }

    int readyCount() {
        return readyCount;
    }

    ServiceRecorder recorder() {
        return recorder;
    }

    double arrivalRate() {
        return arrivalRate;
    }

    double utilisation() {
        return utilisation;
    }

    FluidQueue queue() {
        return queue;
    }

    /** Bills the pods still running at the end of the run. */
    void finish(double end) {
        for (int pos = 0; pos < pods.size(); pos++) {
            int slot = pods.slotAt(pos);
            cost += price.cost(lifetime(slot, end));
        }
    }

    /** Returns how long the pod in {@code slot} has run by {@code time}, counted from 0. */
    private double lifetime(int slot, double time) {
        return time - Math.max(0, pods.createdAt(slot));
    }

    ServiceResult result(String provider, String region) {
        TimeSeries series = recorder.series();
        return new ServiceResult(
                model.name(),
                provider,
                region,
                model.instanceType(),
                price,
                recorder.arrived(),
                recorder.served(),
                recorder.dropped(),
                recorder.availability(),
                recorder.latencyAttainment(),
                recorder.violatedSeconds(),
                recorder.gapSeconds(),
                recorder.latency(),
                recorder.replicaSeconds(),
                recorder.peakReplicas(),
                cost,
                decisions,
                Optional.ofNullable(series),
                alerts,
                List.of(),
                List.of(),
                recorder.failedByDataTier());
    }

    @Override
    public double time() {
        return now;
    }

    @Override
    public int currentReplicas() {
        return replicas;
    }

    @Override
    public int podCount() {
        return pods.size();
    }

    @Override
    public PodPhase podPhase(int pod) {
        return pods.started(pods.slotAt(pod)) ? PodPhase.RUNNING : PodPhase.PENDING;
    }

    @Override
    public boolean podReady(int pod) {
        return pods.ready(pods.slotAt(pod));
    }

    @Override
    public double podStartTime(int pod) {
        int slot = pods.slotAt(pod);
        return pods.started(slot) ? pods.startAt(slot) : Double.NaN;
    }

    @Override
    public double podReadyTransitionTime(int pod) {
        int slot = pods.slotAt(pod);
        if (pods.ready(slot)) {
            return pods.readyAt(slot);
        }
        return pods.started(slot) ? pods.startAt(slot) : Double.NaN;
    }

    @Override
    public double podMetric(int metric, int pod) {
        int slot = pods.slotAt(pod);
        if (!pods.started(slot) || now - pods.startAt(slot) < METRIC_RESOLUTION_SECONDS) {
            return Double.NaN;
        }
        return pods.ready(slot) ? readySamples[metric] : notReadySamples[metric];
    }

    private double cpuRange() {
        return model.cpuAtCapacity() - model.cpuIdle();
    }

    @Override
    public double podRequest(int metric, int pod) {
        return requests[metric];
    }

    @Override
    public double externalMetric(int metric) {
        return bindings[metric] == MetricBinding.ARRIVAL_RATE ? arrivalRate : Double.NaN;
    }
}
