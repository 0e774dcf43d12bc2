/**
 * Load forecasting: {@link io.devopssim.core.forecast.LoadForecaster} and a seasonal-naive
 * baseline, {@link io.devopssim.core.forecast.SeasonalNaiveForecaster}.
 */
package io.devopssim.core.forecast;
