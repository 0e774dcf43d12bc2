package io.devopssim.core.fluid;

/**
 * Computes the Erlang C formula and the waiting and response times of an M/M/c queue.
 *
 * <p>The queue has Poisson arrivals at rate {@code arrivalRate} (λ), {@code servers} (c) identical
 * servers with exponential service at rate {@code serviceRate} (μ) each, first come first served
 * and no limit on the queue or on waiting. The offered load is {@code a = λ / μ} Erlangs. When
 * {@code λ >= c μ} the queue is overloaded: it grows without bound, every arrival waits, and the
 * waiting and response times are infinite.
 *
 * <p>All methods allocate nothing. Their cost is one Erlang B recursion from about {@code 10
 * sqrt(a)} below the load towards c, four steps at a time, ended as soon as the result is known to
 * underflow: at most about {@code min(c, 50 sqrt(a))} steps, and constant time when a Poisson bound
 * already shows the underflow. See {@link #probabilityOfWaiting(int, double)}.
 *
 * <p>Limitations: steady state only, no timeouts (see {@link FluidQueue} for a queue whose requests
 * give up), and results below about {@code 1e-300} are returned as 0.
 */
public final class ErlangC {

    /** Below this, Erlang B is returned as 0: its inverse is near the largest double. */
    private static final double EXACT_FLOOR = 1e-300;

    /** Recursions shorter than this skip the bound that could end them at once. */
    private static final int SHORT_RECURSION = 64;

    private static final double LN_2 = Math.log(2);

    /**
     * Squared number of standard deviations below the load where the Erlang B recursion starts; the
     * neglected start error shrinks by at least {@code exp(-REACH / 2)}, about 1e-24.
     */
    private static final double REACH = 110;

    private ErlangC() {}

