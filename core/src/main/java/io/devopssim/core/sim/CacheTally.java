package io.devopssim.core.sim;

import io.devopssim.core.datatier.cache.CacheSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds up a cache part's steps: requests, failures, database reads, extremes and hit recoveries.
 *
 * <p>Memory stays constant over the run's steps: it grows only with the number of switches.
 *
 * <p>A step counts over the time until the next one, so each step is added when the next arrives,
 * and the last at the end of the run.
 */
final class CacheTally {

    private final double recoveredHitRatio;

    private double time = Double.NaN;
    private double requestRate;
    private CacheSample sample;
    private double share;

    private double requests;
    private double failed;
    private double databaseReads;
    private double minHit = Double.POSITIVE_INFINITY;
    private double minHitAt = Double.NaN;
    private double peakDatabase = Double.NEGATIVE_INFINITY;
    private double peakDatabaseAt = Double.NaN;
    private final List<Watch> watches = new ArrayList<>();
    private int watching;

    /** Counts a step as recovered once its hit ratio reaches {@code recoveredHitRatio}. */
    CacheTally(double recoveredHitRatio) {
        this.recoveredHitRatio = recoveredHitRatio;
    }

    /** Adds the previous step up to {@code now} and starts a new one. */
    void step(double now, double rate, CacheSample s, double failedShare) {
        close(now);
        time = now;
        requestRate = rate;
        sample = s;
        share = failedShare;
        if (s.hitRatio() < minHit) {
            minHit = s.hitRatio();
            minHitAt = now;
        }
        if (s.databaseQueriesPerSecond() > peakDatabase) {
            peakDatabase = s.databaseQueriesPerSecond();
            peakDatabaseAt = now;
        }
        watchStep(now, s.available() ? s.hitRatio() : 0);
    }

    /** Adds the current step's requests up to {@code end}. */
    void close(double end) {
        if (Double.isNaN(time) || !(end > time)) {
            return;
        }
        double seconds = end - time;
        requests += requestRate * seconds;
        failed += requestRate * share * seconds;
        databaseReads += sample.databaseQueriesPerSecond() * seconds;
        time = end;
    }

    double requests() {
        return requests;
    }

    double failedRequests() {
        return failed;
    }

    double databaseReads() {
        return databaseReads;
    }

    double minHitRatio() {
        return minHit == Double.POSITIVE_INFINITY ? Double.NaN : minHit;
    }

    double minHitRatioAt() {
        return minHitAt;
    }

    double peakDatabaseReads() {
        return peakDatabase == Double.NEGATIVE_INFINITY ? Double.NaN : peakDatabase;
    }

    double peakDatabaseReadsAt() {
        return peakDatabaseAt;
    }

    /**
     * Starts watching the hit ratio after a switch at {@code switchedAt}: the first step's value
     * and the first step that counts as recovered.
     */
    void watchFrom(double switchedAt) {
        watches.add(new Watch(switchedAt));
    }

    /** Returns the watch of the switch at {@code switchedAt}, if one was started. */
    Optional<Watch> watch(double switchedAt) {
        return watches.stream().filter(w -> w.from == switchedAt).findFirst();
    }

    private void watchStep(double now, double hit) {
        for (int i = watching; i < watches.size(); i++) {
            Watch w = watches.get(i);
            if (now < w.from) {
                continue;
            }
            if (Double.isNaN(w.firstHit)) {
                w.firstHit = hit;
            }
            if (hit >= recoveredHitRatio && Double.isNaN(w.recoveredAt)) {
                w.recoveredAt = now;
            }
        }
        while (watching < watches.size() && !Double.isNaN(watches.get(watching).recoveredAt)) {
            watching++;
        }
    }

    /** The hit ratio after one switch: at its first step, and when it recovered. */
    static final class Watch {

        final double from;
        double firstHit = Double.NaN;
        double recoveredAt = Double.NaN;

        Watch(double from) {
            this.from = from;
        }
    }
}
