package io.devopssim.core.discrete;

import io.devopssim.core.kernel.Action;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.Arrays;

/**
 * One VM of a {@link ProcessorSharingPool}: its cores, its jobs and its virtual clock.
 *
 * <p>With n jobs on c cores every job progresses at min(1, c/n) core-seconds per second, the same
 * for all of them, so one clock of attained work serves the whole VM: a job that arrives when the
 * clock reads V and needs w finishes when the clock reaches V + w. The jobs sit in a binary
 * min-heap of those finishing readings, and the VM is the action of its own single pending
 * completion event.
 */
final class SharedVm implements Action {

    final int id;
    final int cores;
    private final ProcessorSharingPool pool;

    private double attained;
    private double updatedAt;
    private double[] finishAt = new double[4];
    private long[] jobIds = new long[4];
    private int size;

    long pendingEvent = -1;
    boolean running = true;

    SharedVm(int id, int cores, double now, ProcessorSharingPool pool) {
        this.id = id;
        this.cores = cores;
        this.updatedAt = now;
        this.pool = pool;
    }

    int jobCount() {
        return size;
    }

    double utilisation() {
        return Math.min(size, cores) / (double) cores;
    }

    /** Moves the virtual clock to {@code now} at the rate of the current job count. */
    void advance(double now) {
        if (size > 0) {
            attained += (now - updatedAt) * rate();
        }
        updatedAt = now;
    }

    void add(long jobId, double work) {
        if (size == finishAt.length) {
            finishAt = Arrays.copyOf(finishAt, size * 2);
            jobIds = Arrays.copyOf(jobIds, size * 2);
        }
        siftUp(size++, attained + work, jobId);
    }

    /** Returns whether the earliest job has attained its work, within rounding. */
    boolean headFinished() {
        return size > 0 && finishAt[0] <= attained + 1e-9 * Math.max(1.0, attained);
    }

    /** Removes the earliest job and returns its id; the VM must have a job. */
    long removeHead() {
        long head = jobIds[0];
        int last = --size;
        if (last > 0) {
            siftDown(finishAt[last], jobIds[last]);
        }
        return head;
    }

    /** Returns the seconds until the earliest job finishes at the current rate. */
    double secondsToNextCompletion() {
        return Math.max(0.0, (finishAt[0] - attained) / rate());
    }

    @Override
    public void run(SimulationKernel kernel) {
        pool.completionDue(this);
    }

    private double rate() {
        return size <= cores ? 1.0 : cores / (double) size;
    }

    private void siftUp(int start, double finish, long jobId) {
        int i = start;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (finishAt[parent] <= finish) {
                break;
            }
            finishAt[i] = finishAt[parent];
            jobIds[i] = jobIds[parent];
            i = parent;
        }
        finishAt[i] = finish;
        jobIds[i] = jobId;
    }

    private void siftDown(double finish, long jobId) {
        int i = 0;
        int child = 1;
        while (child < size) {
            if (child + 1 < size && finishAt[child + 1] < finishAt[child]) {
                child++;
            }
            if (finish <= finishAt[child]) {
                break;
            }
            finishAt[i] = finishAt[child];
            jobIds[i] = jobIds[child];
            i = child;
            child = 2 * i + 1;
        }
        finishAt[i] = finish;
        jobIds[i] = jobId;
    }
}
