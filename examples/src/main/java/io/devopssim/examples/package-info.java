/**
 * The {@code devopssim} command line: {@code simulate} runs the main job, {@code compare-clouds}
 * runs one service on every cloud, {@code detect-anomalies} scores an anomaly detector on the
 * Numenta Anomaly Benchmark, {@code forecast} backtests the load forecaster on a trace.
 */
package io.devopssim.examples;
