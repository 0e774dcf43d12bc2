/** Anomaly detection on metric series: {@link io.devopssim.core.anomaly.AnomalyDetector}. */
package io.devopssim.core.anomaly;
