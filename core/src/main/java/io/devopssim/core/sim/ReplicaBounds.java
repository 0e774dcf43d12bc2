package io.devopssim.core.sim;

import io.devopssim.core.SimulationException;

/** Holds an autoscaler's answer to the replica bounds of its service, refusing impossible ones. */
final class ReplicaBounds {

    /** Replicas one service may have at most; more would exhaust the pod tables. */
    static final int MAX_REPLICAS = 1_000_000;

    private ReplicaBounds() {}

    /**
     * Returns {@code recommendation} clamped to {@code [least, max]}.
     *
     * @throws SimulationException if the recommendation is negative or the result exceeds {@link
     *     #MAX_REPLICAS}
     */
    static int bounded(String service, int recommendation, int least, int max, double now) {
        if (recommendation < 0) {
            throw new SimulationException(
                    "autoscaler of service '"
                            + service
                            + "' recommended "
                            + recommendation
                            + " replicas at "
                            + now
                            + " s; expected a count of at least 0");
        }
        int desired = Math.max(least, Math.min(max, recommendation));
        if (desired > MAX_REPLICAS) {
            throw new SimulationException(
                    "service '"
                            + service
                            + "' was scaled to "
                            + desired
                            + " replicas at "
                            + now
                            + " s; the simulator holds at most "
                            + MAX_REPLICAS
                            + " replicas per service");
        }
        return desired;
    }
}
