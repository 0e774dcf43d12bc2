package io.devopssim.core.autoscale;

import io.devopssim.core.forecast.LoadForecaster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A forecaster for tests: remembers what it was shown and answers set values per horizon. */
final class ScriptedForecaster implements LoadForecaster {

    final List<Instant> minutes = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
    private final int[] horizons;
    private final double[] answers;

    ScriptedForecaster(int... horizons) {
        this.horizons = horizons.clone();
        this.answers = new double[horizons.length];
        Arrays.fill(answers, Double.NaN);
    }

    /** Sets the answer for {@code horizon}. */
    ScriptedForecaster answer(int horizon, double requestsPerMinute) {
        answers[index(horizon)] = requestsPerMinute;
        return this;
    }

    @Override
    public void observe(Instant minuteStart, double requestsPerMinute) {
        minutes.add(minuteStart);
        values.add(requestsPerMinute);
    }

    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    @Override
    public double forecast(int minutesAhead) {
        return answers[index(minutesAhead)];
    }

    private int index(int horizon) {
        int i = Arrays.binarySearch(horizons, horizon);
        if (i < 0) {
            throw new IllegalArgumentException("not a horizon: " + horizon);
        }
        return i;
    }
}
