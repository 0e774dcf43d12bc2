package io.devopssim.core.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * Holds one service's state at every time step of a run, column by column.
 *
 * <p>Values are per step: rates in requests per second, latencies in seconds. A step inside a trace
 * gap has NaN arrival, served, dropped and latency values.
 */
public final class TimeSeries {

    /** The recorded quantities, with the names used in CSV headers and JSON keys. */
    public enum Column {
        /** Start of the step, simulated seconds since the start of the run. */
        TIME("time_s"),
        /** Requests arriving per second; NaN in a trace gap. */
        ARRIVAL_RPS("arrival_rps"),
        /** Requests served per second. */
        SERVED_RPS("served_rps"),
        /** Requests dropped or timed out per second. */
        DROPPED_RPS("dropped_rps"),
        /** Replicas that exist, ready or not. */
        REPLICAS("replicas"),
        /** Replicas that are ready and receive traffic. */
        READY_REPLICAS("ready_replicas"),
        /** Share of ready capacity in use, in [0, 1]. */
        UTILISATION("utilisation"),
        /** Median response time of served requests, in seconds. */
        LATENCY_P50("latency_p50_s"),
        /** 99th percentile response time of served requests, in seconds. */
        LATENCY_P99("latency_p99_s"),
        /** Share of served requests slower than the SLO's latency threshold. */
        SLOW_SHARE("slow_share");

        private final String label;

        Column(String label) {
            this.label = label;
        }

        /** Returns the column's name in CSV headers and JSON keys. */
        public String label() {
            return label;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    private double[][] values;
    private int size;

    TimeSeries(int expectedSteps) {
        values = new double[COLUMNS.length][Math.max(16, expectedSteps)];
    }

    void append(double[] row) {
        if (size == values[0].length) {
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], size * 2);
            }
        }
        for (int c = 0; c < values.length; c++) {
            values[c][size] = row[c];
        }
        size++;
    }

    /** Returns the number of steps recorded. */
    public int size() {
        return size;
    }

    /**
     * Returns the value of {@code column} at step {@code step}.
     *
     * @throws IndexOutOfBoundsException if {@code step} is not in {@code 0 .. size()-1}
     */
    public double value(Column column, int step) {
        return values[column.ordinal()][Objects.checkIndex(step, size)];
    }

    /** Returns a copy of one column's values. */
    public double[] column(Column column) {
        return Arrays.copyOf(values[column.ordinal()], size);
    }
}
