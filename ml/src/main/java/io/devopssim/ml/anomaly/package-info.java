/**
 * Anomaly detectors for metric series, implementations of {@link
 * io.devopssim.core.anomaly.AnomalyDetector}.
 */
package io.devopssim.ml.anomaly;
