package io.devopssim.core.anomaly;

/**
 * Scores each point of one metric series for how anomalous it is, as the points arrive.
 *
 * <p>Streaming and causal: the score of a point depends only on it and the points before it. An
 * instance watches one series and is used from one thread at a time; it adapts to the series on its
 * own, so it needs no per-series settings.
 */
public interface AnomalyDetector {

    /**
     * Returns the anomaly score of the next point of the series.
     *
     * @param epochSeconds when the value was measured, in seconds; increasing from call to call
     * @param value the measured value; NaN when the metric is missing at that time
     * @return a score in [0, 1]: 0 ordinary, 1 certainly anomalous
     * @throws IllegalArgumentException if the time is not after the previous point's
     */
    double score(double epochSeconds, double value);
}
