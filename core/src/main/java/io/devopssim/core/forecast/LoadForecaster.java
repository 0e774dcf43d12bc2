package io.devopssim.core.forecast;

import java.time.Instant;

/**
 * Predicts a service's request rate minutes ahead from the rates it has been shown so far.
 *
 * <p>An instance holds the history of one series and is fed one minute at a time, in time order. It
 * is used from one thread at a time. The {@code ml} module ships one on a trained model; the
 * predictive autoscaler in core uses any implementation.
 */
public interface LoadForecaster {

    /**
     * Records the mean request rate of one minute; minutes must be given in increasing order.
     *
     * @param minuteStart the start of the minute, on the wall clock the trace was recorded in
     * @param requestsPerMinute how many requests arrived in that minute; NaN when unknown (a gap)
     * @throws IllegalArgumentException if the minute is not after the last one, or the rate is
     *     negative or infinite
     */
    void observe(Instant minuteStart, double requestsPerMinute);

    /**
     * Returns the minutes ahead this forecaster predicts, in increasing order, such as 1, 5, 15.
     *
     * @return the horizons, never empty
     */
    int[] horizons();

    /**
     * Returns the predicted requests in the minute {@code minutesAhead} after the last observed
     * one.
     *
     * @param minutesAhead one of {@link #horizons()}
     * @return the forecast, at least 0; NaN while the history is too short to predict
     * @throws IllegalArgumentException if {@code minutesAhead} is not one of the horizons
     */
    double forecast(int minutesAhead);
}
