/**
 * Forecasts a service's request rate 1, 5 and 15 minutes ahead with gradient-boosted trees.
 *
 * <p>{@link io.devopssim.ml.forecast.LoadForecastModel} holds the trained model, loaded once, and
 * makes one {@link io.devopssim.ml.forecast.TreeLoadForecaster} per series; {@link
 * io.devopssim.ml.forecast.Backtest} scores the model against persistence and seasonal-naive
 * baselines on any per-minute trace.
 */
package io.devopssim.ml.forecast;
