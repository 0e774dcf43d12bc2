package io.devopssim.core.routing;

import io.devopssim.core.internal.checks.Bounds;

/**
 * How an anycast global load balancer drains a region once its health checks fail.
 *
 * <p>After detection, the share of a source's traffic still sent to the failed region falls
 * linearly from 1 to 0 over {@code convergenceSeconds}: edge locations learn of the change (or BGP
 * withdraws the route) one after another.
 *
 * @param convergenceSeconds time from detection until no edge sends traffic to the region, at least
 *     0
 */
public record AnycastSettings(double convergenceSeconds) {

    /**
     * Returns a convergence time of 5 s.
     *
     * @return the settings
     */
    public static AnycastSettings defaults() {
        return new AnycastSettings(5);
    }

    void check(Bounds c) {
        c.nonNegative("convergenceSeconds", convergenceSeconds);
    }
}
