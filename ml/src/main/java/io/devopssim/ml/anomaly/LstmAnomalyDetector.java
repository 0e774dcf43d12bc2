package io.devopssim.ml.anomaly;

import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.inference.InferenceEngine;

/**
 * Scores one metric series point by point with an LSTM forecaster and two cheap signals.
 *
 * <p>For each point, using only it and the points before it:
 *
 * <ol>
 *   <li>the LSTM predicts the point from the previous {@code window} points, normalised online
 *       (exponentially weighted mean and standard deviation); the absolute prediction error feeds
 *       an anomaly likelihood: how unusual the mean of the last 10 errors is against the last
 *       4,000;
 *   <li>the distance of the last 32 points to their nearest earlier match within the last 3,000 (a
 *       left matrix profile, in units of the series' standard deviation) feeds a second likelihood;
 *   <li>a value beyond the range seen so far by 2% of that range scores 1.
 * </ol>
 *
 * The score is the largest of the three. A score of at least 0.4 silences the next 100 points, so
 * one anomaly raises one alarm. Nothing is scored during the first 300 points.
 *
 * <p>Created by {@link AnomalyDetectors}; one instance per series, used from one thread at a time.
 * Instances share one thread-safe {@link InferenceEngine}.
 *
 * <p><b>Limitations.</b> Missing points (NaN) score 0 and are skipped: the series is treated as if
 * the points around a gap were adjacent, and timestamps are checked but not otherwise used, so an
 * irregular sampling rate is not itself an anomaly. Each point costs one LSTM call and up to 3,000
 * subsequence comparisons: about 0.15 ms of CPU (0.03 ms of it the LSTM) on a busy 2-core machine.
 * A detector holds about 110 KB of history.
 */
public final class LstmAnomalyDetector implements AnomalyDetector {

    static final int WARM_UP = 300;
    static final int LONG_WINDOW = 4000;
    static final int MIN_HISTORY = 50;
    static final int LSTM_SHORT_WINDOW = 10;
    static final int SUBSEQUENCE = 32;
    static final int LOOK_BACK = 3000;
    static final double DISTANCE_CLIP = 10.0;
    static final double SPATIAL_TOLERANCE = 0.02;
    static final double SUPPRESS_LEVEL = 0.4;
    static final int SUPPRESS_POINTS = 100;

    /** Larger magnitudes would overflow the squared deviations of the statistics. */
    static final double MAX_MAGNITUDE = 1e100;

    private final InferenceEngine model;
    private final OnlineStatistics statistics;
    private final SeriesHistory history;
    private final Likelihood lstmLikelihood;
    private final Likelihood distanceLikelihood;
    private final float[] input;
    private final float[] output = new float[1];
    private double lastTime = Double.NEGATIVE_INFINITY;
    private double low = Double.NaN;
    private double high = Double.NaN;
    private int quiet;

    LstmAnomalyDetector(InferenceEngine model, int window, Normalisation normalisation) {
        this.model = model;
        this.statistics = new OnlineStatistics(normalisation);
        this.history = new SeriesHistory(Math.max(window + 1, LOOK_BACK + SUBSEQUENCE));
        this.lstmLikelihood = new Likelihood(LONG_WINDOW, LSTM_SHORT_WINDOW, MIN_HISTORY);
        this.distanceLikelihood = new Likelihood(LONG_WINDOW, 1, MIN_HISTORY);
        this.input = new float[window];
    }

    /**
     * Returns the anomaly score of the next point, in [0, 1].
     *
     * @param epochSeconds when the value was measured; finite and after the previous point's time
     * @param value the value, or NaN for a missing point (which scores 0 and changes nothing else)
     * @return the score, 0 during the first 300 points
     * @throws IllegalArgumentException if the time is not finite or not after the previous one, or
     *     the value is infinite or beyond +-1e100
     */
    @Override
    public double score(double epochSeconds, double value) {
        checkPoint(epochSeconds, value);
        lastTime = epochSeconds;
        if (Double.isNaN(value)) {
            return 0.0;
        }

        boolean first = history.size() == 0;
        boolean scored = history.size() >= WARM_UP;
        history.add(value);
        double raw = scored ? signals(value) : 0.0;

        low = first ? value : Math.min(low, value);
        high = first ? value : Math.max(high, value);
        statistics.add(value);
        return suppress(raw);
    }

    private void checkPoint(double epochSeconds, double value) {
        if (!Double.isFinite(epochSeconds)) {
            throw new IllegalArgumentException(
                    "epochSeconds is " + epochSeconds + ", expected a finite time");
        }
        if (!(epochSeconds > lastTime)) {
            throw new IllegalArgumentException(
                    "epochSeconds "
                            + epochSeconds
                            + " is not after the previous point's "
                            + lastTime
                            + ", expected increasing times");
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            throw new IllegalArgumentException(
                    "value is "
                            + value
                            + ", expected a number within +-"
                            + MAX_MAGNITUDE
                            + " or NaN for a missing point");
        }
    }

    /**
     * Returns the largest of the three signals; the value is in the history, not the statistics.
     */
    private double signals(double value) {
        double error = Math.abs(statistics.normalise(value) - predictNormalised());
        double lstm = lstmLikelihood.update(error);

        double distance = history.nearestMatchDistance(SUBSEQUENCE, LOOK_BACK) / statistics.std();
        double novelty = distanceLikelihood.update(Math.min(distance, DISTANCE_CLIP));

        double span = high - low;
        boolean outside =
                span > 0
                        && (value > high + SPATIAL_TOLERANCE * span
                                || value < low - SPATIAL_TOLERANCE * span);
        return Math.max(Math.max(lstm, novelty), outside ? 1.0 : 0.0);
    }

    private double predictNormalised() {
        long end = history.size() - 1;
        for (int k = 0; k < input.length; k++) {
            input[k] = (float) statistics.normalise(history.get(end - input.length + k));
        }
        model.predict(input, output);
        return output[0];
    }

    private double suppress(double raw) {
        if (quiet > 0) {
            quiet--;
            return 0.0;
        }
        if (raw >= SUPPRESS_LEVEL) {
            quiet = SUPPRESS_POINTS;
        }
        return raw;
    }
}
