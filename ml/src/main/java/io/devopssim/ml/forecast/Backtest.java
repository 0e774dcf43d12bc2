package io.devopssim.ml.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Scores the forecaster against persistence and seasonal-naive baselines on a per-minute trace.
 *
 * <p>The forecaster is fed the trace minute by minute. At each scored minute {@code t} (from {@code
 * fromMinute} to the last minute that still has 15 minutes after it) and each horizon {@code h},
 * three predictions of minute {@code t + h} are compared with what happened: the model's,
 * persistence's (the count of minute {@code t}) and seasonal naive's (the count of minute {@code t
 * + h} one day earlier). A row counts only when all three exist and the actual is known, so all
 * three are scored on exactly the same rows. RMSE is over those rows; MAPE over those whose actual
 * is above 0, since a percentage of 0 requests is undefined.
 *
 * <p>Absent minutes are read as the forecaster reads them: runs of NaN at most {@link
 * LoadForecastModel#zeroFillUpTo()} minutes long are quiet minutes (0), longer runs are gaps, and
 * no row has its actual, its baseline or the model's last hour in a gap.
 */
public final class Backtest {

    static final int DAY_MINUTES = 1440;

    private Backtest() {}

    /**
     * Returns the table of RMSE and MAPE per horizon for the model and both baselines.
     *
     * @param model the trained model
     * @param perMinute requests in each minute from {@code start}; NaN where the trace has no row
     * @param start the start of minute 0
     * @param zone the wall clock of the trace, for the calendar features
     * @param fromMinute the first minute scored, such as the start of a held-out tail
     * @return one row per horizon; rows count 0 and metrics are NaN when nothing could be scored
     * @throws IllegalArgumentException if a count is negative or infinite, or {@code fromMinute} is
     *     outside the trace
     */
    public static BacktestTable run(
            LoadForecastModel model,
            double[] perMinute,
            Instant start,
            ZoneId zone,
            int fromMinute) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (fromMinute < 0 || fromMinute >= perMinute.length) {
            throw new IllegalArgumentException(
                    "fromMinute is "
                            + fromMinute
                            + "; expected a minute of the trace, 0 to "
                            + (perMinute.length - 1));
        }
        double[] y = zeroFillShortGaps(perMinute, model.zeroFillUpTo());
        int[] horizons = model.horizons();
        List<Accumulator> scores = new ArrayList<>();
        for (int h : horizons) {
            scores.add(new Accumulator(h));
        }

        TreeLoadForecaster forecaster = model.forecaster(zone);
        int last = y.length - 1 - horizons[horizons.length - 1];
        for (int t = Math.max(0, fromMinute - model.window()); t <= last; t++) {
            forecaster.observe(start.plus(Duration.ofMinutes(t)), y[t]);
            if (t >= fromMinute) {
                score(forecaster, y, t, scores);
            }
        }
        return new BacktestTable(fromMinute, scores.stream().map(Accumulator::result).toList());
    }

    private static void score(
            TreeLoadForecaster forecaster, double[] y, int t, List<Accumulator> scores) {
        for (Accumulator score : scores) {
            int h = score.horizon;
            int dayAgo = t + h - DAY_MINUTES;
            double seasonal = dayAgo >= 0 ? y[dayAgo] : Double.NaN;
            double actual = y[t + h];
            if (Double.isNaN(actual) || Double.isNaN(y[t]) || Double.isNaN(seasonal)) {
                continue;
            }
            double predicted = forecaster.forecast(h);
            if (!Double.isNaN(predicted)) {
                score.add(actual, predicted, y[t], seasonal);
            }
        }
    }

    /**
     * Returns a copy of {@code perMinute} in which runs of NaN at most {@code upTo} long are 0.
     *
     * @throws IllegalArgumentException if a value is negative or infinite
     */
    static double[] zeroFillShortGaps(double[] perMinute, int upTo) {
        double[] y = perMinute.clone();
        int i = 0;
        while (i < y.length) {
            if (y[i] < 0 || Double.isInfinite(y[i])) {
                throw new IllegalArgumentException(
                        "the count of minute " + i + " is " + y[i] + "; expected at least 0");
            }
            int end = i;
            while (end < y.length && Double.isNaN(y[end])) {
                end++;
            }
            if (end - i <= upTo) {
                Arrays.fill(y, i, end, 0.0);
            }
            i = Math.max(end, i + 1);
        }
        return y;
    }

    /** Sums of one horizon's errors for the model and both baselines. */
    private static final class Accumulator {
        final int horizon;
        final double[] squared = new double[3];
        final double[] relative = new double[3];
        int rows;
        int mapeRows;

        Accumulator(int horizon) {
            this.horizon = horizon;
        }

        void add(double actual, double... predictions) {
            rows++;
            if (actual > 0) {
                mapeRows++;
            }
            for (int m = 0; m < 3; m++) {
                double error = predictions[m] - actual;
                squared[m] += error * error;
                if (actual > 0) {
                    relative[m] += Math.abs(error) / actual;
                }
            }
        }

        BacktestTable.HorizonScores result() {
            return new BacktestTable.HorizonScores(
                    horizon, rows, mapeRows, score(0), score(1), score(2));
        }

        private BacktestTable.Score score(int m) {
            double rmse = rows == 0 ? Double.NaN : Math.sqrt(squared[m] / rows);
            double mape = mapeRows == 0 ? Double.NaN : 100 * relative[m] / mapeRows;
            return new BacktestTable.Score(rmse, mape);
        }
    }
}
