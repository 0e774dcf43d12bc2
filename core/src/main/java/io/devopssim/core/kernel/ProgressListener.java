package io.devopssim.core.kernel;

/**
 * Receives the progress of a run in simulated time.
 *
 * <p>Called on the dispatching thread, between events, at most once per configured interval of
 * simulated time (see {@link SimulationKernel#setProgressListener}). Keep it cheap: it runs inside
 * the event loop.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports that the run has reached {@code simulatedSeconds} on its way to {@code
     * horizonSeconds}.
     *
     * @param simulatedSeconds the simulated time reached
     * @param horizonSeconds the time given to {@link SimulationKernel#runUntil}, or positive
     *     infinity during {@link SimulationKernel#run()}, whose end is not known in advance
     */
    void progress(double simulatedSeconds, double horizonSeconds);
}
