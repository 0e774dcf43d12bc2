package io.devopssim.core.fluid;

/**
 * The law of a response time {@code T = W + S}: an exponential service time {@code S} (rate {@code
 * mu}) added to an independent wait {@code W}, shared by {@link ErlangC} and {@link FluidQueue}.
 *
 * <p>The wait has an atom {@code noWait} at zero and, on {@code (0, timeout]}, the density {@code
 * weight * shape(x)} where {@code shape(x) = exp(-theta x)} when {@code theta >= 0} and {@code
 * exp(-|theta| (timeout - x))} when {@code theta < 0}. The second form is the first one divided by
 * {@code exp(|theta| timeout)}, which keeps every number at most 1 in an overloaded queue. The
 * masses need not add up to 1: tails and quantiles are taken relative to the total mass {@code
 * noWait + weight * shapeMass(theta, timeout)}. With {@code timeout} infinite, {@code theta} must
 * be positive. Everything is static so that no call allocates.
 */
final class ResponseTimeDistribution {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-13;
    private static final double SERIES_LIMIT = 1e-3;

    private ResponseTimeDistribution() {}

    /** Returns the integral of {@code exp(-rate y)} over {@code [0, span]}; rate >= 0. */
    static double integral(double rate, double span) {
        return rate == 0 ? span : -Math.expm1(-rate * span) / rate;
    }

    /** Returns the integral of {@code y exp(-rate y)} over {@code [0, span]}; rate >= 0. */
    static double firstMoment(double rate, double span) {
        if (span == Double.POSITIVE_INFINITY) {
            return 1 / (rate * rate);
        }
        double x = rate * span;
        if (x < SERIES_LIMIT) {
            // (1 - e^-x (1 + x)) / x^2 = 1/2 - x/3 + x^2/8 - x^3/30 + x^4/144 - ..., which avoids
            // the cancellation of the closed form for small x.
            return span * span * (0.5 - x * (1.0 / 3 - x * (1.0 / 8 - x * (1.0 / 30 - x / 144))));
        }
        return (-Math.expm1(-x) - x * Math.exp(-x)) / (rate * rate);
    }

    /** Returns the integral of {@code shape(x)} over {@code (0, timeout]}. */
    static double shapeMass(double theta, double timeout) {
        return integral(Math.abs(theta), timeout);
    }

    /** Returns the integral of {@code x shape(x)} over {@code (0, timeout]}. */
    static double shapeFirstMoment(double theta, double timeout) {
        if (theta >= 0) {
            return firstMoment(theta, timeout);
        }
        double rate = -theta;
        return timeout * integral(rate, timeout) - firstMoment(rate, timeout);
    }

    /**
     * Returns the integral of {@code shape(x) exp(-mu (t - x))} over {@code (0, min(t, timeout)]}:
     * the waiting part of the density of {@code T} at {@code t}, divided by {@code mu}.
     */
    static double overlap(double t, double theta, double timeout, double mu) {
        double m = Math.min(t, timeout);
        double afterWait = m == t ? 1.0 : Math.exp(-mu * (t - m));
        if (theta < 0) {
            return afterWait * Math.exp(theta * (timeout - m)) * integral(mu - theta, m);
        }
        double slow = Math.min(mu, theta);
        double fast = Math.max(mu, theta);
        return afterWait * Math.exp(-slow * m) * integral(fast - slow, m);
    }

    /** Returns the integral of {@code shape(x)} over {@code (min(t, timeout), timeout]}. */
    static double beyond(double t, double theta, double timeout) {
        double m = Math.min(t, timeout);
        if (theta < 0) {
            return integral(-theta, timeout - m);
        }
        return Math.exp(-theta * m) * integral(theta, timeout - m);
    }

    /** Returns the unnormalised {@code P(T > t)}: divide by the total mass for a probability. */
    static double tail(
            double t, double noWait, double weight, double theta, double timeout, double mu) {
        double waitingPart = overlap(t, theta, timeout, mu) + beyond(t, theta, timeout);
        return noWait * Math.exp(-mu * t) + weight * waitingPart;
    }

    /**
     * Returns {@code t} with {@code P(T > t) = exceedance} (relative to the total mass), by Newton
     * steps on {@code log P(T > t)} kept inside a shrinking bracket, falling back to bisection.
     */
    static double quantile(
            double exceedance,
            double noWait,
            double weight,
            double theta,
            double timeout,
            double mu) {
        double target = exceedance * (noWait + weight * shapeMass(theta, timeout));
        double logTarget = Math.log(target);
        double low = 0;
        double high = upperBound(exceedance, theta, timeout, mu);
        double t = Math.min(0.5 * high, Math.log(1 / exceedance) / mu);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double atom = noWait * Math.exp(-mu * t);
            double overlap = weight * overlap(t, theta, timeout, mu);
            double tail = atom + overlap + weight * beyond(t, theta, timeout);
            if (tail == target) {
                return t;
            }
            if (tail > target) {
                low = t;
            } else {
                high = t;
            }
            double step = (Math.log(tail) - logTarget) * tail / (mu * (atom + overlap));
            if (Math.abs(step) <= TOLERANCE * t) {
                return t + step;
            }
            t = t + step > low && t + step < high ? t + step : 0.5 * (low + high);
            if (high - low <= TOLERANCE * high) {
                return t;
            }
        }
        return t;
    }

    /** Returns a time whose exceedance is at most {@code exceedance}. */
    private static double upperBound(double exceedance, double theta, double timeout, double mu) {
        if (timeout < Double.POSITIVE_INFINITY) {
            // A served request waits at most the timeout: P(T > timeout + s) <= P(S > s).
            return timeout + Math.log(1 / exceedance) / mu;
        }
        // P(W + S > t) <= P(W > t/2) + P(S > t/2) <= 2 exp(-min(mu, theta) t / 2).
        return 2 * Math.log(2 / exceedance) / Math.min(mu, theta);
    }
}
