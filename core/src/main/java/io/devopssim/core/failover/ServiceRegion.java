package io.devopssim.core.failover;

import io.devopssim.cloud.Region;
import java.util.List;
import java.util.Objects;

/**
 * A region serving the application: its provider, zones, replicas and what one replica costs.
 *
 * <p>Replicas are spread evenly over the region's zones, the first zones taking one more when they
 * do not divide evenly. Values are checked by {@link FailoverTopologyBuilder#build()}.
 *
 * @param provider the cloud provider's name, such as {@code aws}; a cloud failure takes all its
 *     regions
 * @param region the cloud region; its id names it in routing
 * @param replicas the service's replicas running there, at least 0
 * @param rpsPerReplica requests per second one replica serves at full utilisation, above 0
 * @param pricePerHour what one replica's instance costs per hour, at least 0
 */
public record ServiceRegion(
        String provider, Region region, int replicas, double rpsPerReplica, double pricePerHour) {

    /** Checks for nulls. */
    public ServiceRegion {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
    }

    /** Returns the region's id. */
    public String id() {
        return region.id();
    }

    /** Returns the region's zones. */
    public List<String> zones() {
        return region.zones();
    }

    /**
     * Returns the replicas running in one zone of the region.
     *
     * @param zone the zone's id
     * @return the replicas there; 0 for a zone the region does not have
     */
    public int replicasIn(String zone) {
        int i = zones().indexOf(zone);
        if (i < 0) {
            return 0;
        }
        int n = zones().size();
        return replicas / n + (i < replicas % n ? 1 : 0);
    }
}
