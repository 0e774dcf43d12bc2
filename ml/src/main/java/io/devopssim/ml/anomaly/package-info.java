/**
 * Streaming anomaly detection on metric series with the shipped LSTM: {@link
 * io.devopssim.ml.anomaly.AnomalyDetectors}.
 */
package io.devopssim.ml.anomaly;
