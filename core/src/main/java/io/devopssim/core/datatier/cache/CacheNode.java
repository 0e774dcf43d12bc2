package io.devopssim.core.datatier.cache;

import java.util.Objects;

/**
 * Where one process of a Redis cache runs: the master, a replica or a sentinel.
 *
 * <p>Zone and region names are those of the run's failure topology, so a zone or region outage
 * there loses the process.
 *
 * @param name the process's name in the cache, unique over master, replicas and sentinels
 * @param region the region it runs in, such as {@code us-east-1}
 * @param zone the zone it runs in, such as {@code use1-az1}
 */
public record CacheNode(String name, String region, String zone) {

    /** Checks for nulls. */
    public CacheNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
    }
}
