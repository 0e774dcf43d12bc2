package io.devopssim.core.routing;

import io.devopssim.core.kernel.SimulationKernel;

/** Runs one region failure on a fresh kernel and returns the report. */
final class FailoverRun {

    static final double FAILED_AT = 1000;

    private FailoverRun() {}

    static FailoverReport fail(RoutingConfig config, long seed, String region, double horizon) {
        return fail(config, seed, region, horizon, 0.1);
    }

    static FailoverReport fail(
            RoutingConfig config, long seed, String region, double horizon, double step) {
        SimulationKernel kernel = SimulationKernel.create(seed);
        GlobalRouting routing = GlobalRouting.start(kernel, config);
        kernel.scheduleAt(FAILED_AT, k -> routing.regionFailed(region));
        kernel.runUntil(FAILED_AT + horizon);
        return routing.report(region, FAILED_AT, FAILED_AT + horizon, step);
    }

    /** Returns the phase that puts the next check {@code offset} seconds after the failure. */
    static double phaseFor(double offset, double interval) {
        double x = (FAILED_AT + offset) % interval;
        return x < 0 ? x + interval : x;
    }
}
