package io.devopssim.ml.forecast;

import io.devopssim.core.forecast.LoadForecaster;
import io.devopssim.core.inference.InferenceEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * Forecasts one series' requests per minute with the gradient-boosted trees of a {@link
 * LoadForecastModel}.
 *
 * <p>Each forecast is the model's output times the mean of the last hour. Minutes skipped between
 * two observations are quiet minutes (0 requests) when the run is at most the model's zero-fill
 * length (60 minutes), and unknown when longer, as in traces that omit empty minutes. The forecast
 * is NaN until the last 60 minutes are all known, and 0 after an hour without requests.
 * Same-minute-yesterday features are simply missing during the first day or after a gap.
 *
 * <p>Instances are made by {@link LoadForecastModel#forecaster}; like every {@link LoadForecaster}
 * they are used from one thread at a time, and share the model with others.
 *
 * <p>Limitations: the model was trained on one web server's trace (NASA, 1995); it sees only the
 * last day and the calendar, so weekly patterns and announced events are beyond it.
 */
public final class TreeLoadForecaster implements LoadForecaster {

    private static final double UNKNOWN_LEVEL = Double.NaN;

    private final InferenceEngine engine;
    private final ZoneId zone;
    private final int[] horizons;
    private final long zeroFillUpTo;
    private final MinuteHistory history = new MinuteHistory(ForecastFeatures.WINDOW);
    private final float[] row = new float[ForecastFeatures.NAMES.size()];
    private final float[] scores;
    private final double[] forecasts;
    private Instant last;
    private boolean fresh;

    TreeLoadForecaster(InferenceEngine engine, ZoneId zone, int[] horizons, int zeroFillUpTo) {
        this.engine = engine;
        this.zone = zone;
        this.horizons = horizons.clone();
        this.zeroFillUpTo = zeroFillUpTo;
        this.scores = new float[horizons.length];
        this.forecasts = new double[horizons.length];
    }

    @Override
    public void observe(Instant minuteStart, double requestsPerMinute) {
        Objects.requireNonNull(minuteStart, "minuteStart");
        if (requestsPerMinute < 0 || Double.isInfinite(requestsPerMinute)) {
            throw new IllegalArgumentException(
                    "requestsPerMinute is "
                            + requestsPerMinute
                            + " at "
                            + minuteStart
                            + "; expected a finite rate of at least 0, or NaN when unknown");
        }
        long skipped = skippedMinutes(minuteStart);
        double fill = skipped <= zeroFillUpTo ? 0.0 : Double.NaN;
        for (long i = 0; i < Math.min(skipped, ForecastFeatures.WINDOW); i++) {
            history.add(fill);
        }
        history.add(requestsPerMinute);
        last = minuteStart;
        fresh = false;
    }

    private long skippedMinutes(Instant minuteStart) {
        if (last == null) {
            return 0;
        }
        long minutes = Duration.between(last, minuteStart).toMinutes();
        if (minutes < 1) {
            throw new IllegalArgumentException(
                    "minuteStart "
                            + minuteStart
                            + " is not at least a minute after the last observed minute "
                            + last);
        }
        return minutes - 1;
    }

    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    @Override
    public double forecast(int minutesAhead) {
        int index = indexOf(minutesAhead);
        if (!fresh) {
            predict();
            fresh = true;
        }
        return forecasts[index];
    }

    private int indexOf(int minutesAhead) {
        for (int i = 0; i < horizons.length; i++) {
            if (horizons[i] == minutesAhead) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "minutesAhead is "
                        + minutesAhead
                        + "; expected one of the horizons "
                        + Arrays.toString(horizons));
    }

    private void predict() {
        double s60 =
                last == null
                        ? UNKNOWN_LEVEL
                        : ForecastFeatures.fill(
                                history, LocalDateTime.ofInstant(last, zone), horizons, row);
        if (Double.isNaN(s60) || s60 == 0) {
            Arrays.fill(forecasts, s60);
            return;
        }
        engine.predict(row, scores);
        for (int i = 0; i < horizons.length; i++) {
            forecasts[i] = Math.max(scores[i], 0.0) * s60 / 60;
        }
    }

    /** Returns the model's raw outputs for the latest minute, relative to the hour's mean. */
    float[] rawScores() {
        forecast(horizons[0]);
        return scores.clone();
    }

    @Override
    public String toString() {
        return "TreeLoadForecaster[zone=" + zone + ", last=" + last + "]";
    }
}
