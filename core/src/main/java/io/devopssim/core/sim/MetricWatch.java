package io.devopssim.core.sim;

import io.devopssim.core.SimulationException;
import io.devopssim.core.anomaly.AlertPolicy;
import io.devopssim.core.anomaly.AnomalyAlert;
import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.anomaly.WatchedMetric;
import io.devopssim.core.fluid.FluidQueue;
import io.devopssim.core.kernel.SimulationKernel;
import java.util.List;

/**
 * Feeds one service metric to a detector every step and turns its scores into alerts.
 *
 * <p>Timestamps given to the detector are epoch seconds of the run's wall clock: the start instant
 * plus simulated time. The hysteresis is that of {@link AlertPolicy}.
 */
final class MetricWatch {

    private final String service;
    private final WatchedMetric metric;
    private final AnomalyDetector detector;
    private final AlertPolicy policy;
    private final double epochStart;
    private final SimulationKernel kernel;
    private final List<AnomalyAlert> alerts;
    private boolean open;
    private int below;

    MetricWatch(
            String service,
            WatchSpec spec,
            double epochStart,
            SimulationKernel kernel,
            List<AnomalyAlert> alerts) {
        this.service = service;
        this.metric = spec.metric();
        this.detector = spec.detectors().get();
        if (detector == null) {
            throw new SimulationException(
                    "the detector factory for "
                            + metric.label()
                            + " of '"
                            + service
                            + "' returned null; expected a new detector");
        }
        this.policy = spec.policy();
        this.epochStart = epochStart;
        this.kernel = kernel;
        this.alerts = alerts;
    }

    WatchedMetric metric() {
        return metric;
    }

    /**
     * Returns this watch's metric in the step just evaluated; NaN for a metric a trace gap leaves
     * without a value.
     *
     * @param cpuShare the ready pods' CPU use as a share of their request, NaN without ready pods
     */
    double value(boolean gap, FluidQueue queue, double arrivalRate, double cpuShare, int ready) {
        if (gap && metric != WatchedMetric.READY_REPLICAS) {
            return Double.NaN;
        }
        return switch (metric) {
            case LATENCY_P99 ->
                    queue.servedRate() > 0 ? queue.responseTimeQuantile(0.99) : Double.NaN;
            case ARRIVAL_RATE -> arrivalRate;
            case CPU_UTILISATION -> cpuShare;
            case READY_REPLICAS -> ready;
        };
    }

    /** Scores the metric's value at simulated {@code time}; opens an alert when it crosses. */
    void observe(double time, double value) {
        double score = detector.score(epochStart + time, value);
        if (Double.isNaN(score)) {
            return;
        }
        if (!(score >= 0 && score <= 1)) {
            throw new SimulationException(
                    "the detector of "
                            + metric.label()
                            + " of '"
                            + service
                            + "' scored "
                            + score
                            + " at "
                            + time
                            + " s; expected a score in [0, 1] or NaN");
        }
        if (score >= policy.threshold()) {
            below = 0;
            if (!open) {
                open = true;
                AnomalyAlert alert = new AnomalyAlert(time, service, metric, value, score);
                alerts.add(alert);
                kernel.publish(alert);
            }
        } else if (open && ++below >= policy.clearAfterPoints()) {
            open = false;
            below = 0;
        }
    }
}
