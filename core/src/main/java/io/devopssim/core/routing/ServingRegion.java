package io.devopssim.core.routing;

import io.devopssim.cloud.Region;
import java.util.Objects;

/**
 * A region that serves the application, with its weight for weighted routing.
 *
 * @param region the cloud region; its id names it in routing
 * @param weight the relative share it gets under {@link RoutingPolicy#WEIGHTED}, at least 0
 */
public record ServingRegion(Region region, double weight) {

    /** Checks for nulls. */
    public ServingRegion {
        Objects.requireNonNull(region, "region");
    }

    /**
     * Returns a serving region of weight 1.
     *
     * @param region the cloud region
     * @return the serving region
     */
    public static ServingRegion of(Region region) {
        return new ServingRegion(region, 1);
    }

    /**
     * Returns the region's id, which names it in routing.
     *
     * @return the id
     */
    public String name() {
        return region.id();
    }
}
