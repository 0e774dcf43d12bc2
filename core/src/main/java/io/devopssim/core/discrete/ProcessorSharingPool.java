package io.devopssim.core.discrete;

import io.devopssim.core.kernel.SimulationKernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Runs jobs on a pool of VMs whose cores the jobs of each VM share fairly, on a simulation kernel.
 *
 * <p>A VM with c cores and n running jobs gives each job one core when n &le; c and c/n of a core
 * when n &gt; c (processor sharing). A job needs an amount of work in core-seconds; it finishes
 * when it has attained it, and its completion is a kernel event reported to the {@link
 * CompletionListener}. The VM's utilisation is min(n, c)/c.
 *
 * <p><b>Cost.</b> Each VM has one pending completion event, rescheduled when its job count changes
 * (the kernel's lazy cancellation makes that cheap), and a virtual clock of attained work with a
 * min-heap of finishing readings, so a submission or a completion costs O(log n) and never walks
 * the VM's jobs or the fleet. The running, busy (utilisation above the pool's threshold) and idle
 * VMs are kept in Fenwick trees in creation order: counting them is O(1), the k-th running VM is
 * found in O(log n) and walking the busy or idle VMs costs O(log n) per VM visited.
 *
 * <p>VM ids are dense integers in creation order, starting at zero, and are never reused. Jobs
 * finishing at the same instant on one VM are reported in no particular order among themselves, but
 * the same inputs always give the same order.
 *
 * <p><b>Limitations.</b> A VM can be removed only when it is idle; jobs never migrate; all cores of
 * a VM are equally fast and a job uses at most one core.
 */
public final class ProcessorSharingPool {

    private final SimulationKernel kernel;
    private final double busyThreshold;
    private final CompletionListener listener;

    private final List<SharedVm> vms = new ArrayList<>();
    private final IndexTree running = new IndexTree(64);
    private final IndexTree busy = new IndexTree(64);
    private final IndexTree idle = new IndexTree(64);
    private long[] finishedScratch = new long[8];

    private long nextJobId;
    private long completionEvents;
    private long completedJobs;

    private ProcessorSharingPool(
            SimulationKernel kernel, double busyThreshold, CompletionListener listener) {
        this.kernel = kernel;
        this.busyThreshold = busyThreshold;
        this.listener = listener;
    }

    /**
     * Returns an empty pool on {@code kernel}.
     *
     * @param kernel the kernel whose clock and event queue the pool uses
     * @param busyThreshold the utilisation above which a VM counts as busy, from 0 to 1
     * @param listener told about every job completion
     * @return the pool
     * @throws IllegalArgumentException if the threshold is NaN or outside [0, 1]
     */
    public static ProcessorSharingPool create(
            SimulationKernel kernel, double busyThreshold, CompletionListener listener) {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(listener, "listener");
        if (!(busyThreshold >= 0 && busyThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "busyThreshold must be a utilisation from 0 to 1, was " + busyThreshold);
        }
        return new ProcessorSharingPool(kernel, busyThreshold, listener);
    }

