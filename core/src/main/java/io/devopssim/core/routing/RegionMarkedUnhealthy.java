package io.devopssim.core.routing;

import io.devopssim.core.kernel.SimEvent;
import java.util.Objects;

/**
 * Published when health checks mark a serving region unhealthy.
 *
 * @param time when it was marked, in simulated seconds
 * @param region the region's id
 * @param failedAt when the region failed
 */
public record RegionMarkedUnhealthy(double time, String region, double failedAt)
        implements SimEvent {

    /** Checks for nulls. */
    public RegionMarkedUnhealthy {
        Objects.requireNonNull(region, "region");
    }

    /**
     * Returns the detection delay: seconds from the failure until it was marked.
     *
     * @return seconds
     */
    public double detectionSeconds() {
        return time - failedAt;
    }
}
