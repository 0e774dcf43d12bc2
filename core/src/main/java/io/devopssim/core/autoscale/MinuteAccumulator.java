package io.devopssim.core.autoscale;

import io.devopssim.core.forecast.LoadForecaster;
import java.time.Instant;

/**
 * Sums arrivals into whole wall-clock minutes and hands each finished minute to a forecaster.
 *
 * <p>Simulated time 0 stands for {@code start}; minutes are whole minutes of the wall clock, so
 * when {@code start} is not on a minute the first minute is only partly seen. A minute that was not
 * seen completely, or in which any stretch had an unknown rate, is observed as NaN.
 */
final class MinuteAccumulator {

    private static final double EPS = 1e-6;

    private final LoadForecaster forecaster;
    private final Instant anchor;
    private final double offset;
    private long minute;
    private double sum;
    private double covered;
    private boolean unknown;
    private long lastObserved = -1;

    MinuteAccumulator(LoadForecaster forecaster, Instant start) {
        this.forecaster = forecaster;
        long anchorSecond = Math.floorDiv(start.getEpochSecond(), 60) * 60;
        this.anchor = Instant.ofEpochSecond(anchorSecond);
        this.offset = start.getEpochSecond() - anchorSecond + start.getNano() / 1e9;
    }

    /** Returns seconds from the minute boundary before {@code start} to {@code start}. */
    double offsetSeconds() {
        return offset;
    }

    /** Returns the index of the last minute handed to the forecaster, or -1 for none. */
    long lastObserved() {
        return lastObserved;
    }

    /** Adds {@code seconds} of arrivals at {@code rate} per second from simulated {@code time}. */
    void add(double time, double rate, double seconds) {
        double t = time + offset;
        if (t < minute * 60.0 - EPS) {
            throw new IllegalArgumentException(
                    "arrivals must be given in time order; got time "
                            + time
                            + " s after later ones");
        }
        double end = t + seconds;
        while (t < end - EPS) {
            long m = Math.max(minute, (long) Math.floor((t + EPS) / 60));
            if (m != minute) {
                finishMinute();
                begin(m);
            }
            double boundary = (m + 1) * 60.0;
            double upTo = Math.min(end, boundary);
            if (Double.isNaN(rate)) {
                unknown = true;
            } else {
                sum += rate * (upTo - t);
            }
            covered += upTo - t;
            t = upTo;
            if (upTo >= boundary - EPS) {
                finishMinute();
                begin(m + 1);
            }
        }
    }

    private void finishMinute() {
        if (covered <= 0) {
            return;
        }
        double value = unknown || covered < 60 - EPS ? Double.NaN : sum;
        forecaster.observe(anchor.plusSeconds(minute * 60), value);
        lastObserved = minute;
    }

    private void begin(long next) {
        minute = next;
        sum = 0;
        covered = 0;
        unknown = false;
    }
}
