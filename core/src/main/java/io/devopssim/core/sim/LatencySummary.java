package io.devopssim.core.sim;

/**
 * Response-time percentiles of the requests a service served over a whole run, in seconds.
 *
 * <p>All values are NaN when the service served no requests.
 *
 * @param mean the mean
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the largest response time recorded
 */
public record LatencySummary(
        double mean, double p50, double p90, double p99, double p999, double max) {}
