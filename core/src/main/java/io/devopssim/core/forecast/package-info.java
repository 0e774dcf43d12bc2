/** Load forecasting: {@link io.devopssim.core.forecast.LoadForecaster}. */
package io.devopssim.core.forecast;
