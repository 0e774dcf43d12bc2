package io.devopssim.core.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Predicts that a minute will see as many requests as the same minute one season (a day) earlier.
 *
 * <p>The baseline every load forecaster should beat: no model, no training, and on web traffic with
 * a strong daily cycle a surprisingly good one. It keeps the last season of minutes in a ring, so
 * memory is one {@code double} and one {@code long} per minute of the season.
 *
 * <p>Minutes are identified by their wall-clock start, rounded down to a whole minute. A minute
 * that was never observed, or was observed as NaN (a trace gap), makes the forecast for the minute
 * one season later NaN.
 *
 * <p>Limitations: weekly patterns, holidays and growth are not modelled; the forecast for a minute
 * repeats whatever happened a season earlier, including an outage or a one-off spike.
 */
public final class SeasonalNaiveForecaster implements LoadForecaster {

    private static final int[] DEFAULT_HORIZONS = {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 30, 60
    };

    private final int season;
    private final int[] horizons;
    private final double[] values;
    private final long[] minutes;
    private long last = Long.MIN_VALUE;

    private SeasonalNaiveForecaster(int season, int[] horizons) {
        this.season = season;
        this.horizons = horizons;
        this.values = new double[season];
        this.minutes = new long[season];
        Arrays.fill(minutes, Long.MIN_VALUE);
    }

    /**
     * Returns a forecaster with a one-day season and horizons of 1 to 15 minutes, 30 and 60.
     *
     * @return a new forecaster with empty history
     */
    public static SeasonalNaiveForecaster daily() {
        return new SeasonalNaiveForecaster(1440, DEFAULT_HORIZONS.clone());
    }

    /**
     * Returns a forecaster with the given season and horizons.
     *
     * @param season the length of the cycle, a whole number of minutes, at least 1 minute
     * @param horizons the minutes ahead it predicts: increasing, each in 1 .. the season's minutes
     * @return a new forecaster with empty history
     * @throws IllegalArgumentException naming the value when the season or a horizon is invalid
     */
    public static SeasonalNaiveForecaster of(Duration season, int... horizons) {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(horizons, "horizons");
        if (season.toSeconds() < 60 || season.toSeconds() % 60 != 0 || season.getNano() != 0) {
            throw new IllegalArgumentException(
                    "season must be a whole number of minutes, at least 1, was " + season);
        }
        long length = season.toMinutes();
        if (length > 366L * 1440) {
            throw new IllegalArgumentException("season must be at most 366 days, was " + season);
        }
        checkHorizons(horizons, length);
        return new SeasonalNaiveForecaster((int) length, horizons.clone());
    }

    private static void checkHorizons(int[] horizons, long season) {
        if (horizons.length == 0) {
            throw new IllegalArgumentException("horizons must not be empty");
        }
        for (int i = 0; i < horizons.length; i++) {
            boolean increasing = i == 0 || horizons[i] > horizons[i - 1];
            if (horizons[i] < 1 || horizons[i] > season || !increasing) {
                throw new IllegalArgumentException(
                        "horizons must increase and lie in 1 .. "
                                + season
                                + " minutes, was "
                                + Arrays.toString(horizons));
            }
        }
    }

    /** Returns the season's length in minutes. */
    public int seasonMinutes() {
        return season;
    }

    @Override
    public void observe(Instant minuteStart, double requestsPerMinute) {
        Objects.requireNonNull(minuteStart, "minuteStart");
        long minute = Math.floorDiv(minuteStart.getEpochSecond(), 60);
        if (last != Long.MIN_VALUE && minute <= last) {
            throw new IllegalArgumentException(
                    "minuteStart must be after the last observed minute "
                            + Instant.ofEpochSecond(last * 60)
                            + ", was "
                            + minuteStart);
        }
        if (requestsPerMinute < 0 || Double.isInfinite(requestsPerMinute)) {
            throw new IllegalArgumentException(
                    "requestsPerMinute must be a finite count of at least 0 or NaN, was "
                            + requestsPerMinute);
        }
        int slot = (int) Math.floorMod(minute, (long) season);
        values[slot] = requestsPerMinute;
        minutes[slot] = minute;
        last = minute;
    }

    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    @Override
    public double forecast(int minutesAhead) {
        if (Arrays.binarySearch(horizons, minutesAhead) < 0) {
            throw new IllegalArgumentException(
                    "minutesAhead must be one of "
                            + Arrays.toString(horizons)
                            + ", was "
                            + minutesAhead);
        }
        if (last == Long.MIN_VALUE) {
            return Double.NaN;
        }
        long target = last + minutesAhead - season;
        int slot = (int) Math.floorMod(target, (long) season);
        return minutes[slot] == target ? values[slot] : Double.NaN;
    }
}
