/**
 * Anomaly detection on metric series: {@link io.devopssim.core.anomaly.AnomalyDetector}, the
 * simulated metrics it can watch and the {@link io.devopssim.core.anomaly.AnomalyAlert} events a
 * watched run raises.
 */
package io.devopssim.core.anomaly;
