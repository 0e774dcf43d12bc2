package io.devopssim.ml.nab;

import java.util.List;
import java.util.Objects;

/**
 * One labelled series of a benchmark corpus: its rows (timestamp, value) and its anomaly windows.
 *
 * <p>Immutable. Timestamps are read as UTC and never decrease; values are finite. The benchmark's
 * own files repeat a timestamp for a few rows (around a clock change): such rows are kept, as the
 * benchmark scores them, and {@link #epochSeconds(int)} places each 1 ms after the row before it,
 * so that detectors see strictly increasing times.
 */
public final class NabSeries {

    private final String name;
    private final String[] timestamps;
    private final double[] epochSeconds;
    private final double[] values;
    private final List<NabWindow> windows;

    NabSeries(
            String name,
            String[] timestamps,
            double[] epochSeconds,
            double[] values,
            List<NabWindow> windows) {
        this.name = Objects.requireNonNull(name, "name");
        this.timestamps = timestamps.clone();
        this.epochSeconds = epochSeconds.clone();
        this.values = values.clone();
        this.windows = List.copyOf(windows);
    }

    /** Returns the series' path under the corpus's {@code data} folder, such as {@code a/b.csv}. */
    public String name() {
        return name;
    }

    /** Returns how many rows the series holds. */
    public int size() {
        return values.length;
    }

    /** Returns row {@code row}'s timestamp exactly as the file spells it. */
    public String timestamp(int row) {
        return timestamps[row];
    }

    /**
     * Returns row {@code row}'s time in seconds since the epoch, the timestamp read as UTC;
     * strictly increasing, a repeated timestamp moved 1 ms after the previous row.
     */
    public double epochSeconds(int row) {
        return epochSeconds[row];
    }

    /** Returns row {@code row}'s value. */
    public double value(int row) {
        return values[row];
    }

    /** Returns the anomaly windows in row order, disjoint, overlapping labels already merged. */
    public List<NabWindow> windows() {
        return windows;
    }

    /** Returns how many leading rows are not scored: {@code min(floor(0.15 * size), 750)}. */
    public int probationRows() {
        return Math.min(size() * 15 / 100, 750);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " rows, " + windows.size() + " windows)";
    }
}
