package io.devopssim.core.sim;

import java.util.random.RandomGenerator;

/**
 * Draws when the containers of one region's pods crash: an exponential up time of mean MTBF.
 *
 * <p>Each container life draws one up time from the region's own stream, so crashes of one service
 * and region leave every other draw of the run as it was. A crash due after the horizon is not
 * scheduled.
 *
 * @param mtbfSeconds the mean up time of one container per location (zone or node) of the region,
 *     by the location's index; NaN where no random pod-crash covers the location
 * @param horizonSeconds no crash happens after this time
 * @param random the stream of up times and of the restarts' start-up and readiness times
 */
record PodCrashes(double[] mtbfSeconds, double horizonSeconds, RandomGenerator random) {

    /**
     * Returns when a container started at {@code now} crashes, or NaN if not before the horizon.
     */
    double nextCrash(double now, int location) {
        if (location < 0 || location >= mtbfSeconds.length || Double.isNaN(mtbfSeconds[location])) {
            return Double.NaN;
        }
        double at = now + mtbfSeconds[location] * random.nextExponential();
        return at <= horizonSeconds ? at : Double.NaN;
    }
}
