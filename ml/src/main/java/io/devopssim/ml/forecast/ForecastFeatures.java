package io.devopssim.ml.forecast;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Builds the model's input row from a series' history, exactly as the training script does.
 *
 * <p>Every count feature is a ratio to the sum of the last hour, computed as one division of two
 * sums of counts and then rounded to {@code float}. Sums of whole counts are exact in {@code
 * double} whatever the order of addition, so for integer traces the row is bit-identical to the one
 * {@code ml/training/forecast/features.py} computes; a tree's path therefore never flips on a
 * threshold because of rounding.
 */
final class ForecastFeatures {

    /** The feature names, in input order, as {@code model.json} lists them. */
    static final List<String> NAMES =
            List.of(
                    "lag0",
                    "lag1",
                    "lag2",
                    "lag3",
                    "lag4",
                    "mean5",
                    "mean15",
                    "max15",
                    "min15",
                    "prevHourMean",
                    "dayAgo1",
                    "dayAgo5",
                    "dayAgo15",
                    "dayAgoHourMean",
                    "dayAgoNext15Mean",
                    "hourOfDay",
                    "dayOfWeek");

    static final int LEVEL_MINUTES = 60;
    static final int DAY = 1440;

    /** History minutes one row needs, the latest included. */
    static final int WINDOW = DAY + LEVEL_MINUTES;

    private ForecastFeatures() {}

    /**
     * Fills {@code row} for the latest minute of {@code history} and returns the sum of its last
     * hour, NaN when a minute of that hour is unknown (the row is then meaningless).
     */
    static double fill(MinuteHistory history, LocalDateTime latest, int[] horizons, float[] row) {
        double s60 = history.sum(LEVEL_MINUTES - 1, 0);
        int i = 0;
        for (int k = 0; k < 5; k++) {
            row[i++] = (float) (history.ago(k) * 60 / s60);
        }
        row[i++] = (float) (history.sum(4, 0) * 60 / (5 * s60));
        row[i++] = (float) (history.sum(14, 0) * 60 / (15 * s60));
        row[i++] = (float) (history.max(15) * 60 / s60);
        row[i++] = (float) (history.min(15) * 60 / s60);
        row[i++] = (float) (history.sum(119, 60) / s60);
        for (int h : horizons) {
            row[i++] = (float) (history.ago(DAY - h) * 60 / s60);
        }
        row[i++] = (float) (history.sum(WINDOW - 1, DAY) / s60);
        row[i++] = (float) (history.sum(DAY - 1, DAY - 15) * 60 / (15 * s60));

        int minuteOfDay = latest.getHour() * 60 + latest.getMinute();
        row[i++] = (float) (minuteOfDay / 60.0);
        row[i] = (float) (latest.getDayOfWeek().getValue() - 1);
        return s60;
    }
}
