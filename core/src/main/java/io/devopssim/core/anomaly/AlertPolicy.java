package io.devopssim.core.anomaly;

import java.util.ArrayList;
import java.util.List;

/**
 * Says when anomaly scores open and close an alert, so that one incident raises one alert.
 *
 * <p>An alert opens at the first point whose score is at least {@code threshold}. It stays open,
 * raising nothing more, until {@code clearAfterPoints} consecutive points score below the
 * threshold; the next point at or above it then opens a new alert. A NaN score (the detector had
 * nothing to judge) neither opens an alert nor counts towards closing one.
 *
 * @param threshold the score that opens an alert, in (0, 1]
 * @param clearAfterPoints how many consecutive points below the threshold close an alert, at least
 *     1
 */
public record AlertPolicy(double threshold, int clearAfterPoints) {

    /** Threshold of the default policy. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Points below the threshold that close an alert under the default policy. */
    public static final int DEFAULT_CLEAR_AFTER_POINTS = 4;

    /**
     * Creates a policy, reporting every invalid value at once.
     *
     * @throws IllegalArgumentException naming each invalid value and what was expected
     */
    public AlertPolicy {
        List<String> problems = new ArrayList<>();
        if (!(threshold > 0 && threshold <= 1)) {
            problems.add("threshold must be in (0, 1], was " + threshold);
        }
        if (clearAfterPoints < 1) {
            problems.add("clearAfterPoints must be at least 1, was " + clearAfterPoints);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Returns the default policy: threshold 0.5, closed after 4 points below it. */
    public static AlertPolicy defaults() {
        return new AlertPolicy(DEFAULT_THRESHOLD, DEFAULT_CLEAR_AFTER_POINTS);
    }
}
