package io.devopssim.ml.forecast;

import java.util.Arrays;

/**
 * The last {@code capacity} per-minute request counts of one series, NaN where unknown.
 *
 * <p>Minute {@code 0} is the latest one; minutes before the first observation are unknown.
 */
final class MinuteHistory {

    private final double[] values;
    private int latest = -1;
    private long observed;

    MinuteHistory(int capacity) {
        values = new double[capacity];
        Arrays.fill(values, Double.NaN);
    }

    /** Appends one minute. */
    void add(double value) {
        latest = (latest + 1) % values.length;
        values[latest] = value;
        observed++;
    }

    /** Returns how many minutes were ever added. */
    long observed() {
        return observed;
    }

    /**
     * Returns the count {@code minutesAgo} minutes before the latest one.
     *
     * @param minutesAgo 0 for the latest minute; at most {@code capacity - 1}
     */
    double ago(int minutesAgo) {
        if (minutesAgo >= observed) {
            return Double.NaN;
        }
        return values[Math.floorMod(latest - minutesAgo, values.length)];
    }

    /** Returns the sum from {@code fromAgo} down to {@code toAgo} minutes ago; NaN if any is. */
    double sum(int fromAgo, int toAgo) {
        double sum = 0;
        for (int ago = fromAgo; ago >= toAgo; ago--) {
            sum += ago(ago);
        }
        return sum;
    }

    /** Returns the largest count of the last {@code minutes} minutes; NaN if any is unknown. */
    double max(int minutes) {
        double max = Double.NEGATIVE_INFINITY;
        for (int ago = 0; ago < minutes; ago++) {
            max = Math.max(max, ago(ago));
        }
        return max;
    }

    /** Returns the smallest count of the last {@code minutes} minutes; NaN if any is unknown. */
    double min(int minutes) {
        double min = Double.POSITIVE_INFINITY;
        for (int ago = 0; ago < minutes; ago++) {
            min = Math.min(min, ago(ago));
        }
        return min;
    }
}
