/**
 * Anomaly detectors for metric series, implementations of {@link
 * io.devopssim.core.anomaly.AnomalyDetector}: the shipped LSTM-based detector ({@link
 * io.devopssim.ml.anomaly.AnomalyDetectors}) and a windowed Gaussian baseline.
 */
package io.devopssim.ml.anomaly;
