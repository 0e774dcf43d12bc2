package io.devopssim.core.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a trace's rows on its interval grid and turns them into a {@link Trace}.
 *
 * <p>The first row with a valid timestamp fixes the grid; every later row must fall on it, after
 * the row before it.
 */
final class TraceAssembler {

    /** The most intervals a trace may span: about 388 days at one-second resolution. */
    static final int MAX_INTERVALS = 1 << 25;

    private final TraceOptions options;
    private final long resolutionNanos;
    private Instant start;
    private String firstRow;
    private long previousOffset = -1;
    private String previousText;
    private int previousLine;
    private int[] indices = new int[1024];
    private double[] values = new double[1024];
    private int rows;

    TraceAssembler(TraceOptions options) {
        this.options = options;
        this.resolutionNanos = options.resolution().toNanos();
    }

    /**
     * Returns the interval index of a row's timestamp, or -1 after recording why it does not fit.
     */
    int place(int line, Instant time, String text, Problems problems) {
        if (start == null) {
            start = time;
            firstRow = "'" + text + "' on line " + line;
            previousOffset = 0;
            remember(line, text);
            return 0;
        }
        long offset = offsetNanos(time);
        int index = check(line, text, offset, problems);
        previousOffset = offset;
        remember(line, text);
        return index;
    }

    private int check(int line, String text, long offset, Problems problems) {
        if (offset == previousOffset) {
            problems.add(
                    "line " + line,
                    "duplicate " + describe(text) + ", the same as on line " + previousLine);
            return -1;
        }
        if (offset < previousOffset) {
            problems.add(
                    "line " + line,
                    describe(text)
                            + " is before '"
                            + previousText
                            + "' on line "
                            + previousLine
                            + "; expected timestamps in increasing order");
            return -1;
        }
        if (offset % resolutionNanos != 0) {
            problems.add("line " + line, offGrid(text));
            return -1;
        }
        return index(line, text, offset / resolutionNanos, problems);
    }

    private int index(int line, String text, long index, Problems problems) {
        if (index >= MAX_INTERVALS) {
            problems.add(
                    "line " + line,
                    describe(text)
                            + " is "
                            + index
                            + " intervals after the first row; expected at most "
                            + (MAX_INTERVALS - 1));
            return -1;
        }
        return (int) index;
    }

    private String offGrid(String text) {
        Duration resolution = options.resolution();
        return describe(text)
                + " is not on the "
                + resolution
                + " grid; expected a whole number of "
                + resolution
                + " intervals after the first row ("
                + firstRow
                + ")";
    }

    private String describe(String text) {
        return "timestamp '" + text + "' in column '" + options.timestampColumn() + "'";
    }

    private long offsetNanos(Instant time) {
        try {
            long seconds = Math.subtractExact(time.getEpochSecond(), start.getEpochSecond());
            long nanos = Math.multiplyExact(seconds, 1_000_000_000L);
            return Math.addExact(nanos, time.getNano() - start.getNano());
        } catch (ArithmeticException e) {
            return time.isAfter(start) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    private void remember(int line, String text) {
        previousLine = line;
        previousText = text;
    }

    /** Records the value of a row placed at {@code index}. */
    void put(int index, double value) {
        if (rows == indices.length) {
            indices = Arrays.copyOf(indices, rows * 2);
            values = Arrays.copyOf(values, rows * 2);
        }
        indices[rows] = index;
        values[rows] = value;
        rows++;
    }

    /** Returns how many rows were recorded with {@link #put}. */
    int rows() {
        return rows;
    }

    /** Returns the trace made of the recorded rows; call only when at least one was recorded. */
    Trace build() {
        double seconds = resolutionNanos / 1e9;
        boolean perSecond = options.valueUnit() == TraceOptions.ValueUnit.PER_SECOND;
        int intervals = indices[rows - 1] + 1;
        double[] rates = new double[intervals];
        Arrays.fill(rates, options.gaps() == GapPolicy.ZERO ? 0.0 : Double.NaN);

        double requests = 0;
        for (int i = 0; i < rows; i++) {
            double rps = perSecond ? values[i] : values[i] / seconds;
            rates[indices[i]] = rps * options.scale() * options.timeCompression();
            requests += perSecond ? values[i] * seconds : values[i];
        }
        zeroFillShortGaps(rates);
        double simulatedSeconds = seconds / options.timeCompression();
        return new Trace(
                start,
                options.resolution(),
                simulatedSeconds,
                rates,
                gaps(),
                requests * options.scale());
    }

    /** Reads runs of absent intervals no longer than the options allow as intervals of 0. */
    private void zeroFillShortGaps(double[] rates) {
        long longest = options.zeroFillUpTo().toNanos() / resolutionNanos;
        for (int i = 1; i < rows; i++) {
            int missing = indices[i] - indices[i - 1] - 1;
            if (missing > 0 && missing <= longest) {
                Arrays.fill(rates, indices[i - 1] + 1, indices[i], 0.0);
            }
        }
    }

    private List<Trace.Gap> gaps() {
        List<Trace.Gap> gaps = new ArrayList<>();
        Duration resolution = options.resolution();
        for (int i = 1; i < rows; i++) {
            int missing = indices[i] - indices[i - 1] - 1;
            if (missing > 0) {
                Instant from = start.plus(resolution.multipliedBy(indices[i - 1] + 1L));
                Instant to = start.plus(resolution.multipliedBy(indices[i]));
                gaps.add(new Trace.Gap(from, to, missing));
            }
        }
        return gaps;
    }
}
