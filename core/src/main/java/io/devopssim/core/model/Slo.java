package io.devopssim.core.model;

/**
 * The service-level objective a run is judged against.
 *
 * @param latencyThresholdSeconds a request slower than this counts as too slow, more than 0
 * @param latencyTarget share of requests that must be faster than the threshold, in (0, 1]
 * @param availabilityTarget share of requests that must be served (not dropped or timed out), in
 *     (0, 1]
 */
public record Slo(double latencyThresholdSeconds, double latencyTarget, double availabilityTarget) {

    /** Returns 99 % of requests under 500 ms and 99.9 % served. */
    public static Slo defaults() {
        return new Slo(0.5, 0.99, 0.999);
    }
}
