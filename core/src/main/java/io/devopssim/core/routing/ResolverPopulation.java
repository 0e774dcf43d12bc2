package io.devopssim.core.routing;

import java.util.random.RandomGenerator;

/**
 * The DNS resolvers of one source: each re-queries at its own phase with its own caching period.
 *
 * <p>Resolver {@code i} queries at {@code phase_i × period_i + k × period_i}; its period is the
 * TTL, plus a drawn extra for the resolvers that ignore the TTL. Phases are stratified (one per
 * {@code 1/n} slot, jittered within it) so that even a small population spreads evenly over the
 * period. After an answer changes at {@code S}, resolver {@code i} still serves the old answer
 * until its next query, {@code (phase_i × period_i − S) mod period_i} later.
 */
final class ResolverPopulation {

    private final double[] phases;
    private final double[] periods;

    ResolverPopulation(DnsSettings dns, RandomGenerator random) {
        int n = dns.resolverCount();
        phases = new double[n];
        periods = new double[n];
        for (int i = 0; i < n; i++) {
            phases[i] = (i + random.nextDouble()) / n;
            periods[i] = dns.ttlSeconds();
        }
        int ignoring = (int) Math.round(dns.ttlIgnoringShare() * n);
        int[] order = firstOfShuffle(n, ignoring, random);
        for (int j = 0; j < ignoring; j++) {
            periods[order[j]] += dns.ttlIgnoredExtra().sample(random);
        }
    }

    /** Returns the shift of traffic after the answer changes at {@code time}. */
    Shift shiftAt(double time) {
        double[] waits = new double[phases.length];
        for (int i = 0; i < waits.length; i++) {
            double period = periods[i];
            double x = phases[i] * period - time;
            waits[i] = x - period * Math.floor(x / period);
        }
        return new CacheShift(time, waits);
    }

    /** Returns an array whose first {@code k} entries are a uniform random k-subset of 0..n-1. */
    private static int[] firstOfShuffle(int n, int k, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int j = 0; j < k; j++) {
            int pick = j + random.nextInt(n - j);
            int swap = order[j];
            order[j] = order[pick];
            order[pick] = swap;
        }
        return order;
    }
}
