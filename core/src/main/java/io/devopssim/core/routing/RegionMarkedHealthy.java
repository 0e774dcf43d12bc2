package io.devopssim.core.routing;

import io.devopssim.core.kernel.SimEvent;
import java.util.Objects;

/**
 * Published when health checks mark a recovered serving region healthy again.
 *
 * @param time when it was marked, in simulated seconds
 * @param region the region's id
 * @param restoredAt when the region came back
 */
public record RegionMarkedHealthy(double time, String region, double restoredAt)
        implements SimEvent {

    /** Checks for nulls. */
    public RegionMarkedHealthy {
        Objects.requireNonNull(region, "region");
    }
}
