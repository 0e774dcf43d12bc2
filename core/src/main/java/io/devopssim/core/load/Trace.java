package io.devopssim.core.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recorded trace held as one arrival rate per interval, replayed as a step function.
 *
 * <p>Interval {@code i} covers simulated seconds {@code [i·d, (i+1)·d)} from the first row, where
 * {@code d} is {@link #intervalSeconds()}. Rates are in requests per second after scaling and time
 * compression; an interval without a row holds NaN under {@link GapPolicy#MISSING} and 0 under
 * {@link GapPolicy#ZERO}. {@link #gaps()} and {@link #missingIntervals()} describe the rows absent
 * from the file whatever the policy, so an outage stays visible even when it is replayed as zero.
 *
 * <p>Instances are immutable and made by {@link CsvTraceLoader}.
 */
public final class Trace implements Workload {

    private final Instant start;
    private final Duration resolution;
    private final double intervalSeconds;
    private final double[] rates;
    private final List<Gap> gaps;
    private final int missingIntervals;
    private final double totalRequests;
    private final double peakRate;
    private final double meanRate;

    Trace(
            Instant start,
            Duration resolution,
            double intervalSeconds,
            double[] rates,
            List<Gap> gaps,
            double totalRequests) {
        this.start = start;
        this.resolution = resolution;
        this.intervalSeconds = intervalSeconds;
        this.rates = rates;
        this.gaps = List.copyOf(gaps);
        this.missingIntervals = gaps.stream().mapToInt(Gap::intervals).sum();
        this.totalRequests = totalRequests;
        this.peakRate = peak(rates);
        this.meanRate = mean(rates);
    }

    /**
     * Returns the rate during the interval that holds simulated time {@code t}.
     *
     * @param t seconds since the start of the replay
     * @return requests per second; NaN in a missing interval, before 0 and from {@link #duration()}
     *     on
     */
    @Override
    public double rate(double t) {
        if (!(t >= 0)) {
            return Double.NaN;
        }
        double interval = t / intervalSeconds;
        return interval < rates.length ? rates[(int) interval] : Double.NaN;
    }

    /** Returns the replay's length in simulated seconds: intervals times interval length. */
    @Override
    public double duration() {
        return rates.length * intervalSeconds;
    }

    /** Returns the time of the first row, in the trace's own (original) time. */
    public Instant start() {
        return start;
    }

    /** Returns the length of one interval in the trace's own time, before compression. */
    public Duration resolution() {
        return resolution;
    }

    /** Returns the length of one interval in simulated seconds, after time compression. */
    public double intervalSeconds() {
        return intervalSeconds;
    }

    /** Returns the number of intervals from the first row to the last, both included. */
    public int intervalCount() {
        return rates.length;
    }

    /**
     * Returns the rate of interval {@code i} in requests per second.
     *
     * @param i the interval, from 0 to {@code intervalCount() - 1}
     * @return the rate; NaN for a missing interval under {@link GapPolicy#MISSING}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public double rateAtInterval(int i) {
        return rates[Objects.checkIndex(i, rates.length)];
    }

    /** Returns how many intervals between the first and last row had no row in the file. */
    public int missingIntervals() {
        return missingIntervals;
    }

    /** Returns the runs of intervals without a row, in time order, in the trace's own time. */
    public List<Gap> gaps() {
        return gaps;
    }

    /**
     * Returns the number of requests in the trace after scaling; compression does not change it.
     */
    public double totalRequests() {
        return totalRequests;
    }

    /** Returns the highest rate of any interval in requests per second, ignoring NaN. */
    public double peakRate() {
        return peakRate;
    }

    /**
     * Returns the mean rate in requests per second over the intervals whose rate is not NaN: the
     * present intervals under {@link GapPolicy#MISSING}, all intervals under {@link
     * GapPolicy#ZERO}.
     */
    public double meanRate() {
        return meanRate;
    }

    @Override
    public String toString() {
        return "Trace[start="
                + start
                + ", resolution="
                + resolution
                + ", intervals="
                + rates.length
                + ", missing="
                + missingIntervals
                + "]";
    }

    private static double peak(double[] rates) {
        double peak = 0;
        for (double rate : rates) {
            if (rate > peak) {
                peak = rate;
            }
        }
        return peak;
    }

    private static double mean(double[] rates) {
        double sum = 0;
        int present = 0;
        for (double rate : rates) {
            if (!Double.isNaN(rate)) {
                sum += rate;
                present++;
            }
        }
        return present == 0 ? Double.NaN : sum / present;
    }

    /**
     * A run of consecutive intervals without a row.
     *
     * @param start the start of the first missing interval
     * @param end the end of the last missing interval, which is the time of the next row
     * @param intervals how many intervals are missing, at least 1
     */
    public record Gap(Instant start, Instant end, int intervals) {

        /** Returns the gap's length in the trace's own time. */
        public Duration length() {
            return Duration.between(start, end);
        }
    }
}
