package io.devopssim.core.sim;

/** Receives the progress of a run, in simulated time, about a hundred times per run. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports that the run has simulated {@code simulatedSeconds} of {@code totalSeconds}.
     *
     * @param simulatedSeconds simulated time reached
     * @param totalSeconds the run's simulated length
     */
    void progress(double simulatedSeconds, double totalSeconds);
}
