package io.devopssim.cloud;

import java.util.Objects;

/**
 * How long a newly requested instance takes until it is running and reachable.
 *
 * @param medianSeconds the median boot time
 * @param p90Seconds the 90th percentile, at least the median
 * @param source the id of the {@link Source} the figures come from
 * @param estimate {@code true} if the figures were estimated rather than measured
 */
public record BootTime(double medianSeconds, double p90Seconds, String source, boolean estimate) {

    /** Checks for nulls. */
    public BootTime {
        Objects.requireNonNull(source, "source");
    }
}
