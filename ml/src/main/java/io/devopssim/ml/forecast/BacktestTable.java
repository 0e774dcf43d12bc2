package io.devopssim.ml.forecast;

import java.util.List;
import java.util.Objects;

/**
 * The scores of a {@link Backtest}: one row per horizon, model next to both baselines.
 *
 * @param fromMinute the first scored minute, counted from the trace's start
 * @param horizons one row per horizon, in increasing order
 */
public record BacktestTable(int fromMinute, List<HorizonScores> horizons) {

    /** Creates a table; the list is copied. */
    public BacktestTable {
        horizons = List.copyOf(horizons);
    }

    /**
     * The scores of the three predictors at one horizon, all on the same rows.
     *
     * @param horizon minutes ahead
     * @param rows how many minutes were scored; RMSE is over these
     * @param mapeRows how many of them had an actual above 0; MAPE is over these
     * @param model the trees' score
     * @param persistence the score of repeating the last minute's count
     * @param seasonalNaive the score of the count of the same minute one day earlier
     */
    public record HorizonScores(
            int horizon,
            int rows,
            int mapeRows,
            Score model,
            Score persistence,
            Score seasonalNaive) {

        /** Creates the scores of one horizon. */
        public HorizonScores {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(persistence, "persistence");
            Objects.requireNonNull(seasonalNaive, "seasonalNaive");
        }

        /**
         * Returns how much lower the model's RMSE is than the better baseline's, in percent.
         *
         * @return {@code 100 * (1 - model / min(persistence, seasonal naive))}; negative when the
         *     model is worse, NaN when nothing was scored
         */
        public double improvementPercent() {
            double best = Math.min(persistence.rmse(), seasonalNaive.rmse());
            return 100 * (1 - model.rmse() / best);
        }
    }

    /**
     * The errors of one predictor at one horizon.
     *
     * @param rmse root mean squared error, in requests per minute
     * @param mape mean absolute percentage error over rows whose actual is above 0, in percent
     */
    public record Score(double rmse, double mape) {}
}
