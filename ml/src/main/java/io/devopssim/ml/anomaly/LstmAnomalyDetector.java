package io.devopssim.ml.anomaly;

import io.devopssim.core.anomaly.AnomalyDetector;
import io.devopssim.core.inference.InferenceEngine;

/**
 * Scores one metric series point by point by how new the LSTM finds its latest context.
 *
 * <p>For each point, using only it and the points before it:
 *
 * <ol>
 *   <li>at two time scales, the LSTM reads the last {@code window} points, or the means of the last
 *       {@code window} blocks of 4 points, the new one included, normalised online (exponentially
 *       weighted mean and standard deviation of the points before it), and gives its last hidden
 *       state, a learned embedding of the latest context (the LSTM was trained to predict the next
 *       value). The distance of that state to the nearest state of the same scale between 32 and
 *       3,000 points earlier (a matrix profile in the LSTM's embedding) feeds an anomaly likelihood
 *       per scale: how unusual the mean of the last 10 distances is against the last 4,000;
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
 * irregular sampling rate is not itself an anomaly. Each point costs two LSTM calls and up to 6,000
 * state comparisons. A detector holds about 840 KB of history (2 x 3,001 states of 32 floats and
 * two likelihood histories).
 */
public final class LstmAnomalyDetector implements AnomalyDetector {

    static final int WARM_UP = 300;
    static final int LONG_WINDOW = 4000;
    static final int MIN_HISTORY = 50;
    static final int SHORT_WINDOW = 10;

    static final int EXCLUSION = 32;
    static final int LOOK_BACK = 3000;
    static final double SPATIAL_TOLERANCE = 0.02;
    static final double SUPPRESS_LEVEL = 0.4;
    static final int SUPPRESS_POINTS = 100;

    /** The time scales, ascending: block sizes whose means the LSTM reads. */
    static final int[] BLOCKS = {1, 4};

    /** The longest model window whose longest time scale leaves matches to compare at warm-up. */
    static final int MAX_WINDOW = (WARM_UP - EXCLUSION) / BLOCKS[BLOCKS.length - 1];

    /** Larger magnitudes would overflow the squared deviations of the statistics. */
    static final double MAX_MAGNITUDE = 1e100;

    private final InferenceEngine model;
    private final OnlineStatistics statistics;
    private final SeriesHistory history;
    private final ContextNovelty[] scales;
    private double lastTime = Double.NEGATIVE_INFINITY;
    private double low = Double.NaN;
    private double high = Double.NaN;
    private int quiet;

    LstmAnomalyDetector(InferenceEngine model, int window, Normalisation normalisation) {
        this.model = model;
        this.statistics = new OnlineStatistics(normalisation);
        this.scales = new ContextNovelty[BLOCKS.length];
        for (int i = 0; i < BLOCKS.length; i++) {
            scales[i] = new ContextNovelty(BLOCKS[i], window, model.outputSize());
        }
        this.history = new SeriesHistory(window * BLOCKS[BLOCKS.length - 1]);
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
        for (ContextNovelty scale : scales) {
            if (history.size() >= scale.span()) {
                scale.encode(history, statistics, model);
            }
        }
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

    /** Returns the largest of the signals; the value is in the history, not the statistics. */
    private double signals(double value) {
        double score = 0.0;
        for (ContextNovelty scale : scales) {
            score = Math.max(score, scale.score());
        }
        double span = high - low;
        boolean outside =
                span > 0
                        && (value > high + SPATIAL_TOLERANCE * span
                                || value < low - SPATIAL_TOLERANCE * span);
        return outside ? 1.0 : score;
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