    /**
     * Adds a running, idle VM with {@code cores} cores at the kernel's current time.
     *
     * @param cores the VM's cores, at least 1
     * @return the new VM's id, one more than the previous VM's
     * @throws IllegalArgumentException if cores is below 1
     */
    public int addVm(int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, was " + cores);
        }
        int id = vms.size();
        vms.add(new SharedVm(id, cores, kernel.now(), this));
        running.add(id, 1);
        idle.add(id, 1);
        return id;
    }

    /**
     * Removes an idle VM from the pool; its id is not reused.
     *
     * @param vm the VM's id
     * @throws IllegalArgumentException if the id is unknown
     * @throws IllegalStateException if the VM was already removed or still has jobs
     */
    public void removeVm(int vm) {
        SharedVm target = runningVm(vm);
        if (target.jobCount() > 0) {
            throw new IllegalStateException(
                    "VM " + vm + " still has " + target.jobCount() + " jobs; remove it when idle");
        }
        target.running = false;
        running.add(vm, -1);
        idle.add(vm, -1);
    }

    /**
     * Starts a job of {@code work} core-seconds on a VM at the kernel's current time.
     *
     * @param vm the VM's id
     * @param work the job's work in core-seconds, finite and above zero
     * @return the job's id, unique in this pool
     * @throws IllegalArgumentException if the VM is unknown or the work is not a positive number
     * @throws IllegalStateException if the VM was removed
     */
    public long submit(int vm, double work) {
        if (!(work > 0) || work == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "work must be a finite number of core-seconds > 0, was " + work);
        }
        SharedVm target = runningVm(vm);
        double wasUtilisation = target.utilisation();
        target.advance(kernel.now());
        long id = nextJobId++;
        target.add(id, work);
        reindex(target, wasUtilisation, target.jobCount() - 1);
        reschedule(target);
        return id;
    }

    /**
     * Returns the number of jobs running on a VM.
     *
     * @param vm the VM's id
     * @return the job count, zero for a removed VM
     * @throws IllegalArgumentException if the id is unknown
     */
    public int jobCount(int vm) {
        return vm(vm).jobCount();
    }

    /**
     * Returns a VM's utilisation: the share of its cores its jobs use, min(n, cores) / cores.
     *
     * @param vm the VM's id
     * @return the utilisation from 0 to 1, zero for a removed VM
     * @throws IllegalArgumentException if the id is unknown
     */
    public double utilisation(int vm) {
        return vm(vm).utilisation();
    }

    /**
     * Returns whether a VM is in the pool, not removed.
     *
     * @param vm the VM's id
     * @return true until {@link #removeVm} removes it
     * @throws IllegalArgumentException if the id is unknown
     */
    public boolean isRunning(int vm) {
        return vm(vm).running;
    }

    /**
     * Returns the number of VMs ever added, running or removed.
     *
     * @return the count of VM ids issued
     */
    public int vmsCreated() {
        return vms.size();
    }

    /**
     * Returns the number of VMs in the pool.
     *
     * @return the running VMs
     */
    public int runningVms() {
        return running.total();
    }

    /**
     * Returns the running VM at a position in creation order, in O(log n).
     *
     * @param index the position among the running VMs, from 0 to {@link #runningVms()} - 1
     * @return the VM's id
     * @throws IndexOutOfBoundsException if the position is outside that range
     */
    public int runningVmAt(int index) {
        Objects.checkIndex(index, running.total());
        return running.select(index + 1);
    }

    /**
     * Returns the number of VMs whose utilisation is above the pool's busy threshold.
     *
     * @return the busy VMs
     */
    public int busyVms() {
        return busy.total();
    }

    /**
     * Passes every busy VM to {@code action} in creation order, without visiting the others.
     *
     * <p>The action must not submit jobs or add or remove VMs.
     *
     * @param action receives each busy VM's id
     */
    public void forEachBusyVm(IntConsumer action) {
        forEach(busy, action);
    }

    /**
     * Returns the number of running VMs without jobs.
     *
     * @return the idle VMs
     */
    public int idleVms() {
        return idle.total();
    }

    /**
     * Passes every idle running VM to {@code action} in creation order.
     *
     * <p>The action must not submit jobs or add or remove VMs.
     *
     * @param action receives each idle VM's id
     */
    public void forEachIdleVm(IntConsumer action) {
        forEach(idle, action);
    }

    /**
     * Returns the number of jobs finished so far.
     *
     * @return the completed jobs
     */
    public long completedJobs() {
        return completedJobs;
    }

    /**
     * Returns the number of completion events the kernel has dispatched to this pool.
     *
     * @return the dispatched completion events, each finishing one job or more
     */
    public long completionEvents() {
        return completionEvents;
    }

    /** Finishes the jobs of {@code vm} that are due, then tells the listener about each. */
    void completionDue(SharedVm vm) {
        completionEvents++;
        vm.pendingEvent = -1;
        double now = kernel.now();
        double wasUtilisation = vm.utilisation();
        int wasCount = vm.jobCount();
        vm.advance(now);
        int finished = retireDue(vm, now);
        reindex(vm, wasUtilisation, wasCount);
        reschedule(vm);

        completedJobs += finished;
        for (int i = 0; i < finished; i++) {
            listener.completed(vm.id, finishedScratch[i], now);
        }
    }

    /**
     * Removes the jobs that have attained their work into the scratch array; returns how many.
     *
     * <p>Far into a run the remaining work of the earliest job can be below what the clock can
     * still resolve; that job is then finished now, so that an event always makes progress.
     */
    private int retireDue(SharedVm vm, double now) {
        int finished = 0;
        while (vm.headFinished()
                || (finished == 0
                        && vm.jobCount() > 0
                        && now + vm.secondsToNextCompletion() <= now)) {
            if (finished == finishedScratch.length) {
                finishedScratch = Arrays.copyOf(finishedScratch, finished * 2);
            }
            finishedScratch[finished++] = vm.removeHead();
        }
        return finished;
    }

    private void reschedule(SharedVm vm) {
        if (vm.pendingEvent >= 0) {
            kernel.cancel(vm.pendingEvent);
            vm.pendingEvent = -1;
        }
        if (vm.jobCount() > 0) {
            vm.pendingEvent = kernel.schedule(vm.secondsToNextCompletion(), vm);
        }
    }

    private void reindex(SharedVm vm, double wasUtilisation, int wasCount) {
        boolean wasBusy = wasUtilisation > busyThreshold;
        boolean isBusy = vm.utilisation() > busyThreshold;
        if (wasBusy != isBusy) {
            busy.add(vm.id, isBusy ? 1 : -1);
        }
        boolean wasIdle = wasCount == 0;
        boolean isIdle = vm.jobCount() == 0;
        if (wasIdle != isIdle) {
            idle.add(vm.id, isIdle ? 1 : -1);
        }
    }

    private static void forEach(IndexTree set, IntConsumer action) {
        Objects.requireNonNull(action, "action");
        int count = set.total();
        for (int rank = 1; rank <= count; rank++) {
            action.accept(set.select(rank));
        }
    }

    private SharedVm runningVm(int vm) {
        SharedVm target = vm(vm);
        if (!target.running) {
            throw new IllegalStateException("VM " + vm + " was removed");
        }
        return target;
    }

    private SharedVm vm(int vm) {
        if (vm < 0 || vm >= vms.size()) {
            String issued = vms.isEmpty() ? "none yet" : "0 to " + (vms.size() - 1);
            throw new IllegalArgumentException(
                    "vm must be an id issued by this pool (" + issued + "), was " + vm);
        }
        return vms.get(vm);
    }
}
