package io.devopssim.core.routing;

import io.devopssim.core.internal.checks.Bounds;
import io.devopssim.core.model.Distribution;
import java.util.Objects;

/**
 * How DNS answers reach clients: their time to live and how the resolvers caching them behave.
 *
 * <p>The clients of each source sit behind {@code resolverCount} resolvers carrying equal traffic.
 * A resolver re-queries every {@code ttl} seconds, at its own phase, the phases spread evenly over
 * the TTL; after an answer changes at time {@code S}, the share of a source's traffic still on the
 * old answer therefore falls linearly to zero at {@code S + ttl}. A share {@code ttlIgnoringShare}
 * of the resolvers (picked at random) ignores the TTL and keeps every answer for {@code ttl + x},
 * with {@code x} drawn once per resolver from {@code ttlIgnoredExtra}.
 *
 * @param ttlSeconds the records' time to live, more than 0
 * @param resolverCount resolvers per source, at least 1; more gives a smoother curve
 * @param ttlIgnoringShare the share of resolvers that keep answers longer than the TTL, in [0, 1]
 * @param ttlIgnoredExtra how much longer those resolvers keep an answer, in seconds
 * @param propagationSeconds time from a health change until the authoritative servers answer
 *     differently, at least 0
 */
public record DnsSettings(
        double ttlSeconds,
        int resolverCount,
        double ttlIgnoringShare,
        Distribution ttlIgnoredExtra,
        double propagationSeconds) {

    /** The largest TTL a DNS record can carry, 2^31 - 1 seconds (RFC 2181, section 8). */
    static final double MAX_TTL_SECONDS = Integer.MAX_VALUE;

    /**
     * The most resolvers per source: every one is held in memory and sorted at each answer change;
     * beyond this the share moved per resolver, 1e-5, is far below the other errors.
     */
    static final int MAX_RESOLVERS = 100_000;

    /** Checks for nulls; values are checked by {@link RoutingConfig.Builder#build()}. */
    public DnsSettings {
        Objects.requireNonNull(ttlIgnoredExtra, "ttlIgnoredExtra");
    }

    /**
     * Returns a TTL of 60 s, 1,000 resolvers per source, all honouring the TTL, instant updates.
     *
     * @return the settings
     */
    public static DnsSettings defaults() {
        return new DnsSettings(60, 1000, 0, new Distribution.Fixed(0), 0);
    }

    /**
     * Returns a copy where a share of resolvers keeps answers longer than the TTL.
     *
     * @param share the share of resolvers, in [0, 1]
     * @param extra how much longer they keep an answer
     * @return the changed copy
     */
    public DnsSettings withTtlIgnoring(double share, Distribution extra) {
        return new DnsSettings(ttlSeconds, resolverCount, share, extra, propagationSeconds);
    }

    /**
     * Returns a copy with another TTL.
     *
     * @param seconds the time to live
     * @return the changed copy
     */
    public DnsSettings withTtl(double seconds) {
        return new DnsSettings(
                seconds, resolverCount, ttlIgnoringShare, ttlIgnoredExtra, propagationSeconds);
    }

    void check(Bounds c) {
        c.positive("ttlSeconds", ttlSeconds);
        if (ttlSeconds > MAX_TTL_SECONDS) {
            c.fail(
                    "ttlSeconds",
                    "must be <= 2147483647 (2^31 - 1 s, RFC 2181's largest TTL), was "
                            + Bounds.number(ttlSeconds));
        }
        c.atLeast("resolverCount", resolverCount, 1);
        if (resolverCount > MAX_RESOLVERS) {
            c.fail(
                    "resolverCount",
                    "must be <= "
                            + MAX_RESOLVERS
                            + " (each is simulated; more does not smooth the curve visibly),"
                            + " was "
                            + resolverCount);
        }
        c.between("ttlIgnoringShare", ttlIgnoringShare, 0, 1);
        c.distribution("ttlIgnoredExtra", ttlIgnoredExtra);
        c.nonNegative("propagationSeconds", propagationSeconds);
    }
}
