package io.devopssim.core.sim;

import java.util.List;
import java.util.Objects;

/**
 * How a scenario's Redis cache did over a run: failovers, hit ratio and the database's read load.
 *
 * <p>Rates are those at the start of each step, which the step's requests see; totals add rate
 * times step length.
 *
 * @param name the cache's name
 * @param warmHitRatio the hit ratio of the warm cache, before any failure
 * @param minHitRatio the lowest hit ratio of any step; 0 while the cache had no master
 * @param minHitRatioAt the first step with that hit ratio, in simulated seconds
 * @param peakDatabaseReadsPerSecond the most reads per second the cache sent to the database
 * @param peakDatabaseReadsAt the first step with that rate
 * @param databaseReadCapacity reads per second the database answers; infinite for no limit
 * @param requests requests of the services using the cache
 * @param failedRequests those failed by the cache: their reads found neither the cache nor room in
 *     the database
 * @param databaseReads reads the cache sent to the database
 * @param failovers each loss of the master, in time order
 * @param lostNodes the cache's processes lost to failures, in order of loss
 */
public record CacheResult(
        String name,
        double warmHitRatio,
        double minHitRatio,
        double minHitRatioAt,
        double peakDatabaseReadsPerSecond,
        double peakDatabaseReadsAt,
        double databaseReadCapacity,
        double requests,
        double failedRequests,
        double databaseReads,
        List<CacheFailover> failovers,
        List<String> lostNodes) {

    /** Checks for nulls and copies the lists. */
    public CacheResult {
        Objects.requireNonNull(name, "name");
        failovers = List.copyOf(failovers);
        lostNodes = List.copyOf(lostNodes);
    }
}
