package io.devopssim.cloud;

import java.util.Objects;

/**
 * How a provider turns the time an instance ran into the time it charges for.
 *
 * @param granularitySeconds the billing increment, e.g. 1 for per-second, 3600 for per-hour
 * @param minimumSeconds the least time charged for a run, e.g. 60
 * @param source the id of the {@link Source} the rule comes from
 */
public record Billing(long granularitySeconds, long minimumSeconds, String source) {

    /** Checks for nulls. */
    public Billing {
        Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the seconds charged for a run: rounded up to the granularity, at least the minimum.
     *
     * @param runSeconds how long the instance ran, zero or more
     * @return the charged seconds
     * @throws IllegalArgumentException if {@code runSeconds} is negative or not finite
     */
    public double chargedSeconds(double runSeconds) {
        if (!Double.isFinite(runSeconds) || runSeconds < 0) {
            throw new IllegalArgumentException(
                    "runSeconds must be a finite number >= 0, got " + runSeconds);
        }
        double increments = Math.ceil(runSeconds / granularitySeconds);
        return Math.max(minimumSeconds, increments * granularitySeconds);
    }
}
