package io.devopssim.core.fluid;

/**
 * Evaluates one service's request queue for a time step: throughput, timeouts, utilisation and
 * latency in steady state.
 *
 * <p>The model is M/M/c+D, the Erlang C queue whose requests give up after waiting a fixed timeout:
 * Poisson arrivals at rate λ, c identical servers with exponential service at rate μ each, first
 * come first served, and a request that would wait longer than the timeout τ before its service
 * starts is dropped (timed out) without using a server. The steady state is exact, from the virtual
 * waiting time of the M/M/c+G queue (Baccelli and Hebuterne 1981): with {@code θ = c μ - λ} and
 * {@code B} the Erlang B loss of {@code c - 1} servers at {@code a = λ / μ}, an arrival finds a
 * free server with probability {@code 1 / D}, waits {@code x in (0, τ]} with density {@code λ B
 * e^(-θx) / D} and times out with probability {@code (λ B / (c μ)) e^(-θτ) / D}, where {@code D}
 * makes the three add up to 1. One formula covers every load:
 *
 * <ul>
 *   <li>light load: nearly no request waits;
 *   <li>{@code λ < c μ}: as the timeout grows, the results tend to the Erlang C queue ({@link
 *       ErlangC}); with a timeout of 0 they are the Erlang B loss system;
 *   <li>{@code λ >= c μ}, saturation: the queue fills until waits approach the timeout. As {@code
 *       (λ - c μ) τ} grows, served tends to {@code c μ}, dropped to {@code λ - c μ}, utilisation to
 *       1, and served requests wait nearly the whole timeout, so their response time is about
 *       {@code τ} plus one service time. The passage through {@code λ = c μ} is smooth.
 * </ul>
 *
 * <p>Edge cases: with no servers every arrival is dropped (utilisation 0, waiting probability 1);
 * with no arrivals nothing is served or dropped, utilisation and waiting probability are 0, and the
 * latency outputs are NaN, since there is no request to have a latency. Latency outputs are NaN
 * whenever nothing is served. A NaN arrival rate (a gap in a trace) makes every output NaN except
 * {@link #servers()}, {@link #serviceRatePerServer()} and {@link #timeoutSeconds()}.
 *
 * <p>Latency outputs describe served requests only: the response-time law is conditioned on not
 * timing out. The timeout applies to waiting, not to service.
 *
 * <p>Cost: {@link #evaluate} runs one Erlang B recursion (see {@link
 * ErlangC#probabilityOfWaiting(int, double)}) from about {@code 10 sqrt(a)} below the load {@code
 * a} towards c, cut short once its contribution is below {@code 1e-17}, which happens about {@code
 * 9 sqrt(a)} above the load: at most about {@code 20 sqrt(a)} steps whatever c, and a few
 * exponentials. A waiting or drop probability below {@code 1e-17} is therefore reported as 0. The
 * latency getters are closed forms, {@link #responseTimeQuantile(double)} a safeguarded Newton
 * search of typically 2 to 6 steps. Evaluating the same inputs as the previous call does no work.
 * Nothing allocates. An instance is not thread-safe: use one per service and thread.
 *
 * <p>Limitations: each step is evaluated in steady state, so a queue built up in one step does not
 * carry into the next and transients shorter than a step (a burst, a queue draining) are averaged
 * away; arrivals are Poisson and service times exponential, so burstiness and heavy-tailed service
 * are not modelled; every request waits for the same timeout, and requests that time out leave the
 * queue instead of being served late.
 */
public final class FluidQueue {

    /**
     * The Erlang B recursion stops once {@code a B} is below this: every output then differs from
     * the exact one by less than about this much (relative for latencies, absolute otherwise).
     */
    private static final double NEGLIGIBLE = 1e-17;

    private double arrivalRate = Double.NaN;
    private int servers;
    private double serviceRate = Double.NaN;
    private double timeout = Double.NaN;

    private double servedRate = Double.NaN;
    private double droppedRate = Double.NaN;
    private double utilisation = Double.NaN;
    private double noWait = Double.NaN;
    private double waitWeight = Double.NaN;
    private double drain = Double.NaN;
    private double servedShare = Double.NaN;

    /** Creates a queue whose outputs are all NaN until the first {@link #evaluate}. */
    public FluidQueue() {}

