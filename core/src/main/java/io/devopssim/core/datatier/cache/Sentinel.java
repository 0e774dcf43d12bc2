package io.devopssim.core.datatier.cache;

import java.util.OptionalDouble;

/**
 * One Redis Sentinel process watching the cache's master.
 *
 * @param name unique name among the sentinels
 * @param zone where it runs, such as {@code us-east-1a}
 * @param pingPhaseSeconds when in each ping period it pings the master; empty means drawn from the
 *     run's random stream
 */
public record Sentinel(String name, String zone, OptionalDouble pingPhaseSeconds) {

    /** Returns a sentinel whose ping phase is drawn from the run's random stream. */
    public static Sentinel of(String name, String zone) {
        return new Sentinel(name, zone, OptionalDouble.empty());
    }

    /** Returns a sentinel that pings at {@code pingPhaseSeconds} into each ping period. */
    public static Sentinel of(String name, String zone, double pingPhaseSeconds) {
        return new Sentinel(name, zone, OptionalDouble.of(pingPhaseSeconds));
    }
}