    /**
     * Returns the probability that an arrival has to wait (all servers busy), the Erlang C formula.
     *
     * <p>It is computed as {@code C = a B / (c - a + a B)} with {@code B} the Erlang B loss
     * probability of {@code c - 1} servers, from the recursion {@code 1/B(k) = 1 + (k/a) / B(k-1)}.
     * That recursion forgets its starting value quickly below the load, so it starts about ten
     * standard deviations {@code sqrt(a)} below {@code a} from the lower bound {@code B(k) >= 1 -
     * k/a} and runs up to {@code c - 1}, stopping early once {@code B} underflows; the result is
     * exact to rounding for any number of servers.
     *
     * @param servers the number of servers c, at least 1
     * @param offeredLoad the offered load a in Erlangs, finite and at least 0
     * @return C in [0, 1]; 1 when {@code offeredLoad >= servers}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double probabilityOfWaiting(int servers, double offeredLoad) {
        requireServers(servers);
        requireNonNegative("offeredLoad", offeredLoad);
        return waitProbability(servers, offeredLoad);
    }

    /**
     * Returns the mean time an arrival waits before its service starts, {@code C / (c μ - λ)}.
     *
     * @param servers the number of servers c, at least 1
     * @param arrivalRate λ in requests per second, finite and at least 0
     * @param serviceRate μ per server in requests per second, finite and more than 0
     * @return the mean wait in seconds; infinite when {@code λ >= c μ}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double meanWaitingTime(int servers, double arrivalRate, double serviceRate) {
        double drain = drainRate(servers, arrivalRate, serviceRate);
        if (drain <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(servers, arrivalRate / serviceRate) / drain;
    }

    /**
     * Returns the mean response time (wait plus service), {@code C / (c μ - λ) + 1 / μ}.
     *
     * @param servers the number of servers c, at least 1
     * @param arrivalRate λ in requests per second, finite and at least 0
     * @param serviceRate μ per server in requests per second, finite and more than 0
     * @return the mean response time in seconds; infinite when {@code λ >= c μ}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double meanResponseTime(int servers, double arrivalRate, double serviceRate) {
        return meanWaitingTime(servers, arrivalRate, serviceRate) + 1 / serviceRate;
    }

    /**
     * Returns the probability that an arrival waits longer than {@code t}, {@code C exp(-(c μ - λ)
     * t)}.
     *
     * @param servers the number of servers c, at least 1
     * @param arrivalRate λ in requests per second, finite and at least 0
     * @param serviceRate μ per server in requests per second, finite and more than 0
     * @param t the time in seconds, finite and at least 0
     * @return P(W &gt; t) in [0, 1]; 1 when {@code λ >= c μ}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double waitingTimeExceedance(
            int servers, double arrivalRate, double serviceRate, double t) {
        double drain = drainRate(servers, arrivalRate, serviceRate);
        requireNonNegative("t", t);
        if (drain <= 0) {
            return 1.0;
        }
        return waitProbability(servers, arrivalRate / serviceRate) * Math.exp(-drain * t);
    }

    /**
     * Returns the probability that the response time (wait plus service) exceeds {@code t}.
     *
     * <p>With {@code θ = c μ - λ} the response time is an exponential service time plus a wait that
     * is 0 with probability {@code 1 - C} and exponential with rate θ otherwise, so {@code P(T > t)
     * = (1 - C) e^(-μt) + C (θ e^(-μt) - μ e^(-θt)) / (θ - μ)}, and {@code e^(-μt) (1 + C μ t)}
     * when {@code θ = μ}. The form used, {@code e^(-μt) + C μ (e^(-μt) - e^(-θt)) / (θ - μ)} with
     * the quotient from {@code expm1}, stays accurate as θ approaches μ.
     *
     * @param servers the number of servers c, at least 1
     * @param arrivalRate λ in requests per second, finite and at least 0
     * @param serviceRate μ per server in requests per second, finite and more than 0
     * @param t the time in seconds, finite and at least 0
     * @return P(T &gt; t) in [0, 1]; 1 when {@code λ >= c μ}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double responseTimeExceedance(
            int servers, double arrivalRate, double serviceRate, double t) {
        double drain = drainRate(servers, arrivalRate, serviceRate);
        requireNonNegative("t", t);
        if (drain <= 0) {
            return 1.0;
        }
        double waiting = waitProbability(servers, arrivalRate / serviceRate);
        double tail =
                ResponseTimeDistribution.tail(
                        t,
                        1 - waiting,
                        waiting * drain,
                        drain,
                        Double.POSITIVE_INFINITY,
                        serviceRate);
        return Math.min(1.0, tail);
    }

    /**
     * Returns the response time that a share {@code q} of requests does not exceed.
     *
     * <p>Solves {@code P(T > t) = 1 - q} by safeguarded Newton steps on {@code log P(T > t)},
     * bracketed by 0 and a proven upper bound and falling back to bisection, with at most 200
     * iterations (typically fewer than 10) and a relative tolerance of about 1e-13.
     *
     * @param servers the number of servers c, at least 1
     * @param arrivalRate λ in requests per second, finite and at least 0
     * @param serviceRate μ per server in requests per second, finite and more than 0
     * @param q the quantile, strictly between 0 and 1 (0.99 for the 99th percentile)
     * @return the quantile in seconds; infinite when {@code λ >= c μ}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double responseTimeQuantile(
            int servers, double arrivalRate, double serviceRate, double q) {
        double drain = drainRate(servers, arrivalRate, serviceRate);
        requireProbability("q", q);
        if (drain <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double waiting = waitProbability(servers, arrivalRate / serviceRate);
        return ResponseTimeDistribution.quantile(
                1 - q, 1 - waiting, waiting * drain, drain, Double.POSITIVE_INFINITY, serviceRate);
    }

    /** Returns Erlang C for valid arguments. */
    static double waitProbability(int servers, double offeredLoad) {
        if (offeredLoad >= servers) {
            return 1.0;
        }
        if (offeredLoad == 0) {
            return 0.0;
        }
        double loadTimesLoss = offeredLoad * erlangB(servers - 1, offeredLoad);
        return loadTimesLoss / (servers - offeredLoad + loadTimesLoss);
    }

    /** Returns Erlang B exactly to rounding, or 0 when it is below {@code 1e-300}. */
    static double erlangB(int servers, double offeredLoad) {
        return erlangB(servers, offeredLoad, EXACT_FLOOR);
    }

