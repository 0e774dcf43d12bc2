package io.devopssim.core.sim;

import io.devopssim.core.load.Workload;

/**
 * The read rate of the run's current step, set by the cache part at each step.
 *
 * <p>It answers the same rate for any time. That is right for {@link
 * io.devopssim.core.datatier.cache.RedisCache}, which asks only about the instant of its last
 * update, because the part brings the cache up to date at the old rate before setting the new one.
 */
final class SteppedReads implements Workload {

    private double rate;

    void set(double readsPerSecond) {
        rate = readsPerSecond;
    }

    @Override
    public double rate(double t) {
        return rate;
    }

    @Override
    public double duration() {
        return Double.POSITIVE_INFINITY;
    }
}
