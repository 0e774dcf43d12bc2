package io.devopssim.core.anomaly;

import io.devopssim.core.kernel.SimEvent;
import java.util.Objects;

/**
 * Records that a detector watching a service's metric opened an alert.
 *
 * @param time simulated seconds since the start of the run, at the point that opened the alert
 * @param service the service's name
 * @param metric the metric that was watched
 * @param value the metric's value at that point; NaN when it was missing
 * @param score the detector's score at that point, in [threshold, 1]
 */
public record AnomalyAlert(
        double time, String service, WatchedMetric metric, double value, double score)
        implements SimEvent {

    /** Creates an alert. */
    public AnomalyAlert {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(metric, "metric");
    }
}
