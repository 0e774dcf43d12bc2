package io.devopssim.core.discrete;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.Arrays;

/** The mutable state of one run of {@link CspAutoscaleScenario}; see there for the rules. */
final class CspAutoscaleRun {

    static final double HORIZON = 3_600;
    static final double CHECK_INTERVAL = 30;
    static final double BATCH_INTERVAL = 60;
    static final int BATCHES = 60;
    static final double IDLE_LIMIT = 120;
    static final double BUSY_THRESHOLD = 0.8;
    static final int VM_CORES = 2;
    static final int HOST_CORES = 40;
    static final int HOST_MEMORY_GIB = 160;
    static final int VM_MEMORY_GIB = 8;

    private final int hosts;
    private final CspReadings readings;
    private final int maxVms;
    private final SimulationKernel kernel = SimulationKernel.create(0L);
    private final ProcessorSharingPool pool;
    private final FirstFitHosts placement;

    private int[] hostOf = new int[64];
    private long[] routedAtLastAsk = new long[64];
    private long[] idleExpiry = new long[64];

    private long routed;
    private long finished;
    private int roundRobin = -1;
    private int added;
    private int destroyed;
    private int peakVms;
    private long otherEvents;

    CspAutoscaleRun(int hosts, CspReadings readings) {
        this.hosts = hosts;
        this.readings = readings;
        int perHost = Math.min(HOST_CORES / VM_CORES, HOST_MEMORY_GIB / VM_MEMORY_GIB);
        this.maxVms = perHost * hosts;
        this.pool = ProcessorSharingPool.create(kernel, BUSY_THRESHOLD, this::completed);
        this.placement = new FirstFitHosts(hosts, perHost);
    }

    CspAutoscaleOutcome run() {
        // Every 30-s instant is scheduled before anything else, so it runs first at its time.
        int ticks = (int) (HORIZON / CHECK_INTERVAL);
        for (int k = 0; k <= ticks; k++) {
            int tick = k;
            kernel.scheduleAt(k * CHECK_INTERVAL, kernel -> tick(tick));
        }
        for (int i = 0; i < 10 * hosts; i++) {
            startVm();
        }
        kernel.runUntil(HORIZON);

        long events = otherEvents + pool.completionEvents();
        return new CspAutoscaleOutcome(
                hosts, routed, finished, added, destroyed, peakVms, pool.runningVms(), events);
    }

    private void tick(int k) {
        otherEvents++;
        if (readings.checkSeesCompletions()) {
            // Completions due now were scheduled earlier, so they run before this event.
            kernel.schedule(0, kernel -> instant(k));
        } else {
            instant(k);
        }
    }

    /** Handles one 30-s instant: the batch, the scale-out check and the VMs it asks for. */
    private void instant(int k) {
        double now = k * CHECK_INTERVAL;
        int batch = (int) Math.round(now / BATCH_INTERVAL);
        boolean check = k > 0;
        int asked = check && !readings.checkSeesArrivals() ? askForVms() : 0;
        if (batch * BATCH_INTERVAL == now && batch < BATCHES) {
            routeBatch(batch);
        }
        if (check && readings.checkSeesArrivals()) {
            asked = askForVms();
        }
        startVms(asked);
    }

    private void startVms(int count) {
        for (int i = 0; i < count; i++) {
            startVm();
            added++;
        }
    }

    /** Returns the batch size round(4·H·(1 + 0.5·sin(2π·m/60))). */
    static long batchSize(int hosts, int m) {
        return Math.round(4.0 * hosts * (1 + 0.5 * Math.sin(2 * Math.PI * m / BATCHES)));
    }

    /** Returns the work of request {@code i}: 240 + 30·(i mod 5) core-seconds. */
    static double work(long i) {
        return 240 + 30 * (i % 5);
    }

    private void routeBatch(int m) {
        long size = batchSize(hosts, m);
        if (size > 0 && pool.runningVms() == 0) {
            throw new IllegalStateException("no running VM to route batch " + m + " to");
        }
        for (long n = 0; n < size; n++) {
            roundRobin = (roundRobin + 1) % pool.runningVms();
            int vm = pool.runningVmAt(roundRobin);
            pool.submit(vm, work(routed++));
            if (idleExpiry[vm] >= 0) {
                kernel.cancel(idleExpiry[vm]);
                idleExpiry[vm] = -1;
            }
        }
    }

    private int askForVms() {
        int[] pending = {0};
        pool.forEachBusyVm(
                vm -> {
                    if (routed > routedAtLastAsk[vm] && pool.runningVms() + pending[0] < maxVms) {
                        pending[0]++;
                        routedAtLastAsk[vm] = routed;
                    }
                });
        return pending[0];
    }

    private void startVm() {
        int host = placement.place();
        int vm = pool.addVm(VM_CORES);
        ensureCapacity(vm);
        hostOf[vm] = host;
        routedAtLastAsk[vm] = 0;
        idleExpiry[vm] = -1;
        if (readings.idleFromStart()) {
            idleExpiry[vm] = kernel.schedule(IDLE_LIMIT, kernel -> expire(vm));
        }
        peakVms = Math.max(peakVms, pool.runningVms());
    }

    private void completed(int vm, long job, double time) {
        finished++;
        if (pool.jobCount(vm) == 0 && idleExpiry[vm] < 0) {
            idleExpiry[vm] = kernel.schedule(IDLE_LIMIT, kernel -> expire(vm));
        }
    }

    private void expire(int vm) {
        otherEvents++;
        idleExpiry[vm] = -1;
        pool.removeVm(vm);
        placement.release(hostOf[vm]);
        destroyed++;
    }

    private void ensureCapacity(int vm) {
        if (vm < hostOf.length) {
            return;
        }
        int size = Math.multiplyExact(hostOf.length, 2);
        hostOf = Arrays.copyOf(hostOf, size);
        routedAtLastAsk = Arrays.copyOf(routedAtLastAsk, size);
        idleExpiry = Arrays.copyOf(idleExpiry, size);
    }
}
