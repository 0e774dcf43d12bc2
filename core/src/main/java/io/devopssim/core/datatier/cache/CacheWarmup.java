package io.devopssim.core.datatier.cache;

/**
 * How an LRU cache of a given capacity warms up from empty under a key popularity.
 *
 * <p>Made by {@link ZipfPopularity#warmup}, which computes the fill point {@code T_C} once, so that
 * each hit ratio costs one pass over the popularity's rank groups.
 */
public final class CacheWarmup {

    private final ZipfPopularity popularity;
    private final double capacityKeys;
    private final double fillRequests;
    private final double warmHitRatio;

    CacheWarmup(ZipfPopularity popularity, double capacityKeys, double fillRequests) {
        this.popularity = popularity;
        this.capacityKeys = capacityKeys;
        this.fillRequests = fillRequests;
        this.warmHitRatio =
                fillRequests == Double.POSITIVE_INFINITY
                        ? 1
                        : popularity.coldHitRatio(fillRequests);
    }

    /** Returns the cache's capacity in keys. */
    public double capacityKeys() {
        return capacityKeys;
    }

    /** Returns {@code T_C}, the requests after which the cache is full; infinite if never. */
    public double fillRequests() {
        return fillRequests;
    }

    /** Returns the hit ratio of the warm cache, {@code h(T_C)}, or 1 if it holds every key. */
    public double warmHitRatio() {
        return warmHitRatio;
    }

    /**
     * Returns the hit ratio after {@code requests} since the cache was empty: {@code h(min(n,
     * T_C))}, rising monotonically to {@link #warmHitRatio()}.
     *
     * @param requests requests served since the cache was empty, at least 0
     * @return the hit ratio, in [0, 1]
     */
    public double hitRatio(double requests) {
        if (requests >= fillRequests) {
            return warmHitRatio;
        }
        return popularity.coldHitRatio(requests);
    }
}