    /**
     * Evaluates the queue for one time step and keeps the results for the getters.
     *
     * @param arrivalRate λ in requests per second, finite and at least 0, or NaN for a gap in the
     *     trace (every output becomes NaN)
     * @param servers the number of servers c (replicas times concurrency per replica), at least 0
     * @param serviceRatePerServer μ in requests per second per server, finite and more than 0
     * @param timeoutSeconds the longest a request waits before it is dropped, finite and at least 0
     * @throws IllegalArgumentException naming the argument and its value if one is out of range;
     *     the previous results are then kept
     */
    public void evaluate(
            double arrivalRate, int servers, double serviceRatePerServer, double timeoutSeconds) {
        validate(arrivalRate, servers, serviceRatePerServer, timeoutSeconds);
        if (sameInputs(arrivalRate, servers, serviceRatePerServer, timeoutSeconds)) {
            return;
        }

        this.arrivalRate = arrivalRate;
        this.servers = servers;
        this.serviceRate = serviceRatePerServer;
        this.timeout = timeoutSeconds;
        if (Double.isNaN(arrivalRate)) {
            setOutputs(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        } else if (arrivalRate == 0) {
            setOutputs(0, 0, 0, 1);
        } else if (servers == 0) {
            setOutputs(0, arrivalRate, 0, 0);
        } else {
            solve();
        }
    }

    private static void validate(double lambda, int c, double mu, double tau) {
        if (!Double.isNaN(lambda)) {
            ErlangC.requireNonNegative("arrivalRate", lambda);
        }
        if (c < 0) {
            throw new IllegalArgumentException("servers is " + c + ", expected at least 0");
        }
        ErlangC.requirePositive("serviceRatePerServer", mu);
        ErlangC.requireNonNegative("timeoutSeconds", tau);
    }

    private boolean sameInputs(double lambda, int c, double mu, double tau) {
        return c == servers
                && Double.doubleToLongBits(lambda) == Double.doubleToLongBits(arrivalRate)
                && Double.doubleToLongBits(mu) == Double.doubleToLongBits(serviceRate)
                && Double.doubleToLongBits(tau) == Double.doubleToLongBits(timeout);
    }

    /** Sets the outputs of the cases without a queue: nobody waits, so no latency law is needed. */
    private void setOutputs(double served, double dropped, double busy, double idle) {
        servedRate = served;
        droppedRate = dropped;
        utilisation = busy;
        noWait = idle;
        waitWeight = 0;
        drain = Double.NaN;
        servedShare = Double.NaN;
    }

    /**
     * Solves the M/M/c+D steady state, with every mass divided by {@code e^(max(0, -θ) τ)} so that
     * an overloaded queue with a long timeout does not overflow.
     */
    private void solve() {
        double capacity = servers * serviceRate;
        double theta = capacity - arrivalRate;
        double load = arrivalRate / serviceRate;
        double loss = ErlangC.erlangB(servers - 1, load, NEGLIGIBLE / load);

        double idle = theta >= 0 ? 1.0 : Math.exp(theta * timeout);
        double beyondTimeout = theta >= 0 ? Math.exp(-theta * timeout) : 1.0;
        double density = arrivalRate * loss;
        double waiting = density * ResponseTimeDistribution.shapeMass(theta, timeout);
        double timingOut = density * beyondTimeout / capacity;
        double total = idle + waiting + timingOut;

        noWait = idle / total;
        waitWeight = density / total;
        drain = theta;
        servedShare = (idle + waiting) / total;
        servedRate = arrivalRate * servedShare;
        droppedRate = arrivalRate * (timingOut / total);
        utilisation = Math.min(1.0, servedRate / capacity);
    }

    /** Returns λ, the arrival rate of the last evaluation, in requests per second. */
    public double arrivalRate() {
        return arrivalRate;
    }

    /** Returns c, the number of servers of the last evaluation; 0 before the first. */
    public int servers() {
        return servers;
    }

    /** Returns μ, the service rate per server of the last evaluation, in requests per second. */
    public double serviceRatePerServer() {
        return serviceRate;
    }

    /** Returns the timeout on waiting of the last evaluation, in seconds. */
    public double timeoutSeconds() {
        return timeout;
    }

    /** Returns the rate of requests served (not timed out), in requests per second. */
    public double servedRate() {
        return servedRate;
    }

    /** Returns the rate of requests dropped because they would have waited past the timeout. */
    public double droppedRate() {
        return droppedRate;
    }

    /**
     * Returns the mean share of busy servers, in [0, 1]: served rate over {@code c μ}.
     *
     * @return the utilisation; 0 with no servers or no arrivals
     */
    public double utilisation() {
        return utilisation;
    }

    /**
     * Returns the probability that an arrival finds every server busy, whether it is then served or
     * times out.
     *
     * @return the waiting probability in [0, 1]; 1 with no servers, 0 with no arrivals
     */
    public double probabilityOfWaiting() {
        return 1 - noWait;
    }

    /**
     * Returns the mean response time (wait plus service) of served requests, in seconds.
     *
     * @return the mean; NaN when nothing is served
     */
    public double meanResponseTime() {
        if (!(servedRate > 0)) {
            return Double.NaN;
        }
        double waitMoment = ResponseTimeDistribution.shapeFirstMoment(drain, timeout);
        return 1 / serviceRate + waitWeight * waitMoment / servedShare;
    }

    /**
     * Returns the response time that a share {@code q} of served requests does not exceed.
     *
     * @param q the quantile, strictly between 0 and 1 (0.99 for the 99th percentile)
     * @return the quantile in seconds; NaN when nothing is served
     * @throws IllegalArgumentException if {@code q} is not strictly between 0 and 1
     */
    public double responseTimeQuantile(double q) {
        ErlangC.requireProbability("q", q);
        if (!(servedRate > 0)) {
            return Double.NaN;
        }
        if (waitWeight == 0) {
            return -Math.log1p(-q) / serviceRate;
        }
        return ResponseTimeDistribution.quantile(
                1 - q, noWait, waitWeight, drain, timeout, serviceRate);
    }

    /**
     * Returns the share of served requests whose response time exceeds {@code seconds}.
     *
     * @param seconds the threshold, finite and at least 0 (an SLO latency threshold)
     * @return the share in [0, 1]; NaN when nothing is served
     * @throws IllegalArgumentException if {@code seconds} is negative, infinite or NaN
     */
    public double fractionSlowerThan(double seconds) {
        ErlangC.requireNonNegative("seconds", seconds);
        if (!(servedRate > 0)) {
            return Double.NaN;
        }
        if (waitWeight == 0) {
            return Math.exp(-serviceRate * seconds);
        }
        double tail =
                ResponseTimeDistribution.tail(
                        seconds, noWait, waitWeight, drain, timeout, serviceRate);
        return Math.min(1.0, tail / servedShare);
    }
}
