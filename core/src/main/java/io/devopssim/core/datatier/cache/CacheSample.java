package io.devopssim.core.datatier.cache;

/**
 * The cache and the database load it leaves, at one sampled instant.
 *
 * @param time simulated seconds
 * @param available whether the cache had a master that served reads
 * @param requestsPerSecond reads arriving at the cache, NaN where the workload has no data
 * @param hitRatio share of reads served from the cache, 0 while it is unavailable
 * @param databaseQueriesPerSecond reads sent to the database: {@code requests * (1 - hitRatio)}, or
 *     every read during an outage if reads fall back to the database
 * @param failedPerSecond reads that failed: during an outage without fallback
 */
public record CacheSample(
        double time,
        boolean available,
        double requestsPerSecond,
        double hitRatio,
        double databaseQueriesPerSecond,
        double failedPerSecond) {}
