package io.devopssim.core.discrete;

/** Receives each job completion of a {@link ProcessorSharingPool}, at its simulated time. */
@FunctionalInterface
public interface CompletionListener {

    /**
     * Called once per finished job, after the pool has removed it from its VM.
     *
     * @param vm the VM the job ran on
     * @param job the job's id, as returned by {@link ProcessorSharingPool#submit}
     * @param time the simulated time of the completion, in seconds
     */
    void completed(int vm, long job, double time);
}
