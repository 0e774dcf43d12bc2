package io.devopssim.core.autoscale;

/**
 * Decides how many replicas one service should run, once per autoscaler sync.
 *
 * <p>An instance belongs to one service and may keep state between calls (stabilisation windows,
 * policy periods). The simulator calls {@link #recommend} in simulated-time order and never
 * concurrently for the same instance. Implementations must not allocate on the hot path when the
 * replica count does not change; the fleet-scale benchmarks call this millions of times.
 */
public interface Autoscaler {

    /**
     * Returns the replica count the service should be scaled to after this sync.
     *
     * @param input the time, the current replica count and the per-pod metrics; only valid during
     *     the call
     * @return the desired replica count, at least zero
     */
    int recommend(ScalingInput input);

    /**
     * Returns a short human-readable reason for the last recommendation.
     *
     * <p>Called only when the recommendation changed the replica count, so it may allocate.
     *
     * @return the reason, never {@code null}
     */
    default String lastReason() {
        return "";
    }
}