    /**
     * Returns the Erlang B loss probability of {@code servers} servers (0 allowed) at an offered
     * load of at least 0, or 0 as soon as it is known to be below {@code floor} (more than 0).
     */
    static double erlangB(int servers, double offeredLoad, double floor) {
        if (servers == 0) {
            return 1.0;
        }
        if (offeredLoad == 0) {
            return 0.0;
        }
        int start = recursionStart(servers, offeredLoad);
        if (servers - start > SHORT_RECURSION && surelyBelow(servers, offeredLoad, floor)) {
            return 0.0;
        }
        double inverse = start == 0 ? 1.0 : offeredLoad / (offeredLoad - start);
        return recurse(inverse, start, servers, 1 / offeredLoad, 1 / floor);
    }

    /**
     * Runs {@code 1/B(k) = 1 + (k/a) / B(k-1)} from {@code start} to {@code end} and returns B, or
     * 0 once {@code 1/B} passes {@code limit} (B only falls as k grows).
     *
     * <p>Four steps at a time, as {@code 1/B(k+4) = A + P / B(k)}: the coefficients A and P do not
     * depend on the previous result, so only one multiply and one add per four steps wait for it.
     */
    private static double recurse(
            double inverse, int start, int end, double perErlang, double limit) {
        double r = inverse;
        int k = start;
        for (; k + 4 <= end; k += 4) {
            double x1 = (k + 1) * perErlang;
            double x2 = (k + 2) * perErlang;
            double x3 = (k + 3) * perErlang;
            double x4 = (k + 4) * perErlang;
            r = 1 + x4 * (1 + x3 * (1 + x2)) + (x1 * x2) * (x3 * x4) * r;
            if (r > limit) {
                return 0.0;
            }
        }
        for (k++; k <= end; k++) {
            r = 1 + r * (k * perErlang);
        }
        return r > limit ? 0.0 : 1 / r;
    }

    /**
     * Returns whether {@code B(n, a) < floor} follows from a cheap bound: for {@code n >= a + 1} a
     * Poisson variable X of mean a has {@code P(X <= n) >= 1/2}, so {@code B = P(X = n) / P(X <= n)
     * <= 2 P(X = n)}, and Stirling's lower bound on {@code n!} bounds {@code P(X = n)}.
     */
    private static boolean surelyBelow(int n, double a, double floor) {
        if (n < a + 1) {
            return false;
        }
        double logBound = LN_2 + n * Math.log(a / n) + (n - a) - 0.5 * Math.log(2 * Math.PI * n);
        return logBound < Math.log(floor);
    }

    /**
     * Returns the first index of the recursion, whose start value {@code 1 / B(k) = a / (a - k)}
     * (exact for k = 0, an upper bound otherwise) is forgotten by the time it reaches {@code
     * servers}.
     *
     * <p>The error of {@code 1 / B} is multiplied by {@code k / a <= exp(-(a - k) / a)} at step k,
     * and never grows relative to {@code 1 / B} above the load. Summing the exponents from the
     * start to {@code min(servers, a)}, with {@code d = max(0, a - servers)}, needs a reach {@code
     * L} with {@code L d + L^2 / 2 >= REACH a / 2}. The start error is at most {@code a / (a - k)
     * <= sqrt(a)}, so the result is exact to rounding.
     */
    private static int recursionStart(int servers, double offeredLoad) {
        double deficit = Math.max(0, offeredLoad - servers);
        double reach = Math.sqrt(deficit * deficit + REACH * offeredLoad) - deficit;
        double start = Math.floor(Math.min(servers, offeredLoad) - reach);
        return start < 1 ? 0 : (int) start;
    }

    /** Validates the queue and returns {@code c μ - λ}, the rate at which a queue drains. */
    private static double drainRate(int servers, double arrivalRate, double serviceRate) {
        requireServers(servers);
        requireNonNegative("arrivalRate", arrivalRate);
        requirePositive("serviceRate", serviceRate);
        return servers * serviceRate - arrivalRate;
    }

    private static void requireServers(int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers is " + servers + ", expected at least 1");
        }
    }

    /** Throws unless {@code value} is finite and at least 0. */
    static double requireNonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    name + " is " + value + ", expected a finite number at least 0");
        }
        return value;
    }

    /** Throws unless {@code value} is finite and more than 0. */
    static double requirePositive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    name + " is " + value + ", expected a finite number more than 0");
        }
        return value;
    }

    /** Throws unless {@code value} is strictly between 0 and 1. */
    static double requireProbability(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(
                    name + " is " + value + ", expected a number strictly between 0 and 1");
        }
        return value;
    }
}
