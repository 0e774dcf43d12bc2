package io.devopssim.core.failover;

import io.devopssim.core.model.Distribution;
import io.devopssim.core.routing.DnsSettings;
import io.devopssim.core.routing.HealthCheck;
import io.devopssim.core.routing.RoutingConfig;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Expected detection and traffic-shift times of routing, from the formulas docs/failover.md pins.
 *
 * <p>A failure {@code x} seconds before the next check, {@code x} uniform in [0, interval), is
 * detected at {@code D = x + (threshold − 1) × interval}. The first of {@code m} independent
 * regions is detected at {@code (threshold − 1) × interval + interval / (m + 1)} on average, the
 * last at {@code … + m × interval / (m + 1)}. After detection and DNS propagation the dead share
 * falls over one TTL (plus the longer extra of TTL-ignoring resolvers), or over the anycast
 * convergence time.
 *
 * @param firstDetection expected time of the first detection
 * @param singleDetection expected detection of one region
 * @param lastDetection expected time of the last detection
 * @param minDetection the earliest detection
 * @param maxDetection the latest detection
 * @param delay time from detection until answers change (DNS propagation)
 * @param span time over which the traffic moves once answers change
 * @param deadTail mean time a client keeps going to the dead region after answers change
 */
record ShiftTiming(
        double firstDetection,
        double singleDetection,
        double lastDetection,
        double minDetection,
        double maxDetection,
        double delay,
        double span,
        double deadTail) {

    private static final int DRAWS = 400;

    static ShiftTiming of(RoutingConfig routing, int units) {
        HealthCheck h = routing.healthCheck();
        double i = h.intervalSeconds();
        double base = (h.failureThreshold() - 1) * i;
        double first = base + i / (units + 1);
        double last = base + units * i / (units + 1);
        double single = base + i / 2;
        if (!routing.policy().usesDns()) {
            double c = routing.anycast().convergenceSeconds();
            return new ShiftTiming(first, single, last, base, base + i, 0, c, c / 2);
        }
        DnsSettings dns = routing.dns();
        double ttl = dns.ttlSeconds();
        double q = dns.ttlIgnoringShare();
        int ignoring = (int) Math.round(q * dns.resolverCount());
        double span = ttl + (ignoring > 0 ? expectedMax(dns.ttlIgnoredExtra(), ignoring) : 0);
        double tail = (1 - q) * ttl / 2 + q * (ttl + dns.ttlIgnoredExtra().mean()) / 2;
        return new ShiftTiming(
                first, single, last, base, base + i, dns.propagationSeconds(), span, tail);
    }

    /** Returns the expected time all traffic has moved, from the failure. */
    double shiftDone() {
        return lastDetection + delay + span;
    }

    /** Returns when answers change for one region, on average. */
    double answerChange() {
        return singleDetection + delay;
    }

    /** Returns the expected largest of {@code n} draws, from fixed-seed samples. */
    static double expectedMax(Distribution d, int n) {
        if (d instanceof Distribution.Fixed f) {
            return f.seconds();
        }
        SplittableRandom random = new SplittableRandom(n);
        double sum = 0;
        for (int k = 0; k < DRAWS; k++) {
            double max = 0;
            for (int j = 0; j < n; j++) {
                max = Math.max(max, d.sample(random));
            }
            sum += max;
        }
        return sum / DRAWS;
    }

    /** Returns {@code n} sorted draws. */
    static double[] sortedDraws(Distribution d, int n, SplittableRandom random) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = d.sample(random);
        }
        Arrays.sort(x);
        return x;
    }
}
