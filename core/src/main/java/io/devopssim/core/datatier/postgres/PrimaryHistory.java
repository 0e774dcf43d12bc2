package io.devopssim.core.datatier.postgres;

import java.util.Arrays;

/**
 * The primary's WAL position at every step of one timeline, to read it at past times.
 *
 * <p>Positions never decrease within a timeline, so both directions are binary searches. The
 * history grows by one entry per step for the whole run.
 */
final class PrimaryHistory {

    private double[] times = new double[256];
    private double[] positions = new double[256];
    private int size;

    PrimaryHistory(double time, double position) {
        add(time, position);
    }

    void add(double time, double position) {
        if (size > 0 && times[size - 1] == time) {
            positions[size - 1] = position;
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
        }
        times[size] = time;
        positions[size] = position;
        size++;
    }

    double latest() {
        return positions[size - 1];
    }

    /** Returns the position at {@code time}, linear between steps, clamped to the recorded span. */
    double positionAt(double time) {
        if (time <= times[0]) {
            return positions[0];
        }
        if (time >= times[size - 1]) {
            return positions[size - 1];
        }
        int hi = firstIndex(times, time);
        int lo = hi - 1;
        double f = (time - times[lo]) / (times[hi] - times[lo]);
        return positions[lo] + f * (positions[hi] - positions[lo]);
    }

    /** Returns the earliest time the position reached {@code position}, linear between steps. */
    double timeReached(double position) {
        if (position <= positions[0]) {
            return times[0];
        }
        if (position >= positions[size - 1]) {
            return times[size - 1];
        }
        int hi = firstIndex(positions, position);
        int lo = hi - 1;
        double f = (position - positions[lo]) / (positions[hi] - positions[lo]);
        return times[lo] + f * (times[hi] - times[lo]);
    }

    /** Returns the first index whose value is at least {@code key}; values are sorted. */
    private int firstIndex(double[] values, double key) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
