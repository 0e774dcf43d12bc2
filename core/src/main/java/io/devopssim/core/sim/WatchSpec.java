package io.devopssim.core.sim;

import io.devopssim.core.anomaly.AlertPolicy;
import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.anomaly.WatchedMetric;
import java.util.function.Supplier;

/**
 * One detector to attach to a service's metric in every run.
 *
 * @param metric the metric watched
 * @param detectors makes a fresh detector for each run
 * @param policy when scores open and close alerts
 */
record WatchSpec(
        WatchedMetric metric, Supplier<? extends AnomalyDetector> detectors, AlertPolicy policy) {}
