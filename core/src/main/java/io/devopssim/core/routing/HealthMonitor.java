package io.devopssim.core.routing;

import io.devopssim.core.kernel.SimulationKernel;

/**
 * The health checks of one region, computed from its failures instead of run as periodic events.
 *
 * <p>Checks fall at {@code phase + k × interval}, and a check at the instant of a change sees it.
 * When the region fails, the check that will mark it unhealthy is known at once: the {@code
 * threshold}-th check from the first one at or after the failure; one event is scheduled there, and
 * cancelled if the region recovers first. Recovery works the same way with the healthy threshold.
 * Each change therefore costs O(log n) on the kernel, whatever the run's length.
 */
final class HealthMonitor {

    /** Receives the monitor's verdicts. */
    interface Verdicts {
        void markedUnhealthy(HealthMonitor monitor, double failedAt);

        void markedHealthy(HealthMonitor monitor, double restoredAt);
    }

    private static final long NONE = -1;

    private final String region;
    private final HealthCheck check;
    private final double phase;
    private final Verdicts verdicts;

    private boolean up = true;
    private boolean healthy = true;
    private long pending = NONE;
    private double firstFailedCheck = Double.NaN;
    private double failedAt = Double.NaN;
    private double restoredAt = Double.NaN;

    HealthMonitor(String region, HealthCheck check, double phase, Verdicts verdicts) {
        this.region = region;
        this.check = check;
        this.phase = phase;
        this.verdicts = verdicts;
    }

    String region() {
        return region;
    }

    boolean isUp() {
        return up;
    }

    boolean isHealthy() {
        return healthy;
    }

    /** Returns the time of the first check at or after {@code time}. */
    double nextCheck(double time) {
        double interval = check.intervalSeconds();
        double k = Math.ceil((time - phase) / interval);
        return phase + Math.max(0, k) * interval;
    }

    void fail(SimulationKernel kernel) {
        if (!up) {
            return;
        }
        up = false;
        cancelPending(kernel);
        if (!healthy) {
            return;
        }
        double now = kernel.now();
        boolean noPassSince = !Double.isNaN(firstFailedCheck) && nextCheck(restoredAt) >= now;
        if (!noPassSince) {
            firstFailedCheck = nextCheck(now);
        }
        failedAt = now;
        double at = firstFailedCheck + (check.failureThreshold() - 1) * check.intervalSeconds();
        pending = kernel.scheduleAt(Math.max(now, at), k -> markUnhealthy());
    }

    void restore(SimulationKernel kernel) {
        if (up) {
            return;
        }
        up = true;
        cancelPending(kernel);
        double now = kernel.now();
        if (healthy) {
            restoredAt = now;
            return;
        }
        double at = nextCheck(now) + (check.healthyThreshold() - 1) * check.intervalSeconds();
        pending = kernel.scheduleAt(at, k -> markHealthy(now));
    }

    private void markUnhealthy() {
        pending = NONE;
        healthy = false;
        double at = failedAt;
        firstFailedCheck = Double.NaN;
        failedAt = Double.NaN;
        verdicts.markedUnhealthy(this, at);
    }

    private void markHealthy(double restoredAt) {
        pending = NONE;
        healthy = true;
        verdicts.markedHealthy(this, restoredAt);
    }

    private void cancelPending(SimulationKernel kernel) {
        if (pending != NONE) {
            kernel.cancel(pending);
            pending = NONE;
        }
    }
}
