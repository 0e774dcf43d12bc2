package io.devopssim.core.datatier.cache;

import io.devopssim.core.InvalidInputException;
import io.devopssim.core.InvalidInputException.Problem;
import io.devopssim.core.internal.tree.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Key popularity following Zipf's law, and the hit ratio of a cache warming up under it.
 *
 * <p>Key {@code i} (1 = most popular) of {@code keys} is requested with probability {@code p_i =
 * i^-s / H}, independently per request. After {@code n} requests to a cold cache that evicts
 * nothing, key {@code i} is cached with probability {@code 1 - (1 - p_i)^n}, so the next request
 * hits with probability {@code h(n) = sum p_i (1 - (1 - p_i)^n)}; {@code h} rises monotonically to
 * 1. A cache of {@code C} keys under LRU follows Che's approximation: it fills as if unbounded
 * until the expected number of distinct keys requested, {@code D(n) = sum 1 - (1 - p_i)^n}, reaches
 * {@code C} at {@code n = T_C}, and then keeps the hit ratio {@code h(T_C)}.
 *
 * <p>The first {@value #EXACT_RANKS} ranks are summed one by one; the tail is grouped into ranks
 * whose probabilities differ by less than 1 %, each group summed with the midpoint integral of
 * {@code x^-s}, so a billion keys cost about two thousand terms.
 */
public final class ZipfPopularity {

    static final int EXACT_RANKS = 4096;
    private static final double GROUP_RATIO = 1.01;

    private final long keys;
    private final double exponent;
    private final double[] probability;
    private final double[] count;

    private ZipfPopularity(long keys, double exponent) {
        this.keys = keys;
        this.exponent = exponent;
        List<double[]> groups = groups(keys, exponent);
        probability = new double[groups.size()];
        count = new double[groups.size()];
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            total += groups.get(g)[0];
            count[g] = groups.get(g)[1];
        }
        for (int g = 0; g < groups.size(); g++) {
            probability[g] = groups.get(g)[0] / total / count[g];
        }
    }

    /**
     * Returns the popularity of {@code keys} keys with Zipf exponent {@code exponent}.
     *
     * @param keys how many distinct keys there are, at least 1
     * @param exponent the Zipf exponent {@code s}, finite and at least 0 (0 is uniform)
     * @return the popularity
     * @throws InvalidInputException if a value is out of range
     */
    public static ZipfPopularity of(long keys, double exponent) {
        List<Problem> problems = new ArrayList<>();
        if (keys < 1) {
            problems.add(new Problem("keys", "must be >= 1, was " + keys));
        }
        if (!(exponent >= 0) || exponent == Double.POSITIVE_INFINITY) {
            problems.add(
                    new Problem(
                            "exponent",
                            "must be a finite number >= 0, was " + Values.number(exponent)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Zipf popularity", problems);
        }
        return new ZipfPopularity(keys, exponent);
    }

    /** Returns the number of distinct keys. */
    public long keys() {
        return keys;
    }

    /** Returns the Zipf exponent. */
    public double exponent() {
        return exponent;
    }

    /**
     * Returns the hit ratio after {@code requests} requests to a cold cache that never evicts.
     *
     * @param requests requests since the cache was empty, at least 0
     * @return {@code h(n)}, in [0, 1)
     */
    public double coldHitRatio(double requests) {
        double hits = 0;
        for (int g = 0; g < probability.length; g++) {
            hits += count[g] * probability[g] * seen(probability[g], requests);
        }
        return hits;
    }

    /**
     * Returns the expected number of distinct keys among {@code requests} requests.
     *
     * @param requests the number of requests, at least 0
     * @return {@code D(n)}, at most {@link #keys()}
     */
    public double distinctKeys(double requests) {
        double distinct = 0;
        for (int g = 0; g < probability.length; g++) {
            distinct += count[g] * seen(probability[g], requests);
        }
        return distinct;
    }

    /**
     * Returns {@code T_C}, the requests after which an LRU cache of {@code capacityKeys} is full.
     *
     * <p>Found by bisection on {@code D(n) = C}.
     *
     * @param capacityKeys the cache's capacity in keys, at least 1
     * @return {@code T_C}, or positive infinity if the cache can hold every key
     */
    public double fillRequests(double capacityKeys) {
        if (capacityKeys >= keys) {
            return Double.POSITIVE_INFINITY;
        }
        double lo = 0;
        double hi = capacityKeys;
        while (distinctKeys(hi) < capacityKeys) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 100 && hi - lo > 1e-9 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (distinctKeys(mid) < capacityKeys) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * Returns the warm-up of an LRU cache of {@code capacityKeys} under this popularity.
     *
     * @param capacityKeys the cache's capacity in keys, at least 1
     * @return the warm-up, with {@code T_C} computed once
     * @throws IllegalArgumentException if the capacity is below 1 or not a number
     */
    public CacheWarmup warmup(double capacityKeys) {
        if (!(capacityKeys >= 1)) {
            throw new IllegalArgumentException("capacityKeys must be >= 1, was " + capacityKeys);
        }
        return new CacheWarmup(this, capacityKeys, fillRequests(capacityKeys));
    }

    /** Returns the probability that a key of probability {@code p} is among {@code n} requests. */
    private static double seen(double p, double n) {
        if (n == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return p >= 1 ? (n >= 1 ? 1 : 0) : -Math.expm1(n * Math.log1p(-p));
    }

    /** Returns (unnormalised weight, rank count) pairs covering ranks 1 to {@code keys}. */
    private static List<double[]> groups(long keys, double s) {
        List<double[]> groups = new ArrayList<>();
        long exact = Math.min(keys, EXACT_RANKS);
        for (long i = 1; i <= exact; i++) {
            groups.add(new double[] {Math.pow(i, -s), 1});
        }
        long first = exact + 1;
        while (first <= keys) {
            long last = Math.min(keys, Math.max(first, (long) Math.floor(first * GROUP_RATIO)));
            groups.add(new double[] {integral(first - 0.5, last + 0.5, s), last - first + 1});
            first = last + 1;
        }
        return groups;
    }

    private static double integral(double a, double b, double s) {
        if (Math.abs(s - 1) < 1e-12) {
            return Math.log(b / a);
        }
        return (Math.pow(b, 1 - s) - Math.pow(a, 1 - s)) / (1 - s);
    }

    @Override
    public String toString() {
        return "Zipf(keys=" + keys + ", s=" + Values.number(exponent) + ")";
    }
}
