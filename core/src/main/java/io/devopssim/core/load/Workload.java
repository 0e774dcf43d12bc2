package io.devopssim.core.load;

/**
 * Gives the request arrival rate of one service over simulated time.
 *
 * <p>Trace replay and synthetic load both implement this. Time is simulated seconds since the start
 * of the run. A trace that has no data for an instant (an outage of the recorder, an omitted minute
 * under {@link GapPolicy#MISSING}) returns {@link Double#NaN} there, so that gaps stay visible in
 * results instead of being read as zero traffic.
 */
public interface Workload {

    /**
     * Returns the arrival rate at simulated time {@code t}, in requests per second.
     *
     * @param t seconds since the start of the run, at least 0
     * @return the rate, at least 0, or NaN where the source has no data
     */
    double rate(double t);

    /**
     * Returns how many seconds of load this workload describes.
     *
     * @return the length in seconds, or {@link Double#POSITIVE_INFINITY} for synthetic load
     */
    double duration();
}
